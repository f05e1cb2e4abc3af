package app.counterpoint.view;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the control that has the keyboard's focus in view: a link of the comparison focused while scrolled out of
 * sight is scrolled in, as a browser does, so a keyboard user always sees where they are.
 */
final class FocusScroll {

    /** Space left above or below the revealed control. */
    private static final double MARGIN = 8;

    private FocusScroll() {}

    static void install(Scene scene) {
        scene.focusOwnerProperty().addListener((obs, old, now) -> reveal(now));
    }

    static void reveal(Node focused) {
        if (focused == null) {
            return;
        }
        for (Node p = focused.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
                revealIn(scroll, focused);
                return;
            }
        }
    }

    private static void revealIn(ScrollPane scroll, Node focused) {
        Node content = scroll.getContent();
        Bounds node = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewportHeight = scroll.getViewportBounds().getHeight();
        double range = contentHeight - viewportHeight;
        if (node == null || range <= 0) {
            return;
        }
        double span = scroll.getVmax() - scroll.getVmin();
        double offset = (scroll.getVvalue() - scroll.getVmin()) / span * range;
        double next = offset;
        if (node.getMinY() < offset) {
            next = node.getMinY() - MARGIN;
        } else if (node.getMaxY() > offset + viewportHeight) {
            next = node.getMaxY() - viewportHeight + MARGIN;
        }
        if (next != offset) {
            scroll.setVvalue(scroll.getVmin() + Math.max(0, Math.min(range, next)) / range * span);
        }
    }
}
