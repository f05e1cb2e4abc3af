package app.counterpoint.bench;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import app.counterpoint.io.json.ReadLimits;
import app.counterpoint.model.Story;
import app.counterpoint.view.timeline.TimelineView;
import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import jdk.jfr.Recording;

/**
 * Profiles one 1600x600 timeline frame at the benchmark's three zooms (the whole story, a year, a day) on a generated
 * story: prints each zoom's median wall time, its median CPU time on the FX thread (steadier while other work shares
 * the machine) and the bytes that thread allocates per frame, and records its execution samples of that zoom alone
 * to {@code <out>-<zoom>.jfr}. Arguments: the story file, the output prefix, and optionally how many frames per zoom.
 */
public final class FrameProbe {

    private static final double DAY = 86_400;
    private static final double YEAR = 365.2425 * DAY;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    private FrameProbe() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String out = args[1];
        int frames = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        LoadResult result = new StoryReader(ReadLimits.ofMegabytes(400)).read(file);
        Story story = result.story();
        HeadlessFx.start();
        try {
            HeadlessFx.call(() -> {
                try {
                    probe(story, out, frames);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return null;
            });
        } finally {
            javafx.application.Platform.exit();
        }
    }

    private static void probe(Story story, String out, int frames) throws java.io.IOException {
        ShownTimeline shown = ShownTimeline.of(story, "probe", 1600, 600);
        TimelineViewModel vm = shown.main().timeline();
        TimelineView view = shown.view();
        vm.zoomToFit();
        double fitStart = vm.getVisibleStart();
        double fitEnd = vm.getVisibleEnd();
        var inOrder = vm.getEventsInTimeOrder();
        double middle = inOrder.get(inOrder.size() / 2).startEpochSecond();
        String[] zooms = {"all", "year", "day"};
        double[][] windows = {
            {fitStart, fitEnd}, {middle - YEAR / 2, middle + YEAR / 2}, {middle - DAY / 2, middle + DAY / 2},
        };
        for (int w = 0; w < windows.length; w++) {
            double start = windows[w][0];
            double end = windows[w][1];
            double pixel = (end - start) / 1600;
            for (int i = 0; i < 60; i++) {
                vm.setWindow(start + (i % 2) * pixel, end + (i % 2) * pixel);
                view.layout();
            }
            double[] millis = new double[frames];
            double[] cpu = new double[frames];
            long thread = Thread.currentThread().getId();
            long bytesBefore = THREADS.getThreadAllocatedBytes(thread);
            try (Recording recording = new Recording()) {
                recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
                recording.start();
                for (int i = 0; i < frames; i++) {
                    long t = System.nanoTime();
                    long c = THREADS.getCurrentThreadCpuTime();
                    vm.setWindow(start + (i % 2) * pixel, end + (i % 2) * pixel);
                    view.layout();
                    cpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
                    millis[i] = (System.nanoTime() - t) / 1e6;
                }
                recording.stop();
                recording.dump(Path.of(out + "-" + zooms[w] + ".jfr"));
            }
            double bytes = (double) (THREADS.getThreadAllocatedBytes(thread) - bytesBefore) / frames;
            Arrays.sort(millis);
            Arrays.sort(cpu);
            System.out.printf(
                    java.util.Locale.ROOT,
                    "RESULT frame %s ms=%.2f cpu-ms=%.2f bytes=%.0f%n",
                    zooms[w],
                    millis[frames / 2],
                    cpu[frames / 2],
                    bytes);
        }
    }
}
