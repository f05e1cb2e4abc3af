package app.counterpoint.view.timeline;

import static app.counterpoint.fixture.EventBuilder.event;

import app.counterpoint.bench.HeadlessFx;
import app.counterpoint.fixture.StoryBuilder;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Frames crowded with labels, some far too long for their room: 60,000 events over a year, one in eight with a title
 * of 80 to 200 characters, the rest short, on a 3840x2160 timeline (a 4K projector) showing three weeks, so over a
 * thousand labels are placed per frame. Prints the median frame (lay out and draw) while panning by 7 pixels a frame,
 * which brings new labels into view, and while nudging one window by a pixel. Run as a main on the test class path:
 * {@code java -cp target/test-classes:target/classes:<dependencies> app.counterpoint.view.timeline.LabelFrameBenchmark}.
 */
public final class LabelFrameBenchmark {

    private static final int WIDTH = 3840;
    private static final int HEIGHT = 2160;
    private static final int EVENTS = 60_000;
    private static final double DAY = 86_400;
    private static final String[] WORDS = {
        "talks",
        "on",
        "the",
        "ceasefire",
        "summit",
        "in",
        "Geneva",
        "with",
        "observers",
        "from",
        "both",
        "sides",
        "and",
        "a",
        "timetable",
        "for",
        "withdrawal",
        "of",
        "heavy",
        "weapons",
        "statement",
        "about",
        "sanctions",
        "trade",
        "energy",
        "minister",
        "visits",
        "capital",
        "vote",
        "parliament"
    };

    private LabelFrameBenchmark() {}

    public static void main(String[] args) throws Exception {
        HeadlessFx.runThenExit(() -> run(System.out));
    }

    private static Story story() {
        Random random = new Random(42);
        double first = LocalDateTime.of(2020, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            LocalDateTime when =
                    LocalDateTime.ofEpochSecond((long) (first + random.nextDouble() * 365 * DAY), 0, ZoneOffset.UTC);
            StoryDate start = random.nextBoolean()
                    ? StoryDate.ofDay(when.getYear(), when.getMonthValue(), when.getDayOfMonth())
                    : StoryDate.parse(when.toString().substring(0, 16));
            int length = random.nextInt(8) == 0 ? 80 + random.nextInt(120) : 8 + random.nextInt(14);
            StringBuilder title = new StringBuilder("#" + i);
            while (title.length() < length) {
                title.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            events.add(event("e" + i)
                    .titled(title.toString())
                    .on(start)
                    .topics(random.nextBoolean() ? "a" : "b")
                    .actors("x")
                    .build());
        }
        return StoryBuilder.story("Labels")
                .actors(new Actor("x", "X", "#0072B2"))
                .topics(new Topic("a", "A", "#009E73"), new Topic("b", "B", "#CC79A7"))
                .events(events)
                .build();
    }

    private static void run(PrintStream out) {
        Story story = story();
        ObservableList<Event> shown = FXCollections.observableArrayList(story.events());
        TimelineViewModel vm =
                new TimelineViewModel(new SimpleObjectProperty<>(story), shown, new SimpleObjectProperty<>());
        TimelineView view = FrameTiming.laidOut(vm, WIDTH, HEIGHT);
        TimelineSkin skin = (TimelineSkin) view.getSkin();
        double start = LocalDateTime.of(2020, 3, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        double span = 21 * DAY;
        double pixel = span / WIDTH;

        int[] placed = new int[200];
        FrameTiming.Frames panning = FrameTiming.time(
                view,
                50,
                placed.length,
                i -> {
                    double from = start + (i + 50) * 7 * pixel;
                    vm.setWindow(from, from + span);
                },
                i -> placed[i] = skin.currentLayout().items().size());
        FrameTiming.Frames still = FrameTiming.time(
                view,
                30,
                100,
                i -> {
                    double nudge = (i & 1) * pixel;
                    vm.setWindow(start + nudge, start + span + nudge);
                },
                i -> {});
        Arrays.sort(placed);
        out.printf(
                "labels placed per frame: median %d (%d-%d)%n",
                placed[placed.length / 2], placed[0], placed[placed.length - 1]);
        out.printf(
                "frame while panning 7 px a frame: median %.2f ms; one window nudged: median %.2f ms%n",
                panning.medianWall(), still.medianWall());
    }
}
