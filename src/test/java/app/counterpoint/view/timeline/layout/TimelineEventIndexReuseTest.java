package app.counterpoint.view.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.model.Event;
import app.counterpoint.model.StoryDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An index built from the one before an edit takes its neighbours' instants instead of working them out again, and
 * must be exactly the index built from nothing, whatever the edit was: an event replaced, put in, taken out, moved,
 * several at once, or a list that has nothing to do with the one before.
 */
class TimelineEventIndexReuseTest {

    private static Event event(int n, int month, int day) {
        return EventBuilder.event("e" + n)
                .titled("Event " + n)
                .on(StoryDate.ofDay(2017, month, day))
                .build();
    }

    private static void assertSameIndex(List<Event> events, TimelineEventIndex previous) {
        TimelineEventIndex fresh = TimelineEventIndex.of(events);
        TimelineEventIndex reused = TimelineEventIndex.of(events, previous);
        assertEquals(fresh.all().events(), reused.all().events());
        assertArrayEquals(fresh.starts(), reused.starts());
        for (int i = 0; i < fresh.size(); i++) {
            assertEquals(fresh.latestEndThrough(i), reused.latestEndThrough(i), "latest end through " + i);
        }
        assertEquals(fresh.lastEnd(), reused.lastEnd());
    }

    @Test
    void everyKindOfEditGivesTheIndexBuiltFromNothing() {
        Random random = new Random(17);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            events.add(event(i, 1 + i / 20, 1 + i % 20));
        }
        TimelineEventIndex index = TimelineEventIndex.of(events);
        int next = 1000;
        for (int round = 0; round < 500; round++) {
            List<Event> edited = new ArrayList<>(events);
            int changes = 1 + random.nextInt(3);
            for (int c = 0; c < changes && !edited.isEmpty(); c++) {
                int at = random.nextInt(edited.size());
                switch (random.nextInt(4)) {
                    case 0 -> edited.set(at, event(next++, 1 + random.nextInt(12), 1 + random.nextInt(28)));
                    case 1 -> edited.add(at, event(next++, 1 + random.nextInt(12), 1 + random.nextInt(28)));
                    case 2 -> edited.remove(at);
                    default -> edited.add(random.nextInt(edited.size()), edited.remove(at));
                }
            }
            assertSameIndex(edited, index);
            index = TimelineEventIndex.of(edited, index);
            events = edited;
        }
    }

    @Test
    void aListOfOtherEventsOrNoneAtAllIsIndexedAsIfNew() {
        List<Event> some = List.of(event(1, 3, 1), event(2, 4, 1), event(3, 5, 1));
        List<Event> others = List.of(event(4, 1, 1), event(5, 2, 1));
        TimelineEventIndex before = TimelineEventIndex.of(some);
        assertSameIndex(others, before);
        assertSameIndex(List.of(), before);
        assertSameIndex(some, TimelineEventIndex.of(List.of()));
        assertSameIndex(some.subList(1, 3), before);
    }
}
