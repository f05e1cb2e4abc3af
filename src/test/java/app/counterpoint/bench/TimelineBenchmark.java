package app.counterpoint.bench;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import app.counterpoint.model.Story;
import app.counterpoint.view.timeline.TimelineView;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;

/**
 * Measures, for generated stories of 1,000, 10,000 and 100,000 events: load and validate, a topic filter change, and
 * one timeline frame (1600x600) at three zoom levels on the headless JavaFX pipeline; then the heap a loaded
 * 100,000-event story takes. Prints a table; run with {@code mvn -q -Pbench test-compile exec:exec}. Optional arguments: a
 * directory for the generated files (kept between runs), then the sizes.
 */
public final class TimelineBenchmark {

    private static final int[] DEFAULT_SIZES = {1_000, 10_000, 100_000};
    private static final double DAY = 86_400;
    private static final double YEAR = 365.2425 * DAY;
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 600;

    private final PrintStream out;
    private final StoryReader reader = new StoryReader();

    private TimelineBenchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        HeadlessFx.start();
        try {
            Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("counterpoint-bench");
            int[] sizes = args.length > 1
                    ? Arrays.stream(args, 1, args.length)
                            .mapToInt(Integer::parseInt)
                            .toArray()
                    : DEFAULT_SIZES;
            new TimelineBenchmark(System.out).run(dir, sizes);
        } finally {
            Platform.exit();
        }
    }

    private void run(Path dir, int[] sizes) throws Exception {
        out.printf(
                "Counterpoint timeline benchmark: %d cores, max heap %d MB, Java %s%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        out.printf(
                "%-8s %10s %10s %9s %9s %9s %9s %9s %9s %9s %9s%n",
                "events",
                "load cold",
                "load warm",
                "filter",
                "filter+fr",
                "search+fr",
                "frame all",
                "frame yr",
                "frame day",
                "render all",
                "MB heap");
        for (int n : sizes) {
            Path file = dir.resolve("story-" + n + ".json");
            if (!Files.exists(file)) {
                new StoryGenerator(n).write(n, file);
            }
            measure(n, file);
        }
        out.println("load: StoryReader.read (parse + validate), first read in this JVM and median of 5 after it;");
        out.println("filter: topic toggle until shownEvents is updated, and with the timeline redrawn (median of 40);");
        out.println("search: one keystroke typing \"nairobi\" into the search, until the timeline is redrawn"
                + " (median of 35 after 7 warm-up);");
        out.println("frame: lay out + draw one 1600x600 timeline frame at the whole story / one year / one day"
                + " (median of 60 after 30 warm-up);");
        out.println("render: the whole-story frame rasterised too (snapshot on the software pipeline);");
        out.println("heap: used heap after GC with the story loaded and shown (file bytes not kept).");
    }

    private void measure(int n, Path file) throws Exception {
        long t0 = System.nanoTime();
        LoadResult first = reader.read(file);
        double cold = ms(System.nanoTime() - t0);
        if (!first.isValid()) {
            throw new IllegalStateException(
                    "generated story is invalid: " + first.problems().get(0));
        }
        double[] warm = new double[5];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            reader.read(file);
            warm[i] = ms(System.nanoTime() - t);
        }
        Story story = first.story();
        first = null;
        Results r = HeadlessFx.call(() -> frameAndFilter(story));
        out.printf(
                "%-8d %8.0fms %8.0fms %7.1fms %7.1fms %7.1fms %7.2fms %7.2fms %7.2fms %8.1fms %9d%n",
                n,
                cold,
                median(warm),
                r.filter,
                r.filterAndFrame,
                r.search,
                r.frames[0],
                r.frames[1],
                r.frames[2],
                r.render,
                r.heapMb);
    }

    private record Results(
            double filter, double filterAndFrame, double search, double[] frames, double render, long heapMb) {}

    private Results frameAndFilter(Story story) {
        ShownTimeline shown = ShownTimeline.of(story, "bench", WIDTH, HEIGHT);
        MainViewModel main = shown.main();
        TimelineView view = shown.view();
        Scene scene = shown.scene();
        TimelineViewModel vm = main.timeline();

        vm.zoomToFit();
        double fitStart = vm.getVisibleStart();
        double fitEnd = vm.getVisibleEnd();
        double middle = medianEventStart(vm);
        double[][] windows = {
            {fitStart, fitEnd},
            {middle - YEAR / 2, middle + YEAR / 2},
            {middle - DAY / 2, middle + DAY / 2},
        };
        double[] frames = new double[windows.length];
        for (int w = 0; w < windows.length; w++) {
            frames[w] = frameTime(view, vm, windows[w][0], windows[w][1]);
        }

        vm.setWindow(fitStart, fitEnd);
        view.layout();
        String topic = story.topics().get(0).id();
        double[] filter = new double[40];
        double[] filterAndFrame = new double[40];
        for (int i = 0; i < filter.length + 10; i++) {
            boolean on = i % 2 == 1;
            long t = System.nanoTime();
            main.filter().setTopicSelected(topic, on);
            long filtered = System.nanoTime();
            view.layout();
            long drawn = System.nanoTime();
            if (i >= 10) {
                filter[i - 10] = ms(filtered - t);
                filterAndFrame[i - 10] = ms(drawn - t);
            }
        }

        double search = typingTime(main, view, "nairobi");

        vm.setWindow(fitStart, fitEnd);
        SnapshotParameters params = new SnapshotParameters();
        WritableImage image = new WritableImage(WIDTH, HEIGHT);
        double[] render = new double[20];
        for (int i = 0; i < render.length + 5; i++) {
            double nudge = (i % 2) * (fitEnd - fitStart) / WIDTH;
            vm.setWindow(fitStart + nudge, fitEnd + nudge);
            long t = System.nanoTime();
            view.snapshot(params, image);
            if (i >= 5) {
                render[i - 5] = ms(System.nanoTime() - t);
            }
        }
        System.gc();
        System.gc();
        long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        scene.setRoot(new StackPane());
        return new Results(median(filter), median(filterAndFrame), search, frames, median(render), used >> 20);
    }

    /**
     * The median cost of one keystroke typed into the search, until the timeline shows the narrowed events: the word
     * is typed letter by letter six times over (the first time as warm-up) and the search cleared in between.
     */
    private static double typingTime(MainViewModel main, TimelineView view, String word) {
        double[] times = new double[5 * word.length()];
        for (int round = 0; round < 6; round++) {
            for (int k = 1; k <= word.length(); k++) {
                long t = System.nanoTime();
                main.filter().searchTextProperty().set(word.substring(0, k));
                view.layout();
                if (round > 0) {
                    times[(round - 1) * word.length() + k - 1] = ms(System.nanoTime() - t);
                }
            }
            main.filter().searchTextProperty().set("");
            view.layout();
        }
        return median(times);
    }

    /** The median frame over windows nudged by a pixel, so every frame is a real re-layout and redraw. */
    private static double frameTime(TimelineView view, TimelineViewModel vm, double start, double end) {
        double pixel = (end - start) / WIDTH;
        double[] times = new double[60];
        for (int i = 0; i < times.length + 30; i++) {
            double nudge = (i % 2) * pixel;
            vm.setWindow(start + nudge, end + nudge);
            long t = System.nanoTime();
            view.layout();
            if (i >= 30) {
                times[i - 30] = ms(System.nanoTime() - t);
            }
        }
        return median(times);
    }

    private static double medianEventStart(TimelineViewModel vm) {
        var events = vm.getEventsInTimeOrder();
        return events.get(events.size() / 2).startEpochSecond();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
