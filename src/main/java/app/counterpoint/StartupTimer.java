package app.counterpoint;

import app.counterpoint.viewmodel.LoadTimes;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;

/**
 * Logs, at debug level, how long after the process started the first window was drawn and the first story
 * appeared in it: the two figures of a fast start. Enable them with a java.util.logging configuration that lets
 * {@code app.counterpoint.StartupTimer} log at FINE.
 */
final class StartupTimer {

    private static final System.Logger LOG = System.getLogger(StartupTimer.class.getName());

    private final Instant processStart;
    private boolean storyShown;

    StartupTimer() {
        // not the RuntimeMXBean: java.management would cost a module and its start-up time
        processStart = ProcessStart.instant();
    }

    /**
     * Call right after {@code stage.show()}: the next pulse renders the window's first frame, and an animation
     * timer runs at the start of that pulse. {@code then} runs after that pulse, so work it starts (such as
     * loading the first story) does not compete with the first frame.
     */
    void afterFirstFrame(Runnable then) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                LOG.log(Level.DEBUG, () -> "first frame " + sinceStart() + " ms after process start" + cpuTime());
                Platform.runLater(then);
            }
        }.start();
    }

    /**
     * Logs every open's stages once the first frame with its story is drawn: read, prepare, hand-over to the UI
     * thread, show, and that frame; for the first story also how long after the process started it was on screen.
     * The frame is counted as drawn at the start of the pulse after the one that drew it.
     */
    void logOpens(ObservableValue<LoadTimes> opens) {
        opens.addListener((o, old, times) -> {
            if (times != null) {
                afterNextFrame(() -> logOpen(times, System.nanoTime()));
            }
        });
    }

    private void logOpen(LoadTimes times, long framed) {
        LOG.log(
                Level.DEBUG,
                () -> String.format(
                        Locale.ROOT,
                        "opened %s: read %d ms, prepare %d ms, hand-over %d ms, show %d ms, first frame with the"
                                + " story %d ms; from the open to that frame %d ms",
                        times.name(),
                        millis(times.read()),
                        millis(times.prepare()),
                        millis(times.handOver()),
                        millis(times.show()),
                        millis(framed - times.shown()),
                        millis(framed - times.started())));
        if (!storyShown) {
            storyShown = true;
            LOG.log(Level.DEBUG, () -> "first story shown " + sinceStart() + " ms after process start" + cpuTime());
        }
    }

    /** Runs {@code then} at the start of the second pulse from now: the next frame has then been drawn. */
    private static void afterNextFrame(Runnable then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    private static long millis(long nanos) {
        return Math.round(nanos / 1e6);
    }

    /**
     * The CPU time used so far, which unlike the wall time hardly depends on what else the machine is doing; with the
     * start-up archive, the first JVM's share too.
     */
    private static String cpuTime() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(cpu -> " (" + (cpu.toMillis() + Long.getLong(StartupArchive.FIRST_CPU, 0)) + " ms CPU)")
                .orElse("");
    }

    private long sinceStart() {
        return Duration.between(processStart, Instant.now()).toMillis();
    }
}
