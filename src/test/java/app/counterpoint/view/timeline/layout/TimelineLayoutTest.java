package app.counterpoint.view.timeline.layout;

import static app.counterpoint.fixture.EventBuilder.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.fixture.StoryBuilder;
import app.counterpoint.model.Actor;
import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.timeline.LaneMode;
import app.counterpoint.viewmodel.timeline.TimelineLanes;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class TimelineLayoutTest {

    private static final LayoutMetrics METRICS = LayoutMetrics.forFontSize(15, true);
    private static final ToDoubleFunction<Event> LABEL = e -> e.title().length() * 8.0;
    private static final ToDoubleFunction<String> TEXT = s -> s.length() * 8.0;

    private static Story randomStory(Random random, int count) {
        List<Actor> actors = List.of(new Actor("wh", "White House", "#0072B2"), new Actor("kr", "Kremlin", "#D55E00"));
        List<Topic> topics = List.of(
                new Topic("syria", "Syria", "#009E73"),
                new Topic("terror", "Terror", "#CC79A7"),
                new Topic("trade", "Trade", "#E69F00"));
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDateTime when = LocalDateTime.of(2015, 1, 1, 0, 0).plusMinutes(random.nextInt(4 * 365 * 24 * 60));
            DatePrecision precision = DatePrecision.values()[random.nextInt(4)];
            StoryDate start = new StoryDate(
                    when.getYear(),
                    precision.compareTo(DatePrecision.MONTH) >= 0 ? when.getMonthValue() : 1,
                    precision.compareTo(DatePrecision.DAY) >= 0 ? when.getDayOfMonth() : 1,
                    precision == DatePrecision.MINUTE ? when.getHour() : 0,
                    precision == DatePrecision.MINUTE ? when.getMinute() : 0,
                    0,
                    null,
                    precision);
            StoryDate end = null;
            if (random.nextInt(5) == 0) {
                LocalDateTime later = when.plusDays(1 + random.nextInt(200));
                end = StoryDate.ofDay(later.getYear(), later.getMonthValue(), later.getDayOfMonth());
                start = StoryDate.ofDay(when.getYear(), when.getMonthValue(), when.getDayOfMonth());
            }
            List<String> actorIds =
                    random.nextBoolean() ? List.of("wh", "kr") : List.of(random.nextBoolean() ? "wh" : "kr");
            List<String> topicIds = random.nextInt(6) == 0
                    ? List.of()
                    : List.of(topics.get(random.nextInt(3)).id());
            // Now and then a title far longer than the room a label claims, to be shortened or to run on.
            String title = "Event number " + i
                    + "x".repeat(random.nextInt(8) == 0 ? 60 + random.nextInt(200) : random.nextInt(20));
            events.add(event("e" + i)
                    .titled(title)
                    .on(start)
                    .until(end)
                    .topics(topicIds)
                    .actors(actorIds)
                    .build());
        }
        return StoryBuilder.story("Random")
                .actors(actors)
                .topics(topics)
                .events(events)
                .build();
    }

    @Test
    void stackedBoxesNeverOverlapAndEveryVisibleEventIsPlacedOrCounted() {
        Random random = new Random(20240611);
        // How many labels were shortened in each place: the random stories must reach every case.
        int[] shortened = new int[LabelPlace.values().length];
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
            TimelineLayout layout =
                    TimelineLayout.compute(visible, lanes, from, from + span, width, 50, height, METRICS, LABEL, TEXT);
            String where = "round " + round + " mode " + mode;

            for (PlacedItem a : layout.items()) {
                for (PlacedItem b : layout.items()) {
                    if (a != b && a.lane() == b.lane() && a.row() == b.row()) {
                        assertTrue(
                                a.boxRight() <= b.boxLeft() || b.boxRight() <= a.boxLeft(),
                                where + ": " + a + " overlaps " + b);
                        assertTrue(
                                a.labelX() + a.labelWidth() <= b.boxLeft() || b.boxRight() <= a.labelX(),
                                where + ": the label of " + a + " overlaps " + b);
                    }
                }
                LaneBand band = layout.bands().get(a.lane());
                assertTrue(a.row() < band.rows(), where);
                assertLabelFitsItsRoom(a, layout, width, where);
                shortened[a.labelPlace().ordinal()] += a.labelWidth() < LABEL.applyAsDouble(a.event()) ? 1 : 0;
            }
            for (ClusterMarker a : layout.clusters()) {
                assertTrue(a.count() >= 2, where + ": a cluster of one " + a);
                for (PlacedItem item : layout.items()) {
                    if (item.lane() == a.lane() && Math.abs(item.centerY() - a.centerY()) < 1e-9) {
                        assertTrue(
                                item.boxRight() <= a.boxLeft() || a.boxRight() <= item.boxLeft(),
                                where + ": " + item + " overlaps " + a);
                    }
                }
                for (ClusterMarker b : layout.clusters()) {
                    if (a != b && a.lane() == b.lane()) {
                        assertTrue(a.boxRight() <= b.boxLeft() || b.boxRight() <= a.boxLeft(), where);
                    }
                }
            }
            for (int lane = 0; lane < lanes.lanes().size(); lane++) {
                LaneBand band = layout.bands().get(lane);
                if (band.bottom() <= 50 || band.top() >= 50 + height) {
                    continue; // scrolled out of view: not laid out
                }
                int expected = 0;
                for (Event e : visible) {
                    for (int l : lanes.lanesOf(e)) {
                        expected += l == lane ? 1 : 0;
                    }
                }
                final int l = lane;
                long placed = layout.items().stream().filter(i -> i.lane() == l).count();
                int counted = layout.clusters().stream()
                        .filter(c -> c.lane() == l)
                        .mapToInt(ClusterMarker::count)
                        .sum();
                assertEquals(expected, placed + counted, where + " lane " + lane);
            }
        }
        for (LabelPlace place : LabelPlace.values()) {
            assertTrue(shortened[place.ordinal()] > 0, "some labels " + place + " are shortened");
        }
    }

    /**
     * A label stays within its box and the canvas and is never wider than the whole title, and it touches its mark: a
     * label gap after it, a label gap before it, or inside its bar's visible part. One shortened after its mark ends
     * where the next item of its row begins (less the spacing) or at the canvas edge (less a margin).
     */
    static void assertLabelFitsItsRoom(PlacedItem a, TimelineLayout layout, double width, String where) {
        assertLabelAttached(a, width, METRICS, LABEL, where);
        double whole = LABEL.applyAsDouble(a.event());
        double right = a.labelX() + a.labelWidth();
        if (a.labelPlace() == LabelPlace.RIGHT && a.labelWidth() < whole && a.labelWidth() > 0) {
            double next = layout.items().stream()
                    .filter(b -> b.lane() == a.lane() && b.row() == a.row() && b.boxLeft() > a.labelX())
                    .mapToDouble(PlacedItem::boxLeft)
                    .min()
                    .orElse(Double.POSITIVE_INFINITY);
            double cluster = layout.clusters().stream()
                    .filter(c -> c.lane() == a.lane() && Math.abs(c.centerY() - a.centerY()) < 1e-9)
                    .filter(c -> c.boxLeft() > a.labelX())
                    .mapToDouble(ClusterMarker::boxLeft)
                    .min()
                    .orElse(Double.POSITIVE_INFINITY);
            assertTrue(
                    right
                            <= Math.min(
                                            width - ItemGeometry.EDGE_MARGIN,
                                            Math.min(next, cluster) - METRICS.itemSpacing())
                                    + 1e-6,
                    where + ": " + a);
        }
    }

    /** The label is within the canvas and its box, no wider than the title, and touches its mark. */
    static void assertLabelAttached(
            PlacedItem a,
            double width,
            LayoutMetrics metrics,
            java.util.function.ToDoubleFunction<Event> label,
            String where) {
        double whole = label.applyAsDouble(a.event());
        double right = a.labelX() + a.labelWidth();
        String what = where + ": " + a;
        assertTrue(a.labelWidth() >= 0 && a.labelWidth() <= whole + 1e-9, what);
        if (a.labelWidth() == 0) {
            return;
        }
        assertTrue(a.labelX() >= a.boxLeft() - 1e-9 && right <= a.boxRight() + 1e-9, what);
        assertTrue(a.labelX() >= ItemGeometry.EDGE_MARGIN - 1e-9 || a.labelPlace() == LabelPlace.INSIDE, what);
        assertTrue(right <= width - ItemGeometry.EDGE_MARGIN + 1e-9 || a.labelPlace() == LabelPlace.INSIDE, what);
        double r = metrics.markerRadius();
        double markLeft = a.point() ? a.x0() - r : Math.max(a.x0(), -r);
        double markRight = a.point() ? a.x0() + r : Math.min(a.x1(), width + r);
        switch (a.labelPlace()) {
            case RIGHT -> assertEquals(markRight + metrics.labelGap(), a.labelX(), 1e-6, "after its mark: " + what);
            case LEFT -> assertEquals(markLeft - metrics.labelGap(), right, 1e-6, "before its mark: " + what);
            case INSIDE ->
                assertTrue(
                        !a.point()
                                && a.labelX() >= Math.max(markLeft, 0) - 1e-9
                                && right <= Math.min(a.x1(), width) - metrics.clusterPadding() + 1e-9,
                        "inside its bar: " + what);
        }
    }

    @Test
    void aLongTitleRunsOnIntoFreeRoomAndIsShortenedOnlyWhereTheNextItemBegins() {
        String longTitle = "A very long title ".repeat(6).strip();
        Event first =
                event("first").titled(longTitle).on(StoryDate.ofDay(2017, 5, 2)).build();
        Event second =
                event("second").titled("Next").on(StoryDate.ofDay(2017, 5, 12)).build();
        double whole = LABEL.applyAsDouble(first);
        assertTrue(whole > METRICS.maxLabelWidth(), "longer than a label claims while rows are filled");
        Story story = StoryBuilder.story("S").events(first, second).build();
        TimelineLanes lanes = TimelineLanes.of(story, LaneMode.SINGLE);
        double from = LocalDateTime.of(2017, 5, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        LayoutMetrics metrics = LayoutMetrics.forFontSize(15, false);

        // Alone on a wide canvas: the whole title.
        TimelineLayout alone = TimelineLayout.compute(
                List.of(first), lanes, from, from + 30 * 86_400, 2000, 0, 300, metrics, LABEL, TEXT);
        PlacedItem item = alone.itemOf(first).orElseThrow();
        assertEquals(whole, item.labelWidth(), 1e-9);
        assertEquals(item.labelX() + whole, item.boxRight(), 1e-9, "the box covers the whole label");

        // A one-row lane with the next event ten days on: the label stops where the next item begins.
        TimelineLayout crowded = TimelineLayout.compute(
                List.of(first, second),
                lanes,
                from,
                from + 30 * 86_400,
                2000,
                0,
                metrics.rowHeight() + 2 * metrics.lanePadding(),
                metrics,
                LABEL,
                TEXT);
        PlacedItem cut = crowded.itemOf(first).orElseThrow();
        PlacedItem next = crowded.itemOf(second).orElseThrow();
        assertEquals(cut.row(), next.row());
        assertEquals(next.boxLeft() - metrics.itemSpacing(), cut.labelX() + cut.labelWidth(), 1e-9);
        assertTrue(cut.labelWidth() >= metrics.maxLabelWidth() && cut.labelWidth() < whole);

        // Near the right edge of a narrow canvas: shortened at the edge.
        TimelineLayout narrow = TimelineLayout.compute(
                List.of(first), lanes, from, from + 30 * 86_400, 300, 0, 300, metrics, LABEL, TEXT);
        PlacedItem edge = narrow.itemOf(first).orElseThrow();
        assertEquals(LabelPlace.RIGHT, edge.labelPlace());
        assertEquals(300 - ItemGeometry.EDGE_MARGIN, edge.labelX() + edge.labelWidth(), 1e-9, "clear of the edge");
    }

    @Test
    void aLongTitleBeforeItsItemReachesBackToThePreviousItemOfItsRow() {
        String longTitle = "A very long title ".repeat(6).strip();
        Event early =
                event("early").titled("Early").on(StoryDate.ofDay(2017, 5, 2)).build();
        Event late =
                event("late").titled(longTitle).on(StoryDate.ofDay(2017, 5, 29)).build();
        Story story = StoryBuilder.story("S").events(early, late).build();
        double from = LocalDateTime.of(2017, 5, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        LayoutMetrics metrics = LayoutMetrics.forFontSize(15, false);
        TimelineLayout layout = TimelineLayout.compute(
                List.of(early, late),
                TimelineLanes.of(story, LaneMode.SINGLE),
                from,
                from + 30 * 86_400,
                800,
                0,
                metrics.rowHeight() + 2 * metrics.lanePadding(),
                metrics,
                LABEL,
                TEXT);
        PlacedItem first = layout.itemOf(early).orElseThrow();
        PlacedItem last = layout.itemOf(late).orElseThrow();
        assertEquals(LabelPlace.LEFT, last.labelPlace(), "no room after it, near the right edge");
        assertEquals(first.row(), last.row());
        assertTrue(last.labelWidth() > metrics.maxLabelWidth(), "more than it claimed, as there is room");
        assertEquals(first.boxRight() + 2 * metrics.itemSpacing(), last.labelX(), 1e-9, "clear of the previous one");
        assertEquals(last.labelX(), last.boxLeft(), 1e-9);
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
                            .thenComparingLong(Event::endEpochSecondExclusive)
                            .thenComparing(Event::id))
                    .toList();
            assertEquals(expected, index.overlapping(from, to));
        }
    }

    @Test
    void crowdedSingleRowLaneFallsBackToClusters() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            events.add(event("e" + i)
                    .titled("Crowded event " + i)
                    .on(StoryDate.ofDay(2017, 5, 1 + i))
                    .build());
        }
        Story story = StoryBuilder.story("S").events(events).build();
        double from = LocalDateTime.of(2017, 5, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        TimelineLayout layout = TimelineLayout.compute(
                events,
                TimelineLanes.of(story, LaneMode.SINGLE),
                from,
                from + 30 * 86_400,
                600,
                0,
                100,
                LayoutMetrics.forFontSize(15, false),
                LABEL,
                TEXT);
        assertFalse(layout.clusters().isEmpty());
        assertEquals(
                20,
                layout.items().size()
                        + layout.clusters().stream()
                                .mapToInt(ClusterMarker::count)
                                .sum());
    }

    @Test
    void clusterMarkersAtTheEdgesStayWithinTheCanvas() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            events.add(event("a" + i)
                    .titled("At the start " + i)
                    .on(StoryDate.ofDay(2017, 5, 1))
                    .build());
            events.add(event("z" + i)
                    .titled("At the end " + i)
                    .on(StoryDate.ofDay(2017, 5, 30))
                    .build());
        }
        events.sort(java.util.Comparator.comparingLong(Event::startEpochSecond));
        Story story = StoryBuilder.story("S").events(events).build();
        LayoutMetrics metrics = LayoutMetrics.forFontSize(15, false);
        double from = LocalDateTime.of(2017, 5, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        TimelineLayout layout = TimelineLayout.compute(
                events,
                TimelineLanes.of(story, LaneMode.SINGLE),
                from,
                from + 30 * 86_400,
                600,
                0,
                metrics.rowHeight() + 2 * metrics.lanePadding(),
                metrics,
                LABEL,
                TEXT);
        // Even a view one row tall gives the lane two rows (the lanes then scroll): one for events, one for clusters.
        assertEquals(2, layout.bands().get(0).rows());
        assertEquals(2, layout.items().size(), "one event of each day in the first row");
        assertEquals(2, layout.clusters().size());
        ClusterMarker first = layout.clusters().get(0);
        ClusterMarker last = layout.clusters().get(1);
        assertEquals(0, first.boxLeft(), 1e-9, "its day is at 10 px, less than half a badge from the edge");
        assertEquals(600, last.boxRight(), 1e-9, "shifted in from the right edge");
        assertEquals(29, first.count());
        assertEquals(29, last.count());
    }

    @Test
    void hitTestingFindsThePlacedItem() {
        Event e = event("e").titled("Summit").on(StoryDate.ofDay(2017, 5, 10)).build();
        Story story = StoryBuilder.story("S").events(e).build();
        double from = LocalDateTime.of(2017, 5, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        TimelineLayout layout = TimelineLayout.compute(
                List.of(e),
                TimelineLanes.of(story, LaneMode.SINGLE),
                from,
                from + 60 * 86_400,
                900,
                0,
                300,
                LayoutMetrics.forFontSize(15, false),
                LABEL,
                TEXT);
        PlacedItem item = layout.itemOf(e).orElseThrow();
        assertTrue(item.point());
        assertEquals(9.5 * 15, item.x0(), 1e-6);
        assertEquals(e, layout.itemAt(item.x0(), item.centerY()).orElseThrow().event());
        assertTrue(layout.itemAt(item.x0(), item.centerY() + 200).isEmpty());
    }
}
