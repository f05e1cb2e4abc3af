package app.counterpoint.view.compare;

import app.counterpoint.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Wrapping text with some stretches marked: each marked stretch gets its own {@link Text} (style class
 * {@code shared-word}) and a soft background painted behind it from the flow's own range shapes, so a mark follows
 * the words across line breaks.
 */
public final class HighlightedText extends Region {

    private final String text;
    private final List<TextRange> marked;
    private final TextFlow flow = new TextFlow();
    private final Path marks = new Path();

    /** @param marked stretches of {@code text} in order and not overlapping; may be empty */
    public HighlightedText(String text, List<TextRange> marked) {
        this.text = text;
        this.marked = List.copyOf(marked);
        getStyleClass().add("highlighted-text");
        flow.getStyleClass().add("highlighted-text-flow");
        marks.getStyleClass().add("shared-word-mark");
        marks.setManaged(false);
        marks.setMouseTransparent(true);
        int at = 0;
        for (TextRange r : this.marked) {
            if (r.start() > at) {
                flow.getChildren().add(words(text.substring(at, r.start()), false));
            }
            flow.getChildren().add(words(text.substring(r.start(), r.end()), true));
            at = r.end();
        }
        if (at < text.length()) {
            flow.getChildren().add(words(text.substring(at), false));
        }
        getChildren().addAll(marks, flow);
    }

    private static Text words(String s, boolean shared) {
        Text t = new Text(s);
        t.getStyleClass().add(shared ? "shared-word" : "plain-word");
        return t;
    }

    /** The whole text, marks aside. */
    public String getText() {
        return text;
    }

    /** The marked stretches as the reader sees them. */
    public List<String> markedWords() {
        return marked.stream().map(r -> text.substring(r.start(), r.end())).toList();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + 60;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + flow.prefWidth(-1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = width < 0 ? -1 : Math.max(0, width - in.getLeft() - in.getRight());
        return in.getTop() + in.getBottom() + flow.prefHeight(inner);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        flow.resizeRelocate(in.getLeft(), in.getTop(), w, flow.prefHeight(w));
        flow.layout();
        List<PathElement> shapes = new ArrayList<>();
        for (TextRange r : marked) {
            shapes.addAll(List.of(flow.rangeShape(r.start(), r.end())));
        }
        marks.getElements().setAll(shapes);
        marks.setLayoutX(in.getLeft());
        marks.setLayoutY(in.getTop());
    }
}
