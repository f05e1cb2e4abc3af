package app.counterpoint.bench;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Measures what opening a story costs the FX thread: {@link MainViewModel#show} on generated stories of 1,000, 10,000
 * and 100,000 events, each time into a fresh main view model in the state the app starts in (the comparison tab
 * shown, the coverage and across-events tabs not); and, apart, {@link PreparedStory#of}, which the loader thread runs
 * before it. View models only, no toolkit: they are what show() runs. Prints the median of several runs after
 * warm-up. Run with
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
                ? Arrays.stream(args, 1, args.length)
                        .mapToInt(Integer::parseInt)
                        .toArray()
                : DEFAULT_SIZES;
        new ShowBenchmark(System.out).run(dir, sizes);
    }

    private void run(Path dir, int[] sizes) throws Exception {
        out.printf(
                "Counterpoint show() benchmark: %d cores, max heap %d MB, Java %s%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        out.printf("%-8s %12s %12s %16s%n", "events", "show (FX)", "min", "prepare (loader)");
        for (int n : sizes) {
            Path file = dir.resolve("story-" + n + ".json");
            if (!Files.exists(file)) {
                new StoryGenerator(n).write(n, file);
            }
            LoadResult result = reader.read(file);
            if (!result.isValid()) {
                throw new IllegalStateException(
                        "generated story is invalid: " + result.problems().get(0));
            }
            measure(n, result.story());
        }
        out.printf(
                "show: MainViewModel.show of a prepared story into a fresh view model, median and minimum of %d"
                        + " runs after %d warm-up runs;%n",
                RUNS, WARM_UP);
        out.println("prepare: PreparedStory.of, run on the loader thread right after reading (median).");
    }

    private void measure(int n, Story story) {
        double[] shows = new double[RUNS];
        double[] prepares = new double[RUNS];
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            MainViewModel main = new MainViewModel(reader, Runnable::run, Runnable::run);
            main.coverage().activeProperty().set(false);
            main.actorTimeline().activeProperty().set(false);
            System.gc();
            long t0 = System.nanoTime();
            PreparedStory prepared = PreparedStory.of(story);
            long t1 = System.nanoTime();
            main.show("bench", prepared);
            long t2 = System.nanoTime();
            if (i >= WARM_UP) {
                prepares[i - WARM_UP] = (t1 - t0) / 1e6;
                shows[i - WARM_UP] = (t2 - t1) / 1e6;
            }
        }
        out.printf("%-8d %10.1fms %10.1fms %14.1fms%n", n, median(shows), min(shows), median(prepares));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }
}
