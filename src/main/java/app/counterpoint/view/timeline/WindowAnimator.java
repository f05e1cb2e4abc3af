package app.counterpoint.view.timeline;

import app.counterpoint.view.timeline.layout.PanGlide;
import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import javafx.animation.AnimationTimer;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;

/**
 * Glides the timeline's visible window to where a view-model command would put it. The view model stays free of
 * animation: the command runs once to find the target, the window is put back, and frames then call
 * {@link TimelineViewModel#setWindow} on the way. The span changes geometrically, so zooming feels even at every
 * scale; a command given while gliding starts from the pending target, so two quick "+" presses zoom twice. It also
 * carries on a drag released with speed ({@link PanGlide}), frame by frame until it stops, the user takes over or
 * something else moves the window.
 */
final class WindowAnimator {

    private static final Duration DURATION = Duration.millis(220);

    private final TimelineViewModel vm;
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final Timeline timeline = new Timeline();
    private double fromCentre;
    private double fromSpan;
    private double toStart;
    private double toEnd;
    private boolean running;

    private final AnimationTimer glideFrames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            glideStep(now);
        }
    };
    private PanGlide glide;
    private long glideStartNanos;
    private double glideWidth;
    private double glided;
    private double glideStart;
    private double glideEnd;

    WindowAnimator(TimelineViewModel vm) {
        this.vm = vm;
        progress.addListener((obs, old, t) -> step(t.doubleValue()));
        timeline.setOnFinished(e -> {
            running = false;
            vm.setWindow(toStart, toEnd);
        });
    }

    /** Runs {@code command} (a view-model zoom or fit) and glides to the window it chose. */
    void animate(Runnable command) {
        stopGlide();
        double shownStart = vm.getVisibleStart();
        double shownEnd = vm.getVisibleEnd();
        if (running) {
            vm.setWindow(toStart, toEnd);
        }
        command.run();
        double targetStart = vm.getVisibleStart();
        double targetEnd = vm.getVisibleEnd();
        timeline.stop();
        vm.setWindow(shownStart, shownEnd);
        if (targetStart == shownStart && targetEnd == shownEnd) {
            running = false;
            return;
        }
        fromCentre = (shownStart + shownEnd) / 2;
        fromSpan = shownEnd - shownStart;
        toStart = targetStart;
        toEnd = targetEnd;
        running = true;
        progress.set(0);
        timeline.getKeyFrames().setAll(new KeyFrame(DURATION, new KeyValue(progress, 1, Interpolator.EASE_BOTH)));
        timeline.playFromStart();
    }

    /** Stops gliding where the window is now, e.g. when the user grabs the timeline. */
    void stop() {
        timeline.stop();
        running = false;
        stopGlide();
    }

    /**
     * Carries on a pan released at {@code releaseNanos} (on the {@link System#nanoTime()} clock, as frames are) on a
     * canvas {@code width} pixels wide.
     */
    void glide(PanGlide glide, long releaseNanos, double width) {
        stop();
        if (!(width > 0)) {
            return;
        }
        this.glide = glide;
        glideStartNanos = releaseNanos;
        glideWidth = width;
        glided = 0;
        glideStart = vm.getVisibleStart();
        glideEnd = vm.getVisibleEnd();
        glideFrames.start();
    }

    /** Stops a released pan's glide where it is, e.g. on a key press; a zoom's glide goes on. */
    void stopGlide() {
        if (glide != null) {
            glideFrames.stop();
            glide = null;
        }
    }

    boolean isRunning() {
        return running || glide != null;
    }

    private void glideStep(long now) {
        if (glide == null) {
            return;
        }
        if (vm.getVisibleStart() != glideStart || vm.getVisibleEnd() != glideEnd) {
            // Something else moved the window (the overview, a selection scrolled into view): it wins.
            stopGlide();
            return;
        }
        double seconds = Math.max(0, now - glideStartNanos) / 1e9;
        double offset = glide.offsetAt(seconds);
        // Dragging right shows earlier times, and so does gliding on.
        vm.panByFraction(-(offset - glided) / glideWidth);
        glided = offset;
        glideStart = vm.getVisibleStart();
        glideEnd = vm.getVisibleEnd();
        if (glide.isOverAt(seconds)) {
            stopGlide();
        }
    }

    private void step(double t) {
        if (!running) {
            return;
        }
        double toSpan = toEnd - toStart;
        double span = fromSpan * Math.pow(toSpan / fromSpan, t);
        double centre = fromCentre + ((toStart + toEnd) / 2 - fromCentre) * t;
        vm.setWindow(centre - span / 2, centre + span / 2);
    }
}
