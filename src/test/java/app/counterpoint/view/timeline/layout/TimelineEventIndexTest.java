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

    @Test
    void aCutHoldsTheEventsAtThePositionsWithTheInstantsAndLatestEndsOfAnIndexOfThemAlone() {
        List<Event> all = List.of(
                span("long", 1, 1, 6, 30),
                day("a", 2, 1),
                span("b", 3, 1, 3, 5),
                day("c", 4, 1),
                span("d", 5, 1, 12, 31),
                day("e", 7, 1));
        TimelineEventIndex index = TimelineEventIndex.of(all);
        TimelineEventIndex cut = index.subset(all, new int[] {1, 2, 4, 5}).orElseThrow();
        TimelineEventIndex alone = TimelineEventIndex.of(List.of(all.get(1), all.get(2), all.get(4), all.get(5)));
        assertEquals(alone.all().events(), cut.all().events());
        assertArrayEquals(alone.all().starts(), cut.all().starts());
        assertArrayEquals(alone.all().ends(), cut.all().ends());
        assertArrayEquals(alone.all().latestEnds(), cut.all().latestEnds());
        assertTimesMatch(cut.all());
    }

    @Test
    void noCutFromAnIndexOfOtherEventsOrOutsideIt() {
        List<Event> all = List.of(day("a", 2, 1), day("b", 3, 1), day("c", 4, 1));
        TimelineEventIndex index = TimelineEventIndex.of(all);
        List<Event> edited = List.of(all.get(0), day("b", 3, 2), all.get(2));
        assertEquals(true, index.subset(edited, new int[] {0, 2}).isPresent(), "the events kept are the same");
        assertEquals(true, index.subset(edited, new int[] {0, 1}).isEmpty(), "b was replaced");
        assertEquals(true, index.subset(all.subList(0, 2), new int[] {2}).isEmpty(), "c is not in the list");
    }
}
