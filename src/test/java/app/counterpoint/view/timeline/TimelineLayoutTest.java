package app.counterpoint.view.timeline;

import app.counterpoint.model.Actor;
import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.LaneMode;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineLayoutTest {

    private static final LayoutMetrics METRICS = LayoutMetrics.forFontSize(15, true);
    private static final ToDoubleFunction<Event> LABEL = e -> e.title().length() * 8.0;
    private static final ToDoubleFunction<String> TEXT = s -> s.length() * 8.0;

    private static Story randomStory(Random random, int count) {
        List<Actor> actors = List.of(new Actor("wh", "White House", "#0072B2"), new Actor("kr", "Kremlin", "#D55E00"));
        List<Topic> topics = List.of(new Topic("syria", "Syria", "#009E73"), new Topic("terror", "Terror", "#CC79A7"),
                new Topic("trade", "Trade", "#E69F00"));
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDateTime when = LocalDateTime.of(2015, 1, 1, 0, 0).plusMinutes(random.nextInt(4 * 365 * 24 * 60));
            DatePrecision precision = DatePrecision.values()[random.nextInt(4)];
            StoryDate start = new StoryDate(when.getYear(), precision.compareTo(DatePrecision.MONTH) >= 0
                    ? when.getMonthValue() : 1, precision.compareTo(DatePrecision.DAY) >= 0 ? when.getDayOfMonth() : 1,
                    precision == DatePrecision.MINUTE ? when.getHour() : 0,
                    precision == DatePrecision.MINUTE ? when.getMinute() : 0, 0, null, precision);
            StoryDate end = null;
            if (random.nextInt(5) == 0) {
                LocalDateTime later = when.plusDays(1 + random.nextInt(200));
                end = StoryDate.ofDay(later.getYear(), later.getMonthValue(), later.getDayOfMonth());
                start = StoryDate.ofDay(when.getYear(), when.getMonthValue(), when.getDayOfMonth());
            }
            List<String> actorIds = random.nextBoolean() ? List.of("wh", "kr") : List.of(random.nextBoolean() ? "wh" : "kr");
            List<String> topicIds = random.nextInt(6) == 0 ? List.of() : List.of(topics.get(random.nextInt(3)).id());
            events.add(new Event("e" + i, "Event number " + i + "x".repeat(random.nextInt(20)), start, end, null,
                    topicIds, actorIds, List.of()));
        }
        return new Story("Random", null, List.of(), actors, topics, events, List.of());
    }

    @Test
    void stackedBoxesNeverOverlapAndEveryVisibleEventIsPlacedOrCounted() {
        Random random = new Random(20240611);
        for (int round = 0; round < 200; round++) {
            Story story = randomStory(random, 1 + random.nextInt(300));
            LaneMode mode = LaneMode.values()[random.nextInt(3)];
            TimelineLanes lanes = TimelineLanes.of(story, mode);
            TimelineEventIndex index = TimelineEventIndex.of(story.events());
            double from = LocalDateTime.of(2015, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC)
                    + random.nextDouble() * 3 * 365 * 86_400;
            double span = 3600 * Math.pow(10, random.nextDouble() * 4.5);
            double width = 300 + random.nextInt(1500);
            double height = 150 + random.nextInt(700);
            List<Event> visible = index.overlapping(from, from + span);
            TimelineLayout layout = TimelineLayout.compute(visible, lanes, from, from + span, width, 50, height,
                    METRICS, LABEL, TEXT);
            String where = "round " + round + " mode " + mode;

            for (PlacedItem a : layout.items()) {
                for (PlacedItem b : layout.items()) {
                    if (a != b && a.lane() == b.lane() && a.row() == b.row()) {
                        assertTrue(a.boxRight() <= b.boxLeft() || b.boxRight() <= a.boxLeft(),
                                where + ": " + a + " overlaps " + b);
                    }
                }
                LaneBand band = layout.bands().get(a.lane());
                assertTrue(a.row() < band.rows(), where);
            }
            for (ClusterMarker a : layout.clusters()) {
                for (ClusterMarker b : layout.clusters()) {
                    if (a != b && a.lane() == b.lane()) {
                        assertTrue(a.boxRight() <= b.boxLeft() || b.boxRight() <= a.boxLeft(), where);
                    }
                }
            }
            for (int lane = 0; lane < lanes.lanes().size(); lane++) {
                int expected = 0;
                for (Event e : visible) {
                    for (int l : lanes.lanesOf(e)) {
                        expected += l == lane ? 1 : 0;
                    }
                }
                final int l = lane;
                long placed = layout.items().stream().filter(i -> i.lane() == l).count();
                int counted = layout.clusters().stream().filter(c -> c.lane() == l).mapToInt(ClusterMarker::count).sum();
                assertEquals(expected, placed + counted, where + " lane " + lane);
            }
        }
    }

    @Test
    void indexFindsExactlyTheEventsOverlappingTheWindow() {
        Random random = new Random(7);
        Story story = randomStory(random, 500);
        TimelineEventIndex index = TimelineEventIndex.of(story.events());
        for (int i = 0; i < 100; i++) {
            double from = LocalDateTime.of(2015, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC)
                    + random.nextDouble() * 4 * 365 * 86_400;
            double to = from + random.nextDouble() * 90 * 86_400;
            List<Event> expected = story.events().stream()
                    .filter(e -> e.startEpochSecond() < to && e.endEpochSecondExclusive() > from)
                    .sorted(Comparator.comparingLong(Event::startEpochSecond)
                            .thenComparingLong(Event::endEpochSecondExclusive).thenComparing(Event::id))
                    .toList();
            assertEquals(expected, index.overlapping(from, to));
        }
    }

    @Test
    void crowdedSingleRowLaneFallsBackToClusters() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            events.add(new Event("e" + i, "Crowded event " + i, StoryDate.ofDay(2017, 5, 1 + i), null, null,
                    List.of(), List.of(), List.of()));
        }
        Story story = new Story("S", null, List.of(), List.of(), List.of(), events, List.of());
        double from = LocalDateTime.of(2017, 5, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        TimelineLayout layout = TimelineLayout.compute(events, TimelineLanes.of(story, LaneMode.SINGLE), from,
                from + 30 * 86_400, 600, 0, 100, LayoutMetrics.forFontSize(15, false), LABEL, TEXT);
        assertFalse(layout.clusters().isEmpty());
        assertEquals(20, layout.items().size()
                + layout.clusters().stream().mapToInt(ClusterMarker::count).sum());
    }

    @Test
    void hitTestingFindsThePlacedItem() {
        Event e = new Event("e", "Summit", StoryDate.ofDay(2017, 5, 10), null, null, List.of(), List.of(), List.of());
        Story story = new Story("S", null, List.of(), List.of(), List.of(), List.of(e), List.of());
        double from = LocalDateTime.of(2017, 5, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        TimelineLayout layout = TimelineLayout.compute(List.of(e), TimelineLanes.of(story, LaneMode.SINGLE), from,
                from + 60 * 86_400, 900, 0, 300, LayoutMetrics.forFontSize(15, false), LABEL, TEXT);
        PlacedItem item = layout.itemOf(e).orElseThrow();
        assertTrue(item.point());
        assertEquals(9.5 * 15, item.x0(), 1e-6);
        assertEquals(e, layout.itemAt(item.x0(), item.centerY()).orElseThrow().event());
        assertTrue(layout.itemAt(item.x0(), item.centerY() + 200).isEmpty());
    }
}
