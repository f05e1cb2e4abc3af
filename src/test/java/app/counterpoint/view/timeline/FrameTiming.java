package app.counterpoint.view.timeline;

import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.IntConsumer;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/**
 * What the frame benchmarks (DeepTimeFrameBenchmark, LabelFrameBenchmark) share: the timeline laid out in a scene of
 * their size, and the timing of its frames as the window moves. Call on the FX thread.
 */
final class FrameTiming {

    /**
     * The frames' times, in milliseconds: wall-clock, and the FX thread's own CPU time, which a busy machine's other
     * work does not inflate.
     */
    record Frames(double[] wallMillis, double[] cpuMillis) {

        double medianWall() {
            return sorted(wallMillis)[wallMillis.length / 2];
        }

        double slowestWall() {
            return sorted(wallMillis)[wallMillis.length - 1];
        }

        double medianCpu() {
            return sorted(cpuMillis)[cpuMillis.length / 2];
        }

        private static double[] sorted(double[] values) {
            double[] copy = values.clone();
            Arrays.sort(copy);
            return copy;
        }
    }

    private FrameTiming() {}

    /** A timeline on {@code vm}, in a scene of {@code width} x {@code height}, styled and laid out once. */
    static TimelineView laidOut(TimelineViewModel vm, int width, int height) {
        TimelineView view = new TimelineView(vm);
        new Scene(new StackPane(view), width, height);
        view.applyCss();
        view.resize(width, height);
        view.layout();
        return view;
    }

    /**
     * Times {@code count} frames after {@code warmUp} untimed ones. Before frame {@code i} (from {@code -warmUp} to
     * {@code count - 1}) {@code move} sets the window; the frame is the view's layout (which draws); after each timed
     * frame {@code timed} is told its index, to read what the frame did.
     */
    static Frames time(TimelineView view, int warmUp, int count, IntConsumer move, IntConsumer timed) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[count];
        double[] cpu = new double[count];
        for (int i = -warmUp; i < count; i++) {
            move.accept(i);
            long t = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            view.layout();
            if (i >= 0) {
                wall[i] = (System.nanoTime() - t) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                timed.accept(i);
            }
        }
        return new Frames(wall, cpu);
    }
}
