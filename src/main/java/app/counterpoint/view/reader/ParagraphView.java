package app.counterpoint.view.reader;

import app.counterpoint.viewmodel.reader.ReaderHighlight;
import app.counterpoint.viewmodel.reader.ReaderParagraph;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One paragraph of a source: its text wrapping to the reader's width, every passage in it painted behind the words in
 * its side's colour from the flow's own range shapes (faint, the current one strong), so a mark follows the words
 * across line breaks.
 */
final class ParagraphView extends Region {

    private ReaderParagraph paragraph;
    private final Text text = new Text();
    private final TextFlow flow = new TextFlow(text);
    private final List<Path> marks = new ArrayList<>();

    ParagraphView() {
        getStyleClass().add("reader-paragraph");
        text.getStyleClass().add("reader-text");
        getChildren().add(flow);
    }

    /**
     * Shows another paragraph in the same nodes: a list measures many paragraphs through one cell while it scrolls,
     * and new nodes for each would be styled anew each time.
     */
    void show(ReaderParagraph shown) {
        this.paragraph = shown;
        text.setText(shown.text());
        getChildren().removeAll(marks);
        marks.clear();
        for (ReaderHighlight h : shown.highlights()) {
            Path mark = new Path();
            mark.getStyleClass().addAll("reader-mark", h.current() ? "current" : "other");
            // the side's colour is the story's data, not a theme token: the opacity comes from the stylesheet
            mark.setStyle("-fx-fill: " + h.color() + ";");
            mark.setManaged(false);
            mark.setMouseTransparent(true);
            marks.add(mark);
        }
        getChildren().addAll(0, marks);
        setAccessibleText(shown.text());
        requestLayout();
    }

    ReaderParagraph paragraph() {
        return paragraph;
    }

    /** The character of the paragraph under a point of this view, or -1 outside its text. */
    int charAt(Point2D local) {
        Point2D inFlow = flow.parentToLocal(local);
        if (inFlow.getY() < 0 || inFlow.getY() > flow.getHeight()) {
            return -1;
        }
        return flow.hitTest(inFlow).getCharIndex();
    }

    /** The current passage's mark (for tests and scrolling), or null when it is not in this paragraph. */
    Path currentMark() {
        for (int i = 0; i < marks.size(); i++) {
            if (paragraph.highlights().get(i).current()) {
                return marks.get(i);
            }
        }
        return null;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return getInsets().getLeft() + getInsets().getRight() + 60;
    }

    @Override
    protected double computePrefWidth(double height) {
        return getInsets().getLeft() + getInsets().getRight() + Math.min(600, flow.prefWidth(-1));
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = width < 0 ? -1 : Math.max(0, width - in.getLeft() - in.getRight());
        return in.getTop() + in.getBottom() + flow.prefHeight(inner);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        flow.resizeRelocate(in.getLeft(), in.getTop(), w, flow.prefHeight(w));
        flow.layout();
        for (int i = 0; i < marks.size(); i++) {
            ReaderHighlight h = paragraph.highlights().get(i);
            Path mark = marks.get(i);
            mark.getElements()
                    .setAll(flow.rangeShape(h.range().start(), h.range().end()));
            mark.setLayoutX(in.getLeft());
            mark.setLayoutY(in.getTop());
        }
    }
}
