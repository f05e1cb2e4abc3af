package app.counterpoint.view.timeline.paint;

import static app.counterpoint.fixture.EventBuilder.event;
import static app.counterpoint.fixture.StoryBuilder.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.text.TextRange;
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
import java.util.function.Function;
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

/** The painter's one hook for the search: stretches of a label marked, and only those. */
@ExtendWith(ApplicationExtension.class)
class TimelineLabelMarksTest {

    private static final int W = 700;
    private static final int H = 200;
    private static final TimelinePalette PALETTE = new TimelinePalette(
            Color.WHITE,
            Color.web("#e0e4ea"),
            Color.web("#eceef2"),
            Color.web("#cfd4db"),
            Color.web("#f8f9fb"),
            Color.BLACK,
            Color.web("#59636e"),
            Color.web("#ff00ff"));

    private final Event talks = event("talks")
            .titled("Ceasefire talks in Astana")
            .on("2017-04-07")
            .topics("syria")
            .build();
    private final Story story = story("S")
            .topics(new Topic("syria", "Syria", "#009E73"))
            .events(talks)
            .build();

    private TextMeasurer text;

    @Start
    void start(Stage stage) {
        text = new TextMeasurer(15);
    }

    private TimelineFrame frame() {
        TimelineLanes lanes = TimelineLanes.of(story, LaneMode.SINGLE);
        LayoutMetrics metrics = LayoutMetrics.forFontSize(text.fontSize(), false);
        double row = Math.ceil(text.fontSize() * 1.9);
        double start = LocalDate.parse("2017-04-01").atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        double end = LocalDate.parse("2017-05-01").atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        TimelineLayout layout = TimelineLayout.compute(
                List.of(talks),
                lanes,
                start,
                end,
                W,
                2 * row,
                H - 2 * row,
                metrics,
                e -> text.width(e.title(), false),
                s -> text.width(s, true));
        AxisTicks ticks = TimeAxis.compute(start, end, W, s -> text.width(s, true));
        return new TimelineFrame(W, H, row, layout, ticks, lanes, metrics, story, null, e -> false, true, id -> true);
    }

    private PixelReader paint(TimelineFrame frame, Function<Event, List<TextRange>> marks) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            Canvas canvas = new Canvas(W, H);
            TimelinePainter painter = new TimelinePainter(text);
            painter.setLabelMarks(marks);
            painter.paint(canvas.getGraphicsContext2D(), frame, PALETTE);
            return canvas.snapshot(null, new WritableImage(W, H)).getPixelReader();
        });
    }

    /** Pixels of the mark's colour in a stretch of the label's line. */
    private static int markPixels(PixelReader pixels, double x0, double x1, double y) {
        int count = 0;
        for (int x = (int) x0; x < (int) x1; x++) {
            for (int dy = -4; dy <= 4; dy++) {
                Color c = pixels.getColor(x, (int) y + dy);
                if (Math.abs(c.getRed() - ItemPainter.LABEL_MARK.getRed()) < 0.04
                        && Math.abs(c.getGreen() - ItemPainter.LABEL_MARK.getGreen()) < 0.04
                        && Math.abs(c.getBlue() - ItemPainter.LABEL_MARK.getBlue()) < 0.04) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void theMarkedWordOfALabelIsMarkedAndTheRestIsNot() {
        TimelineFrame frame = frame();
        PlacedItem item = frame.layout().itemOf(talks).orElseThrow();
        String title = talks.title();
        int start = title.indexOf("talks");
        double from = item.labelX() + text.width(title.substring(0, start), false);
        double to = item.labelX() + text.width(title.substring(0, start + 5), false);

        PixelReader marked = paint(frame, e -> e == talks ? List.of(new TextRange(start, start + 5)) : List.of());
        assertTrue(markPixels(marked, from, to, item.centerY()) > 20, "the word is marked");
        assertEquals(0, markPixels(marked, item.labelX(), from - 3, item.centerY()), "nothing before it");
        assertEquals(0, markPixels(marked, to + 3, item.labelX() + item.labelWidth(), item.centerY()), "or after");

        PixelReader plain = paint(frame, e -> List.of());
        assertEquals(0, markPixels(plain, from, to, item.centerY()), "no marks, no mark");
    }
}
