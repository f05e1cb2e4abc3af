package app.counterpoint.view.compare;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * Keeps the top row of a grid in a scroll pane in view, as CSS {@code position: sticky} does: once the rows scroll
 * up past the top of the viewport, the row's nodes move down by as much. They stay in the grid, so they keep its
 * column widths and scroll sideways with it. A backdrop spanning the row hides the rows passing under it.
 */
final class PinnedHeaderRow {

    /** Set on the backdrop while the row floats over the rows, so it can show an edge. */
    static final PseudoClass PINNED = PseudoClass.getPseudoClass("pinned");

    private final ScrollPane scroll;
    private final Region backdrop;
    private List<? extends Node> headers = List.of();

    /**
     * @param backdrop a region in the grid spanning the whole header row (filling its height); the row's top and
     *                 height are read from it
     */
    PinnedHeaderRow(ScrollPane scroll, Region backdrop) {
        this.scroll = scroll;
        this.backdrop = backdrop;
        // drawn, and picked, above the rows it floats over; the headers above the backdrop
        backdrop.setViewOrder(-1);
        InvalidationListener update = o -> update();
        scroll.viewportBoundsProperty().addListener(update);
        backdrop.layoutYProperty().addListener(update);
        backdrop.heightProperty().addListener(update);
        backdrop.parentProperty().addListener(update);
        // a change listener, not an invalidation one: the transform is computed lazily and would only tell once
        backdrop.localToSceneTransformProperty().addListener((obs, old, now) -> update());
    }

    /** The nodes of the header row, rebuilt with the grid. */
    void setHeaders(List<? extends Node> headers) {
        this.headers = List.copyOf(headers);
        for (Node n : this.headers) {
            n.setViewOrder(-2);
        }
        update();
    }

    /**
     * How far the row moves down: the distance the viewport's top has passed the row's top, never upwards and
     * never past the end of the grid.
     *
     * @param viewportTop the viewport's top in the grid's coordinates
     * @param rowTop      the row's top in the grid's coordinates
     * @param room        how far the row can move before its bottom meets the grid's bottom
     */
    static double offset(double viewportTop, double rowTop, double room) {
        return Math.max(0, Math.min(viewportTop - rowTop, room));
    }

    private void update() {
        if (!(backdrop.getParent() instanceof Region grid) || grid.getScene() == null) {
            return;
        }
        Point2D viewportTop = grid.sceneToLocal(scroll.localToScene(0, scroll.snappedTopInset()));
        if (viewportTop == null) {
            return;
        }
        double rowTop = backdrop.getLayoutY();
        double room = grid.getHeight() - grid.snappedBottomInset() - rowTop - backdrop.getHeight();
        double offset = offset(viewportTop.getY(), rowTop, room);
        backdrop.setTranslateY(offset);
        backdrop.pseudoClassStateChanged(PINNED, offset > 0);
        for (Node n : headers) {
            n.setTranslateY(offset);
        }
    }
}
