package app.counterpoint.view;

import app.counterpoint.model.Event;
import app.counterpoint.view.compare.ComparisonTabs;
import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import javafx.beans.InvalidationListener;
import javafx.scene.Scene;

/**
 * What the main window looked like when presenting began — its dividers, the timeline's visible window (the
 * teacher's zoom), the tab and scroll positions of the comparison and the details — put back exactly on leaving.
 * The dividers are put back once more when the window has its size again: leaving full screen resizes it later.
 */
final class WindowLayoutMemory {

    private static final int SETTLE_PULSES = 6;
    private static final long SETTLE_NANOS = 1_000_000_000L;

    private final MainWindow window;
    private final WindowSplits.Positions dividers;
    private final double visibleStart;
    private final double visibleEnd;
    private final Event selected;
    private final ComparisonTabs.State comparison;
    private final double detailsScroll;
    private final double sceneWidth;
    private final double sceneHeight;

    private WindowLayoutMemory(MainWindow window) {
        this.window = window;
        TimelineViewModel timeline = window.viewModel().timeline();
        dividers = window.splits().positions();
        visibleStart = timeline.getVisibleStart();
        visibleEnd = timeline.getVisibleEnd();
        selected = window.viewModel().selectedEventProperty().get();
        comparison = window.comparison().state();
        detailsScroll = window.details().getVvalue();
        Scene scene = window.getScene();
        sceneWidth = scene == null ? 0 : scene.getWidth();
        sceneHeight = scene == null ? 0 : scene.getHeight();
    }

    static WindowLayoutMemory take(MainWindow window) {
        return new WindowLayoutMemory(window);
    }

    void restore() {
        window.timeline().stopAnimation(); // a step's glide would otherwise go on over the teacher's zoom
        TimelineViewModel timeline = window.viewModel().timeline();
        timeline.setWindow(visibleStart, visibleEnd);
        Event now = window.viewModel().selectedEventProperty().get();
        boolean sameEvent = now == selected;
        if (!sameEvent) {
            timeline.ensureVisible(now); // the presentation moved on: the teacher's zoom, panned to where it is
        }
        window.splits().restore(dividers);
        putBackScroll(sameEvent);
        Scene scene = window.getScene();
        if (scene == null) {
            return;
        }
        // the presentation's larger type leaves the layout over a pulse or two; a scroll pane keeps its content's
        // place in pixels while the content changes height, so the old positions are set again once it has settled
        long until = System.nanoTime() + SETTLE_NANOS;
        int[] pulses = {0};
        Runnable[] settle = new Runnable[1];
        settle[0] = () -> {
            window.splits().restore(dividers);
            putBackScroll(sameEvent);
            if (window.comparison().sameContentHeight(comparison)
                    || ++pulses[0] >= SETTLE_PULSES
                    || System.nanoTime() > until) {
                scene.removePostLayoutPulseListener(settle[0]);
            }
        };
        scene.addPostLayoutPulseListener(settle[0]);
        if (scene.getWidth() != sceneWidth || scene.getHeight() != sceneHeight) {
            whenSizedAgain(scene, sameEvent);
        }
    }

    private void putBackScroll(boolean sameEvent) {
        window.comparison().restore(comparison, sameEvent);
        if (sameEvent) {
            window.details().setVvalue(detailsScroll);
        }
    }

    private void whenSizedAgain(Scene scene, boolean sameEvent) {
        InvalidationListener[] once = new InvalidationListener[1];
        once[0] = o -> {
            if (scene.getWidth() == sceneWidth && scene.getHeight() == sceneHeight) {
                scene.widthProperty().removeListener(once[0]);
                scene.heightProperty().removeListener(once[0]);
                window.splits().restore(dividers);
                putBackScroll(sameEvent);
            }
        };
        scene.widthProperty().addListener(once[0]);
        scene.heightProperty().addListener(once[0]);
    }
}
