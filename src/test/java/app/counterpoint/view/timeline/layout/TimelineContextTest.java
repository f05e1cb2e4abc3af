package app.counterpoint.view.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.model.Event;
import app.counterpoint.model.StoryDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a frame lays out around its window: bounded by the window, however long the events that reach into it. */
class TimelineContextTest {

    private static final LayoutMetrics METRICS = LayoutMetrics.forFontSize(15, true);
    private static final LocalDate FIRST = LocalDate.of(2017, 1, 1);

    private static StoryDate date(int dayNumber) {
        LocalDate d = FIRST.plusDays(dayNumber);
        return StoryDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static double at(int dayNumber) {
        return date(dayNumber).startEpochSecond();
    }

    /** A year-long event, then one short event a day for a year: every day's window is overlapped by the long one. */
    private static List<Event> longEventOverDailyOnes() {
        List<Event> events = new ArrayList<>();
        events.add(EventBuilder.event("year")
                .titled("A year")
                .on(date(0))
                .until(date(364))
                .build());
        for (int d = 0; d < 365; d++) {
            events.add(
                    EventBuilder.event("d" + d).titled("Day " + d).on(date(d)).build());
        }
        return events;
    }

    @Test
    void aLongEventFromFarBeforeTheWindowDoesNotPullInEveryEventSinceItBegan() {
        List<Event> events = longEventOverDailyOnes();
        TimelineEventIndex index = TimelineEventIndex.of(events);
        double start = at(300);
        double end = at(301);
        double[] contextStart = new double[1];

        TimedEvents context = TimelineLayout.context(index, start, end, 1600, METRICS, contextStart);

        assertTrue(context.events().contains(events.get(0)), "the long event reaching into the window is laid out");
        assertTrue(context.events().contains(events.get(301)), "the window's own event is laid out");
        // a day window looks at most a few days either side, not the 300 days since the long event began
        assertTrue(context.size() < 20, "context of " + context.size() + " events");
        assertTrue(contextStart[0] >= at(290), "context starts near the window");
        assertLatestEndsAreItsOwn(context);
    }

    /** The latest ends a window's events carry are those of its own events, not of events left out before it. */
    private static void assertLatestEndsAreItsOwn(TimedEvents timed) {
        long latest = Long.MIN_VALUE;
        for (int i = 0; i < timed.size(); i++) {
            latest = Math.max(latest, timed.ends()[i]);
            assertEquals(latest, timed.latestEnds()[i], "latest end through " + i);
        }
    }

    @Test
    void aWindowAfterShortEventsCarriesOnlyItsOwnLatestEnds() {
        List<Event> events = longEventOverDailyOnes();
        TimelineEventIndex index = TimelineEventIndex.of(events);

        assertLatestEndsAreItsOwn(index.overlappingTimed(at(100), at(130)));
        assertLatestEndsAreItsOwn(index.overlappingTimed(at(400), at(430)));
        assertLatestEndsAreItsOwn(index.all());
    }

    @Test
    void theWholeStoryStillLaysOutEveryEvent() {
        List<Event> events = longEventOverDailyOnes();
        TimelineEventIndex index = TimelineEventIndex.of(events);
        double[] contextStart = new double[1];

        TimedEvents context = TimelineLayout.context(index, at(-10), at(380), 1600, METRICS, contextStart);

        assertEquals(events.size(), context.size());
    }
}
