package app.counterpoint.io.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.model.Event;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Imported ids are readable and unique, and making them unique stays linear however often a title repeats. */
class ImportedIdsTest {

    @Test
    void oneHundredThousandEventsWithOneTitleGetNumberedIdsInLinearTime() {
        int events = 100_000;
        StringBuilder sheet = new StringBuilder("Year,Headline\n");
        for (int i = 0; i < events; i++) {
            sheet.append("2017,Same title\n");
        }
        byte[] content = sheet.toString().getBytes(StandardCharsets.UTF_8);
        // counting from 2 for every repeat took 15.7 s for 20,000 events; linear work takes well under a second
        LoadResult result =
                assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new StoryOpener().open("same.csv", content));
        assertTrue(result.isValid(), () -> result.problems().subList(0, 3).toString());
        List<String> ids = result.story().events().stream().map(Event::id).toList();
        assertEquals(List.of("same-title", "same-title-2", "same-title-3"), ids.subList(0, 3));
        assertEquals("same-title-" + events, ids.get(events - 1));
        assertEquals(events, ids.stream().distinct().count());
    }

    @Test
    void aNumberedTitleThatIsAlreadyTakenIsSkipped() {
        String sheet = "Year,Headline\n2017,A\n2017,A 2\n2017,A\n2017,A\n2017,A 4\n";
        LoadResult result = new StoryOpener().open("a.csv", sheet.getBytes(StandardCharsets.UTF_8));
        assertTrue(result.isValid(), result.problems()::toString);
        assertEquals(
                List.of("a", "a-2", "a-3", "a-4", "a-4-2"),
                result.story().events().stream().map(Event::id).toList());
    }
}
