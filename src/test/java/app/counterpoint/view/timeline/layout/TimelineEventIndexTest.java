package app.counterpoint.view.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.model.Event;
import app.counterpoint.model.StoryDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineEventIndexTest {

    private static Event day(String id, int month, int day) {
        return EventBuilder.event(id)
                .titled(id)
                .on(StoryDate.ofDay(2017, month, day))
                .build();
    }

    private static Event span(String id, int month, int day, int endMonth, int endDay) {
        return EventBuilder.event(id)
                .titled(id)
                .on(StoryDate.ofDay(2017, month, day))
                .until(StoryDate.ofDay(2017, endMonth, endDay))
                .build();
    }

    private static double at(int month, int day) {
        return StoryDate.ofDay(2017, month, day).startEpochSecond();
    }

    private static void assertTimesMatch(TimedEvents timed) {
        assertEquals(timed.events().size(), timed.size());
        long[] starts =
                timed.events().stream().mapToLong(Event::startEpochSecond).toArray();
        long[] ends = timed.events().stream()
                .mapToLong(Event::endEpochSecondExclusive)
                .toArray();
        assertArrayEquals(starts, timed.starts());
        assertArrayEquals(ends, timed.ends());
    }

    @Test
    void wholeWindowGivesEveryEventWithItsInstantsReadOnly() {
        List<Event> events = new ArrayList<>();
        for (int d = 1; d <= 20; d++) {
            events.add(day("e" + d, 3, d));
        }
        TimelineEventIndex index = TimelineEventIndex.of(events);
        TimedEvents all = index.overlappingTimed(at(1, 1), at(12, 1));
        assertEquals(events, all.events());
        assertTimesMatch(all);
        assertThrows(UnsupportedOperationException.class, () -> all.events().set(0, events.get(1)));
    }

    @Test
    void partWindowGivesOnlyItsEventsWithTheirInstants() {
        List<Event> events = new ArrayList<>();
        for (int d = 1; d <= 20; d++) {
            events.add(day("e" + d, 3, d));
        }
        TimedEvents part = TimelineEventIndex.of(events).overlappingTimed(at(3, 5), at(3, 9));
        assertEquals(events.subList(4, 8), part.events());
        assertTimesMatch(part);
    }

    @Test
    void anEventEndingBeforeTheWindowIsLeftOutEvenWhenALongerOneStartsEarlier() {
        Event longOne = span("long", 1, 1, 6, 1);
        Event shortOne = day("short", 1, 2);
        Event inside = day("inside", 3, 3);
        TimedEvents timed =
                TimelineEventIndex.of(List.of(longOne, shortOne, inside)).overlappingTimed(at(3, 1), at(4, 1));
        assertEquals(List.of(longOne, inside), timed.events());
        assertTimesMatch(timed);
        assertEquals(List.of(longOne, inside), Arrays.asList(timed.events().toArray(new Event[0])));
    }
}
