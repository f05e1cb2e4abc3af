package app.counterpoint.bench;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import app.counterpoint.io.json.ReadLimits;
import app.counterpoint.model.Story;
import app.counterpoint.view.timeline.TimelineView;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/**
 * Does the cost grow linearly with the story? For generated stories of 10,000, 100,000 and 1,000,000 events (one
 * statement each), each measured in a fresh JVM with default flags (as a user's start is: the collector and heap the
 * JVM picks, no warm-up on smaller files), prints time and memory per event for: the load (the real
 * {@link StoryReader}), showing it ({@link MainViewModel#show}: preparing and every view model), a topic filter change
 * and a search keystroke (the real view-model path, until the timeline is laid out and drawn again), and one
 * 1600x600 timeline frame at three zooms (the whole story, a year, a day); the heap with the story shown; and the
 * ratio of each per-event figure at 1,000,000 to that at 100,000 (target at most 1.5) and the heap at 1,000,000
 * (target under 1 GB).
 *
 * <pre>mvn -q -Pbench test-compile exec:exec -Dbench.main=app.counterpoint.bench.ScalingBenchmark</pre>
 *
 * <p>Optional arguments: a directory for the generated files (kept between runs), then the sizes. A story whose file
 * is larger than a stranger's file may be ({@link ReadLimits#MAX_FILE_BYTES}, 64 MB: 1,000,000 events take about
 * 350 MB) is read with the limit raised just enough, as {@code --max-size} does for its maker. Memory is the bytes the FX thread allocated per step
 * (the reading thread's for the load), and the used heap after a collection for the story shown.
 */
public final class ScalingBenchmark {

    private static final int[] DEFAULT_SIZES = {10_000, 100_000, 1_000_000};
    private static final String RESULT = "RESULT ";
    private static final double DAY = 86_400;
    private static final double YEAR = 365.2425 * DAY;
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 600;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** One step's median time and allocation. */
    private record Cost(double millis, double bytes) {}

    private ScalingBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--one")) {
            measureOne(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("counterpoint-scaling");
        int[] sizes = args.length > 1
                ? Arrays.stream(args, 1, args.length)
                        .mapToInt(Integer::parseInt)
                        .toArray()
                : DEFAULT_SIZES;
        Map<Integer, Map<String, Double>> results = new LinkedHashMap<>();
        for (int n : sizes) {
            generate(dir, n);
            results.put(n, inFreshJvm(dir, n));
        }
        print(results);
    }

    /** The story's one file, made by the generator. */
    private static Path file(Path dir, int n) {
        return dir.resolve("scaling-" + n + ".json");
    }

    private static void generate(Path dir, int n) throws IOException {
        Path file = file(dir, n);
        if (!Files.exists(file)) {
            new StoryGenerator(n).write(n, 1, true, file);
        }
    }

    /** Runs {@code --one} in a new JVM with default flags on this classpath, and reads its results. */
    private static Map<String, Double> inFreshJvm(Path dir, int n) throws IOException, InterruptedException {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ScalingBenchmark.class.getName(),
                "--one",
                dir.toString(),
                Integer.toString(n));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, Double> result = new LinkedHashMap<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(RESULT)) {
                    String[] pair = line.substring(RESULT.length()).split("=");
                    result.put(pair[0], Double.parseDouble(pair[1]));
                } else {
                    System.out.println("  [" + n + "] " + line);
                }
            }
        }
        if (child.waitFor() != 0) {
            throw new IllegalStateException("the benchmark of " + n + " events failed");
        }
        return result;
    }

    /** In the fresh JVM: measures one size and prints {@code RESULT name=value} lines. */
    private static void measureOne(Path dir, int n) throws Exception {
        long id = Thread.currentThread().getId();
        long bytes0 = THREADS.getThreadAllocatedBytes(id);
        long t0 = System.nanoTime();
        Story story = read(file(dir, n));
        long t1 = System.nanoTime();
        result("load ms", (t1 - t0) / 1e6);
        result("load bytes", THREADS.getThreadAllocatedBytes(id) - bytes0);
        result("events", story.events().size());
        HeadlessFx.start();
        try {
            HeadlessFx.call(() -> {
                onFxThread(story);
                return null;
            });
        } finally {
            javafx.application.Platform.exit();
        }
    }

    /**
     * The real reader, with the limit raised just enough for a file over a stranger's limit, as a user who made the file
     * raises it with {@code --max-size}.
     */
    private static Story read(Path file) throws IOException {
        long size = Files.size(file);
        ReadLimits limits = size > ReadLimits.MAX_FILE_BYTES
                ? ReadLimits.ofMegabytes((int) ReadLimits.megabytesFor(size))
                : ReadLimits.DEFAULT;
        LoadResult result = new StoryReader(limits).read(file);
        if (!result.isValid()) {
            throw new IllegalStateException(
                    "generated story is invalid: " + result.problems().get(0));
        }
        return result.story();
    }

    private static void onFxThread(Story story) {
        long id = Thread.currentThread().getId();
        long bytes0 = THREADS.getThreadAllocatedBytes(id);
        long t0 = System.nanoTime();
        ShownTimeline shown = ShownTimeline.of(story, "scaling", WIDTH, HEIGHT);
        MainViewModel main = shown.main();
        TimelineView view = shown.view();
        Scene scene = shown.scene();
        result("show ms", (System.nanoTime() - t0) / 1e6);
        result("show bytes", THREADS.getThreadAllocatedBytes(id) - bytes0);
        System.gc();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        result("heap MB", (runtime.totalMemory() - runtime.freeMemory()) / 1e6);
        result("max heap MB", runtime.maxMemory() / 1e6);

        TimelineViewModel vm = main.timeline();
        vm.zoomToFit();
        double fitStart = vm.getVisibleStart();
        double fitEnd = vm.getVisibleEnd();
        var inOrder = vm.getEventsInTimeOrder();
        double middle = inOrder.get(inOrder.size() / 2).startEpochSecond();
        String[] zooms = {"frame all", "frame year", "frame day"};
        double[][] windows = {
            {fitStart, fitEnd},
            {middle - YEAR / 2, middle + YEAR / 2},
            {middle - DAY / 2, middle + DAY / 2},
        };
        for (int w = 0; w < windows.length; w++) {
            double start = windows[w][0];
            double end = windows[w][1];
            double pixel = (end - start) / WIDTH;
            // nudged by a pixel each time, so every frame is a real layout and redraw
            result(zooms[w], measure(30, 60, i -> {
                double nudge = (i % 2) * pixel;
                vm.setWindow(start + nudge, end + nudge);
                view.layout();
            }));
        }

        vm.setWindow(fitStart, fitEnd);
        view.layout();
        String topic = story.topics().get(0).id();
        result("filter", measure(6, 20, i -> {
            main.filter().setTopicSelected(topic, i % 2 == 1);
            view.layout();
        }));
        main.filter().setTopicSelected(topic, true);
        view.layout();

        result("search", typing(main, view, "nairobi", 1, 7));
        // the first letter of a search, which looks at every event the choices let through (the rest look only
        // among the events the letters before found)
        result("search, first letter", typing(main, view, "nairobi", 1, 1));

        // the same with the Events list tab open, as a teacher who works through the list has it
        main.eventsList().activeProperty().set(true);
        view.layout();
        System.gc();
        System.gc();
        result("heap, events list open MB", (runtime.totalMemory() - runtime.freeMemory()) / 1e6);
        result("filter, events list open", measure(6, 20, i -> {
            main.filter().setTopicSelected(topic, i % 2 == 1);
            view.layout();
        }));
        main.filter().setTopicSelected(topic, true);
        view.layout();
        scene.setRoot(new StackPane());
    }

    /**
     * One keystroke typed into the search until the timeline is drawn again: the word typed letter by letter six
     * times, the first as warm-up, the search cleared in between (not counted); of each round the letters
     * {@code fromLetter} to {@code toLetter} (from 1) are counted.
     */
    private static Cost typing(MainViewModel main, TimelineView view, String word, int fromLetter, int toLetter) {
        long id = Thread.currentThread().getId();
        int counted = toLetter - fromLetter + 1;
        double[] millis = new double[5 * counted];
        double[] bytes = new double[millis.length];
        for (int round = 0; round < 6; round++) {
            for (int k = 1; k <= word.length(); k++) {
                long b = THREADS.getThreadAllocatedBytes(id);
                long t = System.nanoTime();
                main.filter().searchTextProperty().set(word.substring(0, k));
                view.layout();
                if (round > 0 && k >= fromLetter && k <= toLetter) {
                    millis[(round - 1) * counted + k - fromLetter] = (System.nanoTime() - t) / 1e6;
                    bytes[(round - 1) * counted + k - fromLetter] = THREADS.getThreadAllocatedBytes(id) - b;
                }
            }
            main.filter().searchTextProperty().set("");
            view.layout();
        }
        return new Cost(median(millis), median(bytes));
    }

    /** The median time and allocation of {@code runs} steps after {@code warmUp}. */
    private static Cost measure(int warmUp, int runs, IntConsumer step) {
        long id = Thread.currentThread().getId();
        double[] millis = new double[runs];
        double[] bytes = new double[runs];
        for (int i = 0; i < warmUp + runs; i++) {
            long b = THREADS.getThreadAllocatedBytes(id);
            long t = System.nanoTime();
            step.accept(i);
            if (i >= warmUp) {
                millis[i - warmUp] = (System.nanoTime() - t) / 1e6;
                bytes[i - warmUp] = THREADS.getThreadAllocatedBytes(id) - b;
            }
        }
        return new Cost(median(millis), median(bytes));
    }

    private static void result(String name, Cost cost) {
        result(name + " ms", cost.millis());
        result(name + " bytes", cost.bytes());
    }

    private static void result(String name, double value) {
        System.out.println(RESULT + name + "=" + value);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void print(Map<Integer, Map<String, Double>> results) {
        System.out.printf(
                Locale.ROOT,
                "Counterpoint scaling benchmark: each size in a fresh JVM with default flags, %d cores, Java %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        List<Integer> sizes = new ArrayList<>(results.keySet());
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-30s", "step"));
        for (int n : sizes) {
            head.append(String.format(Locale.ROOT, " | %,10d events: total, per event", n));
        }
        boolean ratio = results.containsKey(100_000) && results.containsKey(1_000_000);
        if (ratio) {
            head.append(" | per event 1M/100k");
        }
        System.out.println(head);
        for (String step : List.of(
                "load",
                "show",
                "filter",
                "filter, events list open",
                "search",
                "search, first letter",
                "frame all",
                "frame year",
                "frame day")) {
            for (String unit : List.of("ms", "bytes")) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-30s", step + " " + unit));
                for (int n : sizes) {
                    double value = results.get(n).get(step + " " + unit);
                    row.append(
                            unit.equals("ms")
                                    ? String.format(Locale.ROOT, " | %11.2f ms %14.1f ns", value, value * 1e6 / n)
                                    : String.format(Locale.ROOT, " | %11.1f MB %15.1f B", value / 1e6, value / n));
                }
                if (ratio) {
                    double perMillion = results.get(1_000_000).get(step + " " + unit) / 1_000_000;
                    double perHundredThousand = results.get(100_000).get(step + " " + unit) / 100_000;
                    row.append(String.format(Locale.ROOT, " | %8.2fx", perMillion / perHundredThousand));
                }
                System.out.println(row);
            }
        }
        for (String step : List.of("heap", "heap, events list open")) {
            StringBuilder heap = new StringBuilder(String.format(Locale.ROOT, "%-30s", step));
            for (int n : sizes) {
                double mb = results.get(n).get(step + " MB");
                heap.append(String.format(Locale.ROOT, " | %11.0f MB %15.0f B", mb, mb * 1e6 / n));
            }
            System.out.println(heap);
        }
        if (results.containsKey(1_000_000)) {
            Map<String, Double> million = results.get(1_000_000);
            System.out.printf(
                    Locale.ROOT,
                    "heap with 1,000,000 events shown: %.0f MB, with the Events list open %.0f MB (target < 1,000 MB;"
                            + " max heap %.0f MB)%n",
                    million.get("heap MB"),
                    million.get("heap, events list open MB"),
                    million.get("max heap MB"));
        }
        System.out.println("load: StoryReader.read of the file (its limit raised just enough above 64 MB);"
                + " show: MainViewModel.show and the first timeline layout; filter: one topic toggled, until the"
                + " timeline is laid out and drawn (median of 20), as the app starts (the Events list tab not shown)"
                + " and with the Events list open; search: one keystroke of \"nairobi\" (median of"
                + " 35), and its first letter alone (median of 5); frame: one 1600x600 timeline layout and draw (median of 60); bytes: allocated by the thread"
                + " doing it; heap: used after GC with the story shown.");
    }
}
