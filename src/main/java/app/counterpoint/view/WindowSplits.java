package app.counterpoint.view;

import java.util.function.DoubleSupplier;
import javafx.beans.property.DoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * The window's two dividers. The timeline sits above the lower half with the share the user dragged it to (kept in
 * the settings), or else with the height its rows need, the comparison getting the rest; the details pane keeps a
 * width of its own beside the comparison. Both are taken and put back whole around presenting.
 */
final class WindowSplits {

    /** The timeline gets at least this share of the height, and at most that one, whatever its rows need. */
    private static final double MIN_SHARE = 0.18;

    private static final double MAX_SHARE = 0.6;
    private static final double DETAILS_SHARE = 0.24;
    private static final double MIN_DETAILS_WIDTH = 240;
    private static final double MAX_DETAILS_WIDTH = 380;

    /** The dividers at one moment, to put back. */
    record Positions(double timeline, double details) {}

    private final SplitPane main;
    private final SplitPane lower;
    private final DoubleProperty userShare;
    private final DoubleSupplier timelineNeed;
    private boolean detailsPlaced;
    private double pressedAt = Double.NaN;

    /**
     * @param userShare    the timeline's share the user chose by dragging, NaN for none; set on each drag
     * @param timelineNeed the height in pixels the timeline, its toolbar and its overview need now
     */
    WindowSplits(SplitPane main, SplitPane lower, DoubleProperty userShare, DoubleSupplier timelineNeed) {
        this.main = main;
        this.lower = lower;
        this.userShare = userShare;
        this.timelineNeed = timelineNeed;
        main.heightProperty().addListener((obs, old, h) -> placeTimeline());
        userShare.addListener((obs, old, share) -> placeTimeline());
        lower.widthProperty().addListener((obs, old, w) -> {
            if (!detailsPlaced && w.doubleValue() > 0 && lower.getItems().size() == 2) {
                detailsPlaced = true;
                placeDetails();
            }
        });
        // only a drag of the divider is the user's choice; the window's own placing is not remembered
        main.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            pressedAt = isMainDivider(e) ? main.getDividerPositions()[0] : Double.NaN;
        });
        main.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (!Double.isNaN(pressedAt) && main.getDividerPositions()[0] != pressedAt) {
                userShare.set(main.getDividerPositions()[0]);
            }
            pressedAt = Double.NaN;
        });
    }

    private boolean isMainDivider(MouseEvent e) {
        for (Object o = e.getTarget(); o instanceof Node n; o = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return n.getParent() == main;
            }
        }
        return false;
    }

    /** Gives the timeline the user's share, or the height its rows need; call when what it shows changes. */
    void placeTimeline() {
        double height = main.getHeight();
        if (height <= 0) {
            return;
        }
        double share = userShare.get();
        if (Double.isNaN(share)) {
            share = Math.max(MIN_SHARE, Math.min(MAX_SHARE, timelineNeed.getAsDouble() / height));
        }
        if (Math.abs(main.getDividerPositions()[0] - share) > 1e-6) {
            main.setDividerPositions(share);
        }
    }

    private void placeDetails() {
        double width = lower.getWidth();
        double details = Math.max(MIN_DETAILS_WIDTH, Math.min(MAX_DETAILS_WIDTH, width * DETAILS_SHARE));
        lower.setDividerPositions(1 - details / width);
    }

    /** The details pane is back beside the comparison (after presenting): it gets its width again. */
    void detailsReturned() {
        if (lower.getWidth() > 0) {
            placeDetails();
        } else {
            detailsPlaced = false;
        }
    }

    /** The source reader took the details' place: it gets the larger share, the text needs the width to read. */
    void readerShown() {
        if (lower.getItems().size() == 2) {
            lower.setDividerPositions(READER_COMPARISON_SHARE);
        }
    }

    /** The comparison's share beside the source reader: the reader gets more than the details would. */
    private static final double READER_COMPARISON_SHARE = 0.55;

    Positions positions() {
        double[] l = lower.getDividerPositions();
        return new Positions(main.getDividerPositions()[0], l.length > 0 ? l[0] : Double.NaN);
    }

    void restore(Positions p) {
        main.setDividerPositions(p.timeline());
        if (!Double.isNaN(p.details()) && lower.getItems().size() == 2) {
            lower.setDividerPositions(p.details());
        }
    }
}
