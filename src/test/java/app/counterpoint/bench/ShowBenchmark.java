package app.counterpoint.bench;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.MainViewModel;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Measures what opening a story costs the FX thread: {@link MainViewModel#show} on generated stories of 1,000, 10,000
 * and 100,000 events, each time into a fresh main view model in the state the app starts in (the comparison tab
 * shown, the coverage and across-events tabs not). View models only, no toolkit: they are what show() runs.
 * Prints the median of several runs after warm-up. Run with
 * {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=app.counterpoint.bench.ShowBenchmark}; optional
 * arguments: a directory for the generated files (kept between runs), then the sizes.
 */
public final class ShowBenchmark {

    private static final int[] DEFAULT_SIZES = {1_000, 10_000, 100_000};
    private static final int WARM_UP = 3;
    private static final int RUNS = 9;

    private final PrintStream out;
    private final StoryReader reader = new StoryReader();

    private ShowBenchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("counterpoint-bench");
        int[] sizes = args.length > 1
                ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray() : DEFAULT_SIZES;
        new ShowBenchmark(System.out).run(dir, sizes);
    }

    private void run(Path dir, int[] sizes) throws Exception {
        out.printf("Counterpoint show() benchmark: %d cores, max heap %d MB, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        out.printf("%-8s %12s %12s%n", "events", "show (FX)", "min");
        for (int n : sizes) {
            Path file = dir.resolve("story-" + n + ".json");
            if (!Files.exists(file)) {
                new StoryGenerator(n).write(n, file);
            }
            LoadResult result = reader.read(file);
            if (!result.isValid()) {
                throw new IllegalStateException("generated story is invalid: " + result.problems().get(0));
            }
            measure(n, result.story());
        }
        out.printf("show: MainViewModel.show into a fresh view model, median and minimum of %d runs after %d"
                + " warm-up runs%n", RUNS, WARM_UP);
    }

    private void measure(int n, Story story) {
        double[] times = new double[RUNS];
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            MainViewModel main = new MainViewModel(reader, Runnable::run, Runnable::run);
            main.coverage().activeProperty().set(false);
            main.actorTimeline().activeProperty().set(false);
            System.gc();
            long t = System.nanoTime();
            main.show("bench", story);
            double ms = (System.nanoTime() - t) / 1e6;
            if (i >= WARM_UP) {
                times[i - WARM_UP] = ms;
            }
        }
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        out.printf("%-8d %10.1fms %10.1fms%n", n, sorted[sorted.length / 2], sorted[0]);
    }
}
