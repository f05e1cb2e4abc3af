package app.counterpoint.viewmodel.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.model.Event;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A search's hits read by place in the list it indexed, and asked about by event everywhere else. */
class SearchHitsTest {

    private static Event event(String id) {
        return EventBuilder.event(id).on("2020-01-01").build();
    }

    private final List<Event> events = List.of(event("a"), event("b"), event("c"), event("d"));
    private final SearchIndex index =
            new SearchIndex(events, List.of("Talks in Nairobi", "A deadline", "Nairobi again", "Geneva"));

    private static BitSet places(int... at) {
        BitSet set = new BitSet();
        for (int i : at) {
            set.set(i);
        }
        return set;
    }

    @Test
    void theIndexedListReadsTheHitsByPlaceAndTheyAgreeWithAskingEachEvent() {
        SearchHits hits = index.matching("nairobi");
        assertEquals(places(0, 2), hits.placesIn(new ArrayList<>(events)), "an equal copy of the indexed list");
        assertEquals(
                List.of(true, false, true, false),
                events.stream().map(hits::test).toList());
        assertEquals(places(), index.matching("paris").placesIn(events));
    }

    @Test
    void aListThatIsNotTheIndexedOneIsToAskEachEvent() {
        SearchHits hits = index.matching("nairobi");
        assertNull(hits.placesIn(List.of(events.get(2), events.get(1), events.get(0), events.get(3))), "reordered");
        assertNull(hits.placesIn(events.subList(0, 3)), "shorter");
        List<Event> replaced = new ArrayList<>(events);
        replaced.set(1, event("b")); // an equal event, but not the one indexed
        assertNull(hits.placesIn(replaced));
        assertTrue(hits.test(events.get(0)));
        assertFalse(hits.test(event("a")), "an equal event that was not indexed is not found");
    }

    @Test
    void afterAnEditTheHitsAreAskedByEventAndKnowWhatTheEditChanged() {
        Event added = event("e");
        SearchIndex edited = index.edited(List.of(events.get(0)), Map.of(added, "Back in Nairobi"));
        SearchHits hits = edited.matching("nairobi");
        assertNull(hits.placesIn(events), "the places of an edited index are not the story's any more");
        assertFalse(hits.test(events.get(0)), "taken out by the edit");
        assertTrue(hits.test(events.get(2)));
        assertTrue(hits.test(added), "put in by the edit");
    }
}
