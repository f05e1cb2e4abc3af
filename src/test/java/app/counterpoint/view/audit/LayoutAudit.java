package app.counterpoint.view.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * Walks a laid-out scene and reports what a person at the back of the room would see as broken: a control or text
 * cut by the window's edge or by a parent that clips it, two siblings drawn over each other, a child wider than the
 * box it sits in, a label or button showing an ellipsis or breaking a word, a text field's prompt cut, a header that cannot be reached
 * by scrolling. Reusable for any window and any language: it knows nothing of Counterpoint but style classes the
 * caller names. Call on the FX thread, after layout.
 */
public final class LayoutAudit {

    /** Rounding: JavaFX snaps to pixels, so edges may stand out by a fraction. */
    private static final double SLACK = 1.0;

    private final Scene scene;
    private final List<String> findings = new ArrayList<>();

    private LayoutAudit(Scene scene) {
        this.scene = scene;
    }

    /**
     * Every finding in the scene: cut, overlapping, overflowing, ellipsised or unreachable nodes, one line each.
     *
     * @param mustBeReachable the style classes of nodes that must be visible or reachable by scrolling, such as
     *                        column headers
     */
    public static List<String> audit(Scene scene, Set<String> mustBeReachable) {
        LayoutAudit audit = new LayoutAudit(scene);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        audit.walk(scene.getRoot(), mustBeReachable);
        return List.copyOf(audit.findings);
    }

    /**
     * The scene bounds of every shown node, keyed by its place in the tree (its class and index under each parent),
     * to compare the same window before and after something: a node a control made anew in the same place (a split
     * pane's divider) counts as the same node.
     */
    public static Map<String, Bounds> bounds(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        Map<String, Bounds> all = new LinkedHashMap<>();
        collect(scene.getRoot(), scene.getRoot().getClass().getSimpleName(), all);
        return all;
    }

    private static void collect(Node node, String key, Map<String, Bounds> all) {
        if (!node.isVisible()) {
            return;
        }
        all.put(key, node.localToScene(node.getLayoutBounds()));
        if (node instanceof Parent p) {
            // numbered among the siblings of the same kind, so that a child taken out and put back (a window's
            // top while presenting) keeps its key though its index in the list changed
            Map<String, Integer> seen = new java.util.HashMap<>();
            for (Node child : p.getChildrenUnmodifiable()) {
                String kind = child.getClass().getSimpleName()
                        + (child.getId() == null ? "" : "#" + child.getId())
                        + String.join(".", child.getStyleClass());
                int n = seen.merge(kind, 1, Integer::sum);
                collect(child, key + "/" + kind + "[" + n + "]", all);
            }
        }
    }

    /** The nodes whose bounds differ between two {@link #bounds} of the same scene, and those shown in one only. */
    public static List<String> differences(Map<String, Bounds> before, Map<String, Bounds> after) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Bounds> e : before.entrySet()) {
            Bounds now = after.get(e.getKey());
            if (now == null) {
                out.add(e.getKey() + " was shown before and is not now");
            } else if (!close(e.getValue(), now)) {
                out.add(e.getKey() + " moved or resized: " + format(e.getValue()) + " -> " + format(now));
            }
        }
        for (String key : after.keySet()) {
            if (!before.containsKey(key)) {
                out.add(key + " is shown now and was not before");
            }
        }
        return out;
    }

    private static boolean close(Bounds a, Bounds b) {
        return Math.abs(a.getMinX() - b.getMinX()) < 0.5
                && Math.abs(a.getMinY() - b.getMinY()) < 0.5
                && Math.abs(a.getWidth() - b.getWidth()) < 0.5
                && Math.abs(a.getHeight() - b.getHeight()) < 0.5;
    }

    private void walk(Node node, Set<String> mustBeReachable) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        Bounds b = node.getLayoutBounds();
        boolean sized = b.getWidth() > 0 && b.getHeight() > 0;
        if (sized && isChecked(node)) {
            checkInside(node);
        }
        if (sized && node instanceof Labeled labeled) {
            checkEllipsis(labeled);
            checkWholeWords(labeled);
        }
        if (sized && node instanceof TextInputControl field) {
            checkPrompt(field);
        }
        if (sized && node.getStyleClass().stream().anyMatch(mustBeReachable::contains)) {
            checkReachable(node);
        }
        if (node instanceof Parent p) {
            if (isLayoutPane(p)) {
                checkChildren((Region) p);
            }
            if (node instanceof TextInputControl) {
                return; // its text is clipped and scrolled on purpose; the prompt check covers it
            }
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, mustBeReachable);
            }
        }
    }

    /** Controls, and texts that are not a control's own (the words of a text flow). */
    private static boolean isChecked(Node node) {
        if (node instanceof Control) {
            return true;
        }
        return node instanceof Text && nearestControl(node) == null;
    }

    private static Control nearestControl(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Control c) {
                return c;
            }
        }
        return null;
    }

    /**
     * The node must lie inside the window and inside every parent that clips it. Inside a scroll pane only the part
     * in its viewport counts: the rest is reached by scrolling, along each axis the pane scrolls.
     */
    private void checkInside(Node node) {
        Bounds box = node.localToScene(node.getLayoutBounds());
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getClip() == null) {
                continue;
            }
            Bounds clip = p.localToScene(p.getClip().getBoundsInParent());
            if (!overlaps(box, clip)) {
                return; // scrolled or clipped out of sight entirely: nothing of it shows
            }
            ScrollPane scroll = scrollPaneOfViewport(p);
            boolean freeX = scroll != null && scroll.getHbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER;
            // a list (a ListView's virtual flow) scrolls its cells up and down as a scroll pane does
            boolean freeY = scroll != null && scroll.getVbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER
                    || isVerticalListViewport(p);
            if (!freeX && (box.getMinX() < clip.getMinX() - SLACK || box.getMaxX() > clip.getMaxX() + SLACK)) {
                findings.add(describe(node) + " is cut at the side by " + describe(p) + ": " + format(box) + " in "
                        + format(clip));
                return;
            }
            if (!freeY && (box.getMinY() < clip.getMinY() - SLACK || box.getMaxY() > clip.getMaxY() + SLACK)) {
                findings.add(describe(node) + " is cut at the top or bottom by " + describe(p) + ": " + format(box)
                        + " in " + format(clip));
                return;
            }
            box = intersection(box, clip);
        }
        double w = scene.getWidth();
        double h = scene.getHeight();
        if (box.getMinX() < -SLACK
                || box.getMaxX() > w + SLACK
                || box.getMinY() < -SLACK
                || box.getMaxY() > h + SLACK) {
            findings.add(
                    describe(node) + " lies partly outside the " + (int) w + "x" + (int) h + " window: " + format(box));
        }
    }

    private static Bounds intersection(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        return new BoundingBox(
                minX, minY, Math.min(a.getMaxX(), b.getMaxX()) - minX, Math.min(a.getMaxY(), b.getMaxY()) - minY);
    }

    private static boolean overlaps(Bounds a, Bounds b) {
        return a.getMaxX() > b.getMinX()
                && a.getMinX() < b.getMaxX()
                && a.getMaxY() > b.getMinY()
                && a.getMinY() < b.getMaxY();
    }

    /** Whether {@code p} is the clipped viewport of a vertical list's cells. */
    private static boolean isVerticalListViewport(Parent p) {
        return p.getStyleClass().contains("clipped-container")
                && p.getParent() instanceof javafx.scene.control.skin.VirtualFlow<?> flow
                && flow.isVertical();
    }

    /** The scroll pane whose viewport {@code p} is, or null. */
    private static ScrollPane scrollPaneOfViewport(Parent p) {
        return p.getStyleClass().contains("viewport") && p.getParent() instanceof ScrollPane s ? s : null;
    }

    /** A label that shows less than its text, such as "Search events and stateme…" or "Econ…". */
    private void checkEllipsis(Labeled labeled) {
        String text = labeled.getText();
        if (text == null
                || text.isEmpty()
                || labeled.getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
            return;
        }
        String expected = labeled.isMnemonicParsing() ? withoutMnemonic(text) : text;
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child.isVisible() && !expected.equals(shown.getText())) {
                findings.add(describe(labeled) + " shows \"" + shown.getText() + "\" instead of \"" + expected + "\"");
            }
        }
    }

    /** A wrapping label narrower than one of its words breaks that word in two ("reservoi" above "r"). */
    private void checkWholeWords(Labeled labeled) {
        String text = labeled.getText();
        if (!labeled.isWrapText() || text == null || text.isBlank()) {
            return;
        }
        double room = labeled.getWidth() - labeled.snappedLeftInset() - labeled.snappedRightInset();
        Node graphic = labeled.getGraphic();
        if (graphic != null && graphic.isVisible()) {
            javafx.scene.control.ContentDisplay display = labeled.getContentDisplay();
            if (display == javafx.scene.control.ContentDisplay.LEFT
                    || display == javafx.scene.control.ContentDisplay.RIGHT) {
                // a shape beside the words (a topic's, a side's) takes its room from theirs
                room -= graphic.getLayoutBounds().getWidth() + labeled.getGraphicTextGap();
            }
        }
        Text measure = new Text();
        measure.setFont(labeled.getFont());
        for (String word : text.split("\\s+")) {
            measure.setText(word);
            double w = measure.getLayoutBounds().getWidth();
            if (w > room + SLACK) {
                findings.add(describe(labeled) + " breaks the word \"" + word + "\": it needs " + Math.round(w)
                        + " px, has " + Math.round(room));
                return;
            }
        }
    }

    private static String withoutMnemonic(String text) {
        int at = text.indexOf('_');
        return at < 0 || at == text.length() - 1 ? text : text.substring(0, at) + text.substring(at + 1);
    }

    /** A text field's prompt must fit in the field while it shows. */
    private void checkPrompt(TextInputControl field) {
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isEmpty() || !field.getText().isEmpty()) {
            return;
        }
        for (Node n : field.lookupAll(".text")) {
            if (n instanceof Text t && prompt.equals(t.getText()) && t.isVisible()) {
                Bounds shown = t.localToScene(t.getLayoutBounds());
                Bounds inner = field.localToScene(field.getLayoutBounds());
                if (field.getEffectiveNodeOrientation() == javafx.geometry.NodeOrientation.RIGHT_TO_LEFT) {
                    // right to left the prompt starts at the right and the clear button sits on the left
                    double left = inner.getMinX() + field.getPadding().getRight() - SLACK;
                    for (Node button : field.lookupAll(".clear-button")) {
                        left = Math.max(
                                left,
                                button.localToScene(button.getLayoutBounds()).getMaxX() - SLACK);
                    }
                    if (shown.getMinX() < left) {
                        findings.add(describe(field) + " cuts its prompt \"" + prompt + "\": it needs "
                                + Math.round(shown.getWidth()) + " px, has " + Math.round(shown.getMaxX() - left));
                    }
                    continue;
                }
                double right = inner.getMaxX() - field.getPadding().getRight() + SLACK;
                // a clearable field keeps its clear button's room on the right
                for (Node button : field.lookupAll(".clear-button")) {
                    right = Math.min(
                            right, button.localToScene(button.getLayoutBounds()).getMinX() + SLACK);
                }
                if (shown.getMaxX() > right) {
                    findings.add(describe(field) + " cuts its prompt \"" + prompt + "\": it needs "
                            + Math.round(shown.getWidth()) + " px, has " + Math.round(right - shown.getMinX()));
                }
            }
        }
    }

    /** A header must be on screen whole, or inside a scroll pane that can bring it there. */
    private void checkReachable(Node node) {
        Bounds box = node.localToScene(node.getLayoutBounds());
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            ScrollPane scroll = scrollPaneOfViewport(p);
            if (scroll != null) {
                Node content = scroll.getContent();
                Bounds inContent = content.sceneToLocal(box);
                Bounds all = content.getLayoutBounds();
                boolean horizontal = scroll.getHbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER;
                Bounds viewport = scroll.getViewportBounds();
                if (inContent.getMaxX() > all.getMaxX() + SLACK
                        || (!horizontal && inContent.getMaxX() > viewport.getWidth() + SLACK)
                        || box.getWidth() > viewport.getWidth() + SLACK) {
                    findings.add(describe(node) + " cannot be scrolled into view in " + describe(scroll));
                }
                return;
            }
        }
        if (box.getMinX() < -SLACK || box.getMaxX() > scene.getWidth() + SLACK) {
            findings.add(describe(node) + " is not on screen and no scroll pane reaches it: " + format(box));
        }
    }

    private static boolean isLayoutPane(Parent p) {
        return p instanceof HBox
                || p instanceof VBox
                || p instanceof GridPane
                || p instanceof FlowPane
                || p instanceof TilePane;
    }

    /**
     * Children of a box, a flow or a grid must neither overlap one another nor stick out of it. Childless regions
     * (spacers, swatches, backdrops) are decoration and may.
     */
    private void checkChildren(Region pane) {
        List<Node> content = new ArrayList<>();
        for (Node child : pane.getChildrenUnmodifiable()) {
            if (child.isManaged() && child.isVisible() && isContent(child)) {
                content.add(child);
            }
        }
        double w = pane.getWidth();
        double h = pane.getHeight();
        for (Node child : content) {
            Bounds b = child.getBoundsInParent();
            Bounds laid = new BoundingBox(
                    child.getLayoutX() + child.getLayoutBounds().getMinX(),
                    child.getLayoutY() + child.getLayoutBounds().getMinY(),
                    child.getLayoutBounds().getWidth(),
                    child.getLayoutBounds().getHeight());
            if (laid.getMinX() < -SLACK
                    || laid.getMaxX() > w + SLACK
                    || laid.getMinY() < -SLACK
                    || laid.getMaxY() > h + SLACK) {
                findings.add(describe(child) + " sticks out of " + describe(pane) + " (" + Math.round(w) + "x"
                        + Math.round(h) + "): " + format(laid));
            }
            for (Node other : content) {
                if (other != child
                        && System.identityHashCode(other) > System.identityHashCode(child)
                        && child.getTranslateX() == 0
                        && other.getTranslateX() == 0
                        && overlapsBy(b, other.getBoundsInParent(), SLACK)) {
                    findings.add(describe(child) + " " + format(b) + " and " + describe(other) + " "
                            + format(other.getBoundsInParent()) + " overlap in " + describe(pane));
                }
            }
        }
    }

    private static boolean overlapsBy(Bounds a, Bounds b, double slack) {
        return a.getMaxX() - slack > b.getMinX()
                && b.getMaxX() - slack > a.getMinX()
                && a.getMaxY() - slack > b.getMinY()
                && b.getMaxY() - slack > a.getMinY();
    }

    private static boolean isContent(Node n) {
        if (n instanceof Control || n instanceof Text) {
            return true;
        }
        return n instanceof Parent p && !p.getChildrenUnmodifiable().isEmpty();
    }

    /** A node as a reader finds it: its id or style classes, its text, and the chain of parents with ids. */
    public static String describe(Node n) {
        StringBuilder s = new StringBuilder(n.getClass().getSimpleName());
        if (n.getId() != null) {
            s.append('#').append(n.getId());
        }
        for (String c : n.getStyleClass()) {
            s.append('.').append(c);
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            s.append(" \"").append(shorten(l.getText())).append('"');
        } else if (n instanceof Text t) {
            s.append(" \"").append(shorten(t.getText())).append('"');
        }
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getId() != null) {
                s.append(" in #").append(p.getId());
                break;
            }
        }
        return s.toString();
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    private static String format(Bounds b) {
        return String.format(
                java.util.Locale.ROOT,
                "[x %.0f..%.0f, y %.0f..%.0f]",
                b.getMinX(),
                b.getMaxX(),
                b.getMinY(),
                b.getMaxY());
    }
}
