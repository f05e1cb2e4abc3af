package app.counterpoint.view.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.model.Event;
import app.counterpoint.model.StoryDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A crowd of thousands is gathered a stretch at a time, and what its marker tells (the latest end, one date or not)
 * is taken by block where the lane is every event: the marker must still count every event that found no row, and
 * tell the same as a look at each of them does.
 */
class LaneClustersTest {

    private static final LayoutMetrics METRICS = LayoutMetrics.forFontSize(15, true);
    private static final int CROWD = 10_000;

    /**
     * {@code CROWD} events on one day; the one at {@code longAt} (if any) lasts into June. They all start together, so
     * they are by start as they are: the long one stays in the middle of the crowd, inside a block of the ends.
     */
    private static List<Event> crowd(int longAt) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < CROWD; i++) {
            EventBuilder event =
                    EventBuilder.event("e" + i).titled("Event " + i).on(StoryDate.ofDay(2020, 3, 5));
            if (i == longAt) {
                event = event.until(StoryDate.ofDay(2020, 6, 1));
            }
            events.add(event.build());
        }
        return events;
    }

    private static LaneStacker.Stacked stacked(List<Event> events, int laneSize) {
        double start = StoryDate.ofDay(2015, 1, 1).startEpochSecond();
        double span = 10 * 365 * 86_400.0;
        ItemGeometry geometry = new ItemGeometry(
                start,
                1600 / span,
                1600,
                METRICS,
                e -> e.title().length() * 8.0,
                e -> e.title().length() * 8.0);
        int[] lane = IntStream.range(0, laneSize).toArray();
        return new LaneStacker(TimedEvents.of(events), geometry, s -> s.length() * 8.0).stack(lane, 3, -200);
    }

    /** The same events, and one more far later that the lane leaves out: its markers are taken event by event. */
    private static LaneStacker.Stacked walked(List<Event> events) {
        List<Event> withOther = new ArrayList<>(events);
        withOther.add(EventBuilder.event("later")
                .titled("later")
                .on(StoryDate.ofDay(2040, 1, 1))
                .build());
        return stacked(withOther, events.size());
    }

    private static int counted(LaneStacker.Stacked stacked) {
        return stacked.placed().length
                + stacked.markers().stream()
                        .mapToInt(LaneStacker.Gathered::count)
                        .sum();
    }

    @Test
    void aCrowdOnOneDayIsOneMarkerCountingEveryEventWithoutARow() {
        List<Event> events = crowd(-1);
        LaneStacker.Stacked stacked = stacked(events, events.size());

        assertEquals(1, stacked.markers().size());
        LaneStacker.Gathered marker = stacked.markers().get(0);
        assertEquals(CROWD, counted(stacked), "every event is either placed or counted");
        assertTrue(marker.count() > 1_000);
        assertTrue(marker.oneDate(), "all on one day: no zoom separates them");
        assertEquals(events.get(0).endEpochSecondExclusive(), marker.endSecond());
        assertEquals(walked(events).markers(), stacked.markers());
    }

    @Test
    void oneLongEventInTheMiddleOfACrowdIsSeenByItsMarker() {
        List<Event> events = crowd(CROWD / 2);
        LaneStacker.Stacked stacked = stacked(events, events.size());

        assertEquals(1, stacked.markers().size());
        LaneStacker.Gathered marker = stacked.markers().get(0);
        assertEquals(CROWD, counted(stacked));
        // by a look at each event that found no row
        long latest = IntStream.range(0, events.size())
                .filter(p -> Arrays.binarySearch(stacked.placed(), p) < 0)
                .mapToLong(p -> events.get(p).endEpochSecondExclusive())
                .max()
                .orElseThrow();
        assertEquals(latest, marker.endSecond());
        assertEquals(StoryDate.ofDay(2020, 6, 1).endEpochSecondExclusive(), marker.endSecond());
        assertFalse(marker.oneDate(), "the long one ends later than the rest");
        assertEquals(walked(events).markers(), stacked.markers());
    }
}
