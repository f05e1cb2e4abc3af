package app.counterpoint.viewmodel.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    private static Event event(String id) {
        return EventBuilder.event(id).on("2020-01-01").build();
    }

    private static final List<Event> EVENTS = List.of(event("a"), event("b"), event("c"), event("d"));
    private static final List<String> TEXTS = List.of(
            "Talks in NAI",
            "ROBI said\nnothing new",
            "Summit in Nairobi\nNairobi again, and nairobi once more",
            "A deadline");
    private static final SearchIndex INDEX = new SearchIndex(EVENTS, TEXTS);

    private static List<String> found(String query) {
        return EVENTS.stream().filter(INDEX.matching(query)).map(Event::id).toList();
    }

    @Test
    void findsEveryEventWhoseTextHoldsTheQueryWhateverItsCase() {
        assertEquals(List.of("c"), found("nairobi"));
        assertEquals(List.of("a", "b", "c", "d"), found("n"));
        assertEquals(List.of("d"), found("deadline"));
        assertEquals(List.of(), found("geneva"));
    }

    @Test
    void aMatchNeverRunsFromOneEventIntoTheNext() {
        // "...nai" ends the first event and "robi..." starts the second
        assertEquals(List.of("c"), found("nairobi"));
        assertEquals(List.of(), found("nai\nrobi"));
        assertEquals(List.of(), found("nai\n"));
    }

    @Test
    void theFirstAndLastEventsAreFoundToo() {
        assertEquals(List.of("a"), found("talks"));
        assertEquals(List.of("d"), found("a deadline"));
    }

    @Test
    void anEventNotIndexedIsNeverFound() {
        assertEquals(false, INDEX.matching("event").test(event("z")));
        assertEquals(false, INDEX.matching("nothing like it").test(EVENTS.get(0)));
    }

    @Test
    void givesBackEachEventsOwnLowerCasedText() {
        assertEquals("robi said\nnothing new", INDEX.textOf(1));
        assertEquals("a deadline", INDEX.textOf(3));
    }
}
