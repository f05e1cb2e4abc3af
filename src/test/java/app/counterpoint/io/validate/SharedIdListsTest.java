package app.counterpoint.io.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Equal lists of ids read from a story are one list, which the records keep as it is. */
class SharedIdListsTest {

    @Test
    void equalListsAreOneImmutableListAndOthersAreNot() {
        SharedIdLists lists = new SharedIdLists();
        List<String> first = lists.share(new ArrayList<>(List.of("syria", "trade")));
        assertSame(first, lists.share(new ArrayList<>(List.of("syria", "trade"))));
        assertNotSame(first, lists.share(List.of("trade", "syria")));
        assertEquals(List.of("trade", "syria"), lists.share(new ArrayList<>(List.of("trade", "syria"))));
        assertThrows(UnsupportedOperationException.class, () -> first.add("x"));
        assertSame(List.of(), lists.share(new ArrayList<>()));
        List<String> broken = Arrays.asList("syria", null);
        assertSame(broken, lists.share(broken), "a list with a broken reference is left as it is");
    }

    @Test
    void aStorysEntriesShareTheirListsOfTopicsAndSides() {
        LoadResult result = new StoryReader().readResource("stories/trump-putin-2017.json");
        List<Event> events = result.story().events();
        List<Statement> statements = result.story().statements();
        for (Event a : events) {
            for (Event b : events) {
                if (a.topicIds().equals(b.topicIds())) {
                    assertSame(a.topicIds(), b.topicIds(), a.id() + " and " + b.id());
                }
            }
        }
        for (Statement a : statements) {
            for (Statement b : statements) {
                if (a.topicIds().equals(b.topicIds())) {
                    assertSame(a.topicIds(), b.topicIds(), a.id() + " and " + b.id());
                }
            }
        }
    }
}
