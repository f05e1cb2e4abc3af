package app.counterpoint.view.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import app.counterpoint.model.StoryDate;
import app.counterpoint.viewmodel.story.EventTimeOrder;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A lane of every event finds its clean gaps by search over the latest ends; a lane of some events walks them. Both
 * must cut the lane into the same runs, so rows and markers are the same whichever way they were found.
 */
class LaneStackerCleanGapTest {

    private static final LayoutMetrics METRICS = LayoutMetrics.forFontSize(15, true);

    private static List<Event> randomEvents(Random random, int count) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // bursts and quiet months, some long events: both clean gaps and long crowds
            int day = random.nextInt(3) == 0 ? random.nextInt(20) : random.nextInt(4 * 365);
            LocalDateTime when =
                    LocalDateTime.of(2015, 1, 1, 0, 0).plusDays(day).plusMinutes(random.nextInt(1440));
            DatePrecision precision = DatePrecision.values()[random.nextInt(5)];
            StoryDate start = precision == DatePrecision.YEAR
                    ? StoryDate.ofYear(when.getYear(), false)
                    : StoryDate.ofDay(when.getYear(), when.getMonthValue(), when.getDayOfMonth());
            StoryDate end = null;
            if (random.nextInt(6) == 0) {
                LocalDateTime later = when.plusDays(1 + random.nextInt(300));
                end = StoryDate.ofDay(later.getYear(), later.getMonthValue(), later.getDayOfMonth());
                start = StoryDate.ofDay(when.getYear(), when.getMonthValue(), when.getDayOfMonth());
            }
            String title = "Event " + i + "x".repeat(random.nextInt(30));
            events.add(EventBuilder.event("e" + i)
                    .titled(title)
                    .on(start)
                    .until(end)
                    .build());
        }
        events.sort(EventTimeOrder.COMPARATOR);
        return events;
    }

    /** Whether the positions with a row are each given once, ascending, each with a row of the lane. */
    private static boolean wellFormed(LaneStacker.Stacked stacked, int rows) {
        int[] placed = stacked.placed();
        return placed.length == stacked.rows().length
                && IntStream.range(1, placed.length).allMatch(k -> placed[k - 1] < placed[k])
                && IntStream.of(stacked.rows()).allMatch(r -> r >= 0 && r < rows);
    }

    @Test
    void aLaneOfEveryEventIsStackedAsTheSameEventsAmongOthersAre() {
        Random random = new Random(15);
        int checked = 0;
        for (int round = 0; round < 40; round++) {
            List<Event> events = randomEvents(random, 50 + random.nextInt(400));
            // the same events and one more, far later, that the lane leaves out: the lane is then walked
            List<Event> withOther = new ArrayList<>(events);
            withOther.add(EventBuilder.event("later")
                    .titled("later")
                    .on(StoryDate.ofDay(2040, 1, 1))
                    .build());
            double start = StoryDate.ofDay(2015, 1, 1).startEpochSecond();
            double span = (1 + random.nextInt(4 * 365)) * 86_400.0;
            double width = 1600;
            ItemGeometry geometry = new ItemGeometry(
                    start,
                    width / span,
                    width,
                    METRICS,
                    e -> e.title().length() * 8.0,
                    e -> e.title().length() * 8.0);
            int rows = 1 + random.nextInt(6);
            double reach = random.nextBoolean() ? Double.NEGATIVE_INFINITY : -200;
            int[] lane = IntStream.range(0, events.size()).toArray();

            LaneStacker.Stacked searched =
                    new LaneStacker(TimedEvents.of(events), geometry, s -> s.length() * 8.0).stack(lane, rows, reach);
            LaneStacker.Stacked walked = new LaneStacker(TimedEvents.of(withOther), geometry, s -> s.length() * 8.0)
                    .stack(lane, rows, reach);

            assertArrayEquals(walked.rows(), searched.rows(), "rows, round " + round);
            assertEquals(walked.markers(), searched.markers(), "markers, round " + round);
            assertArrayEquals(walked.placed(), searched.placed(), "placed, round " + round);
            assertTrue(wellFormed(walked, rows), "placed, walked, round " + round);
            assertTrue(wellFormed(searched, rows), "placed, searched, round " + round);
            checked += walked.markers().size();
        }
        assertTrue(checked > 0, "some rounds had markers to compare");
    }
}
