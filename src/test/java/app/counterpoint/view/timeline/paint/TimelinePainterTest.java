package app.counterpoint.view.timeline.paint;

import static app.counterpoint.fixture.StoryBuilder.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.view.timeline.layout.AxisTicks;
import app.counterpoint.view.timeline.layout.LayoutMetrics;
import app.counterpoint.view.timeline.layout.PlacedItem;
import app.counterpoint.view.timeline.layout.TimeAxis;
import app.counterpoint.view.timeline.layout.TimelineFrame;
import app.counterpoint.view.timeline.layout.TimelineLayout;
import app.counterpoint.viewmodel.timeline.LaneMode;
import app.counterpoint.viewmodel.timeline.TimelineLanes;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Paints frames into a canvas and reads the pixels back: what the painter draws, where and in which colour. */
@ExtendWith(ApplicationExtension.class)
class TimelinePainterTest {

    private static final app.counterpoint.i18n.Messages ENGLISH =
            app.counterpoint.i18n.Messages.of(app.counterpoint.i18n.Language.ENGLISH);

    private static final int W = 700;
    private static final int H = 260;
    private static final Color TOPIC = Color.web("#009E73");
    private static final Color TERROR = Color.web("#CC79A7");
    private static final TimelinePalette PALETTE = new TimelinePalette(
            Color.WHITE,
            Color.web("#e0e4ea"),
            Color.web("#eceef2"),
            Color.web("#cfd4db"),
            Color.web("#f8f9fb"),
            Color.BLACK,
            Color.web("#59636e"),
            Color.web("#ff00ff"));

    private final Event strike = event("strike", "Strike", "2017-04-07");
    private final Event talks = event("talks", "Talks", "2017-04-20");
    private final Story story = story("S")
            .topics(new Topic("syria", "Syria", "#009E73"), new Topic("terror", "Terrorism", "#CC79A7"))
            .events(strike, talks)
            .build();

    private TextMeasurer text;

    @Start
    void start(Stage stage) {
        text = new TextMeasurer(15);
    }

    private static Event event(String id, String title, String day) {
        return EventBuilder.event(id).titled(title).on(day).topics("syria").build();
    }

    private static double epoch(String day) {
        return LocalDate.parse(day).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    }

    private TimelineFrame frame(List<Event> events, Event selected, Predicate<Event> dimmed) {
        return frame(events, selected, dimmed, id -> true);
    }

    private TimelineFrame frame(
            List<Event> events, Event selected, Predicate<Event> dimmed, Predicate<String> topicShown) {
        return frame(story, LaneMode.SINGLE, events, selected, dimmed, topicShown);
    }

    private TimelineFrame frame(
            Story story,
            LaneMode mode,
            List<Event> events,
            Event selected,
            Predicate<Event> dimmed,
            Predicate<String> topicShown) {
        TimelineLanes lanes = TimelineLanes.of(story, mode);
        LayoutMetrics metrics = LayoutMetrics.forFontSize(text.fontSize(), false);
        double row = Math.ceil(text.fontSize() * 1.9);
        double start = epoch("2017-04-01");
        double end = epoch("2017-05-01");
        TimelineLayout layout = TimelineLayout.compute(
                events,
                lanes,
                start,
                end,
                W,
                2 * row,
                H - 2 * row,
                metrics,
                e -> text.width(e.title(), e.equals(selected)),
                s -> text.width(s, true));
        AxisTicks ticks = TimeAxis.compute(start, end, W, s -> text.width(s, true));
        return new TimelineFrame(
                W, H, row, layout, ticks, lanes, metrics, story, selected, dimmed, !events.isEmpty(), topicShown);
    }

    private PixelReader paint(TimelineFrame frame) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            Canvas canvas = new Canvas(W, H);
            new TimelinePainter(text).paint(canvas.getGraphicsContext2D(), frame, PALETTE);
            return canvas.snapshot(null, new WritableImage(W, H)).getPixelReader();
        });
    }

    private static void assertColor(Color expected, Color actual, String what) {
        assertEquals(expected.getRed(), actual.getRed(), 0.02, what + ": " + actual);
        assertEquals(expected.getGreen(), actual.getGreen(), 0.02, what + ": " + actual);
        assertEquals(expected.getBlue(), actual.getBlue(), 0.02, what + ": " + actual);
    }

    private static int darkPixels(PixelReader pixels, double x0, double x1, double y0, double y1) {
        int dark = 0;
        for (int x = (int) Math.max(0, x0); x < Math.min(W, x1); x++) {
            for (int y = (int) Math.max(0, y0); y < Math.min(H, y1); y++) {
                dark += pixels.getColor(x, y).getBrightness() < 0.4 ? 1 : 0;
            }
        }
        return dark;
    }

    @Test
    void markersTakeTheirTopicColourOverTheBackgroundAndTheAxisIsOnTop() {
        TimelineFrame frame = frame(List.of(strike, talks), null, e -> false);
        PixelReader pixels = paint(frame);
        PlacedItem item = frame.layout().itemOf(strike).orElseThrow();
        assertColor(TOPIC, pixels.getColor((int) item.x0(), (int) item.centerY()), "marker centre");
        assertColor(PALETTE.background(), pixels.getColor(W - 5, H - 5), "empty corner");
        assertColor(PALETTE.axis(), pixels.getColor(W - 3, (int) (frame.axisHeight() / 2)), "axis band");
    }

    @Test
    void aMarkTakesTheColourOfItsFirstTopicTheFilterShows() {
        Event both = EventBuilder.event("both")
                .titled("Both")
                .on("2017-04-10")
                .topics("syria", "terror")
                .build();
        TimelineFrame frame = frame(List.of(both), null, e -> false, id -> id.equals("terror"));
        PixelReader pixels = paint(frame);
        PlacedItem item = frame.layout().itemOf(both).orElseThrow();
        assertColor(TERROR, pixels.getColor((int) item.x0(), (int) item.centerY()), "the shown topic's colour");
        TimelineFrame all = frame(List.of(both), null, e -> false, id -> true);
        PlacedItem again = all.layout().itemOf(both).orElseThrow();
        assertColor(TOPIC, paint(all).getColor((int) again.x0(), (int) again.centerY()), "with every topic: the first");
    }

    @Test
    void labelsAreDrawnRightOfTheirMarkerWithinTheirBox() {
        TimelineFrame frame = frame(List.of(strike), null, e -> false);
        PixelReader pixels = paint(frame);
        PlacedItem item = frame.layout().itemOf(strike).orElseThrow();
        double y = item.centerY();
        double fontSize = text.fontSize();
        assertTrue(
                darkPixels(pixels, item.labelX(), item.boxRight(), y - fontSize, y + fontSize) > 20,
                "the label's text is drawn");
        assertEquals(
                0,
                darkPixels(pixels, item.boxRight() + 2, W, y - fontSize, y + fontSize),
                "nothing of it right of its box");
    }

    @Test
    void aLongLabelIsShortenedToEndBeforeTheNextItemOfItsRow() {
        Event wordy = event(
                "wordy",
                "Talks ".repeat(3) + "on a ceasefire in the north of the country, with observers "
                        + "from both sides and a timetable for the withdrawal of heavy weapons",
                "2017-04-02");
        Event next = event("next", "Next", "2017-04-25");
        TimelineFrame frame = frame(List.of(wordy, next), null, e -> false);
        PlacedItem cut = frame.layout().itemOf(wordy).orElseThrow();
        PlacedItem after = frame.layout().itemOf(next).orElseThrow();
        assertEquals(cut.row(), after.row(), "both in one row");
        double end = cut.labelX() + cut.labelWidth();
        assertTrue(cut.labelWidth() < text.width(wordy.title(), false), "the title does not fit whole");
        assertTrue(end < after.boxLeft(), "its room ends before the next item");

        PixelReader pixels = paint(frame);
        double y = cut.centerY();
        double fontSize = text.fontSize();
        assertEquals(
                0,
                darkPixels(pixels, end + 1, after.boxLeft(), y - fontSize, y + fontSize),
                "nothing drawn between its room and the next item");
        int rightmost = 0;
        for (int x = (int) cut.labelX(); x <= end; x++) {
            if (darkPixels(pixels, x, x + 1, y - fontSize, y + fontSize) > 0) {
                rightmost = x;
            }
        }
        assertTrue(
                rightmost > end - 2 * fontSize,
                "the text (and its ellipsis) use the room: " + rightmost + " of " + end);
    }

    @Test
    void theSelectionIsRingedAndDimmedEventsAreFaint() {
        TimelineFrame frame = frame(List.of(strike, talks), strike, talks::equals);
        PixelReader pixels = paint(frame);
        PlacedItem ringed = frame.layout().itemOf(strike).orElseThrow();
        double r = frame.metrics().markerRadius() + 4;
        assertColor(
                PALETTE.selection(),
                pixels.getColor((int) ringed.x0(), (int) Math.round(ringed.centerY() - r)),
                "selection ring above the marker");
        PlacedItem faint = frame.layout().itemOf(talks).orElseThrow();
        Color dim = pixels.getColor((int) faint.x0(), (int) faint.centerY());
        assertColor(PALETTE.background().interpolate(TOPIC, 0.22), dim, "dimmed marker");
    }

    @Test
    void anEmptyFrameSaysThereIsNothingToShow() {
        TimelineFrame frame = frame(List.of(), null, e -> false);
        assertEquals(
                "No events to show",
                TimelinePainter.emptyMessage(frame, ENGLISH).orElseThrow());
        assertEquals(
                "Keine Ereignisse zu zeigen",
                TimelinePainter.emptyMessage(
                                frame, app.counterpoint.i18n.Messages.of(app.counterpoint.i18n.Language.GERMAN))
                        .orElseThrow());
        PixelReader pixels = paint(frame);
        double middle = frame.axisHeight() + (H - frame.axisHeight()) / 2;
        assertTrue(
                darkPixels(pixels, W / 2.0 - 60, W / 2.0 + 60, middle - 10, middle + 10) == 0,
                "the message is muted, not black");
        int muted = 0;
        for (int x = W / 2 - 60; x < W / 2 + 60; x++) {
            muted += pixels.getColor(x, (int) middle).getBrightness() < 0.9 ? 1 : 0;
        }
        assertTrue(muted > 5, "the message is drawn across the middle");
        assertFalse(TimelinePainter.emptyMessage(frame(List.of(strike), null, e -> false), ENGLISH)
                .isPresent());
    }

    /** Which pixels round a mark's centre are drawn in its colour: its shape, whatever the colour. */
    private static boolean[][] footprint(PixelReader pixels, double cx, double cy, int reach, Color color) {
        boolean[][] mask = new boolean[2 * reach + 1][2 * reach + 1];
        for (int dx = -reach; dx <= reach; dx++) {
            for (int dy = -reach; dy <= reach; dy++) {
                Color c = pixels.getColor((int) Math.round(cx) + dx, (int) Math.round(cy) + dy);
                mask[dx + reach][dy + reach] = Math.abs(c.getRed() - color.getRed()) < 0.08
                        && Math.abs(c.getGreen() - color.getGreen()) < 0.08
                        && Math.abs(c.getBlue() - color.getBlue()) < 0.08;
            }
        }
        return mask;
    }

    private static int differing(boolean[][] a, boolean[][] b) {
        int n = 0;
        for (int x = 0; x < a.length; x++) {
            for (int y = 0; y < a[x].length; y++) {
                n += a[x][y] != b[x][y] ? 1 : 0;
            }
        }
        return n;
    }

    private static int count(boolean[][] mask) {
        return differing(mask, new boolean[mask.length][mask.length]);
    }

    /** Two topics of one colour, as a colour-blind reader may see two of the palette's: an event on each, and a bar. */
    private final Story twins = story("Twins")
            .topics(new Topic("a", "A", "#009E73"), new Topic("b", "B", "#009E73"))
            .build();

    @Test
    void twoTopicsOfTheSameColourStillDrawDifferentMarks() {
        Event onA = EventBuilder.event("onA")
                .titled("A")
                .on("2017-04-05")
                .topics("a")
                .build();
        Event onB = EventBuilder.event("onB")
                .titled("B")
                .on("2017-04-15")
                .topics("b")
                .build();
        TimelineFrame frame = frame(twins, LaneMode.SINGLE, List.of(onA, onB), null, e -> false, id -> true);
        PixelReader pixels = paint(frame);
        PlacedItem a = frame.layout().itemOf(onA).orElseThrow();
        PlacedItem b = frame.layout().itemOf(onB).orElseThrow();
        int reach = (int) Math.ceil(frame.metrics().markerRadius() * 1.4);
        boolean[][] shapeA = footprint(pixels, a.x0(), a.centerY(), reach, TOPIC);
        boolean[][] shapeB = footprint(pixels, b.x0(), b.centerY(), reach, TOPIC);
        assertTrue(count(shapeA) > 40 && count(shapeB) > 40, "both marks are drawn in the topics' colour");
        int apart = differing(shapeA, shapeB);
        assertTrue(apart > count(shapeA) / 5, "the marks differ in shape, not only in colour: " + apart + " pixels");
    }

    /** The shape sits inside the bar's start, and a label inside the bar begins after it. */
    @Test
    void aBarStartsWithItsTopicsShape() {
        Event barA = EventBuilder.event("barA")
                .titled("A")
                .on("2017-04-03")
                .until("2017-04-12")
                .topics("a")
                .build();
        Event barB = EventBuilder.event("barB")
                .titled("B")
                .on("2017-04-16")
                .until("2017-04-25")
                .topics("b")
                .build();
        TimelineFrame frame = frame(twins, LaneMode.SINGLE, List.of(barA, barB), null, e -> false, id -> true);
        PixelReader pixels = paint(frame);
        PlacedItem a = frame.layout().itemOf(barA).orElseThrow();
        PlacedItem b = frame.layout().itemOf(barB).orElseThrow();
        assertFalse(a.point(), "a bar");
        double r = frame.metrics().markerRadius();
        int reach = (int) Math.ceil(r * 1.2);
        boolean[][] startA = footprint(pixels, a.x0() + r, a.centerY(), reach, TOPIC);
        boolean[][] startB = footprint(pixels, b.x0() + r, b.centerY(), reach, TOPIC);
        assertTrue(count(startA) > 25, "a mark at the bar's start: " + count(startA));
        assertTrue(differing(startA, startB) > 15, "the two bars' starts differ in shape");
        for (PlacedItem bar : List.of(a, b)) {
            if (bar.labelPlace() == app.counterpoint.view.timeline.layout.LabelPlace.INSIDE) {
                assertTrue(bar.labelX() >= bar.x0() + 2 * r, "the label inside starts clear of the shape: " + bar);
            }
        }
    }

    @Test
    void anEventOnNoTopicIsARingAndATimedOneHasADotAtItsCentre() {
        Event loose =
                EventBuilder.event("loose").titled("Loose").on("2017-04-05").build();
        Event timed = EventBuilder.event("timed")
                .titled("Timed")
                .on("2017-04-20T14:30")
                .topics("syria")
                .build();
        TimelineFrame frame = frame(story, LaneMode.SINGLE, List.of(loose, timed), null, e -> false, id -> true);
        PixelReader pixels = paint(frame);
        PlacedItem ring = frame.layout().itemOf(loose).orElseThrow();
        PlacedItem dot = frame.layout().itemOf(timed).orElseThrow();
        double r = frame.metrics().markerRadius();
        assertColor(PALETTE.background(), pixels.getColor((int) ring.x0(), (int) ring.centerY()), "a ring is hollow");
        assertColor(
                ItemPainter.NEUTRAL_ITEM,
                pixels.getColor((int) Math.round(ring.x0() + r * 0.75), (int) Math.round(ring.centerY())),
                "its ring is grey");
        assertColor(PALETTE.background(), pixels.getColor((int) dot.x0(), (int) dot.centerY()), "the timed dot");
        assertColor(
                TOPIC,
                pixels.getColor((int) Math.round(dot.x0() + r * 0.7), (int) Math.round(dot.centerY())),
                "round it, the topic's colour");
    }

    @Test
    void eachTopicsLaneIsNamedAfterItsShape() {
        Event onA = EventBuilder.event("onA")
                .titled("A")
                .on("2017-04-05")
                .topics("a")
                .build();
        Event onB = EventBuilder.event("onB")
                .titled("B")
                .on("2017-04-15")
                .topics("b")
                .build();
        TimelineFrame frame = frame(twins, LaneMode.BY_TOPIC, List.of(onA, onB), null, e -> false, id -> true);
        PixelReader pixels = paint(frame);
        List<app.counterpoint.view.timeline.layout.LaneBand> bands =
                frame.layout().bands();
        assertEquals(2, bands.size(), "a lane per topic");
        double header = frame.metrics().laneHeaderHeight();
        int reach = (int) Math.ceil(text.fontSize() * 0.46 * 1.4);
        boolean[][] first = footprint(pixels, 16, bands.get(0).top() + header / 2 + 2, reach, TOPIC);
        boolean[][] second = footprint(pixels, 16, bands.get(1).top() + header / 2 + 2, reach, TOPIC);
        assertTrue(count(first) > 20 && count(second) > 20, "both lanes' names have their topic's mark");
        assertTrue(differing(first, second) > count(first) / 5, "in two shapes");
    }
}
