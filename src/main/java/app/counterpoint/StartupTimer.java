package app.counterpoint;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * Logs, at debug level, how long after the process started the first window was drawn and the first story
 * appeared in it: the two figures of a fast start. Enable them with a java.util.logging configuration that lets
 * {@code app.counterpoint.StartupTimer} log at FINE.
 */
final class StartupTimer {

    private static final System.Logger LOG = System.getLogger(StartupTimer.class.getName());

    private final Instant processStart;

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

    /** Logs once when {@code story} first becomes non-null: the first story is on screen. */
    <T> void logFirstStory(ObservableValue<T> story) {
        story.addListener(new ChangeListener<T>() {
            @Override
            public void changed(ObservableValue<? extends T> observable, T old, T now) {
                if (now != null) {
                    observable.removeListener(this);
                    LOG.log(
                            Level.DEBUG,
                            () -> "first story shown " + sinceStart() + " ms after process start" + cpuTime());
                }
            }
        });
    }

    /** The CPU time used so far, which unlike the wall time hardly depends on what else the machine is doing. */
    private static String cpuTime() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(cpu -> " (" + cpu.toMillis() + " ms CPU)")
                .orElse("");
    }

    private long sinceStart() {
        return Duration.between(processStart, Instant.now()).toMillis();
    }
}
