package app.counterpoint.view;

import app.counterpoint.view.compare.ComparisonTabs;
import app.counterpoint.view.present.PresentationHeader;
import app.counterpoint.view.timeline.TimelineToolbar;
import javafx.css.PseudoClass;
import javafx.scene.layout.VBox;

/**
 * Swaps the main window between its normal layout and presenting's: no menu or status bar, no details pane, the
 * current event's title on top; on leaving, the window is put back as the teacher left it.
 */
final class PresentingLayout {

    private static final PseudoClass PRESENTING = PseudoClass.getPseudoClass("presenting");

    private final MainWindow window;
    private final VBox normalTop;
    private final PresentationHeader presentingTop;
    private final StatusBar statusBar;
    private final BesideComparison beside;
    private final ComparisonTabs comparison;
    private final TimelineToolbar timelineToolbar;
    private final WindowSplits splits;
    private final WindowStyling styling;
    private final PresentationZoom zoom;
    /** The window as the teacher left it on pressing F5, put back on leaving; null while not presenting. */
    private WindowLayoutMemory beforePresenting;

    PresentingLayout(
            MainWindow window,
            VBox normalTop,
            PresentationHeader presentingTop,
            StatusBar statusBar,
            BesideComparison beside,
            ComparisonTabs comparison,
            TimelineToolbar timelineToolbar,
            WindowSplits splits,
            WindowStyling styling,
            PresentationZoom zoom) {
        this.window = window;
        this.normalTop = normalTop;
        this.presentingTop = presentingTop;
        this.statusBar = statusBar;
        this.beside = beside;
        this.comparison = comparison;
        this.timelineToolbar = timelineToolbar;
        this.splits = splits;
        this.styling = styling;
        this.zoom = zoom;
    }

    void setPresenting(boolean presenting) {
        if (presenting) {
            beforePresenting = WindowLayoutMemory.take(window);
        }
        window.setTop(presenting ? presentingTop : normalTop);
        window.setBottom(presenting ? null : statusBar);
        beside.place();
        window.pseudoClassStateChanged(PRESENTING, presenting);
        comparison.setPresenting(presenting);
        // the audience needs the events, not the controls for arranging them
        timelineToolbar.setVisible(!presenting);
        timelineToolbar.setManaged(!presenting);
        styling.applyFontScale();
        if (presenting) {
            splits.placeTimeline();
            zoom.zoomOnEntering();
        } else if (beforePresenting != null) {
            beforePresenting.restore();
            beforePresenting = null;
        }
    }
}
