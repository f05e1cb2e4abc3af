package app.counterpoint.view.compare;

import app.counterpoint.text.TextRange;
import app.counterpoint.view.StoryTextDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Wrapping text with some stretches marked: each marked stretch gets its own {@link Text} (style class
 * {@code shared-word}) and a soft background painted behind it from the flow's own range shapes, so a mark follows
 * the words across line breaks. What a search found is marked the same way on top ({@code search-mark}, the current
 * match {@code search-current-mark}).
 */
public final class HighlightedText extends Region {

    private final String text;
    private final List<TextRange> marked;
    private final TextFlow flow = new TextFlow();
    private final Path marks = new Path();
    private final List<TextRange> found;
    private final TextRange current;
    private final Path searchMarks = new Path();
    private final Path currentMark = new Path();
    private final boolean rightToLeft;

    /** @param marked stretches of {@code text} in order and not overlapping; may be empty */
    public HighlightedText(String text, List<TextRange> marked) {
        this(text, marked, List.of(), null);
    }

    /**
     * @param marked  shared words: stretches of {@code text} in order and not overlapping; may be empty
     * @param found   what the search found, in order and not overlapping (style class {@code search-mark})
     * @param current the search's current match among {@code found}, marked more strongly; or null
     */
    public HighlightedText(String text, List<TextRange> marked, List<TextRange> found, TextRange current) {
        this.text = text;
        this.marked = List.copyOf(marked);
        this.found = List.copyOf(found);
        this.current = current;
        getStyleClass().add("highlighted-text");
        flow.getStyleClass().add("highlighted-text-flow");
        marks.getStyleClass().add("shared-word-mark");
        searchMarks.getStyleClass().add("search-mark");
        currentMark.getStyleClass().add("search-current-mark");
        for (Path p : List.of(marks, searchMarks, currentMark)) {
            p.setManaged(false);
            p.setMouseTransparent(true);
        }
        // pieces split wherever a shared stretch or a found one starts or ends
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (TextRange r : this.marked) {
            cuts.add(r.start());
            cuts.add(r.end());
        }
        for (TextRange r : this.found) {
            cuts.add(Math.min(r.start(), text.length()));
            cuts.add(Math.min(r.end(), text.length()));
        }
        rightToLeft = StoryTextDirection.hasRightToLeftLetters(text);
        if (rightToLeft) {
            // JavaFX draws a right-to-left piece that wraps onto a second line with the rest of the paragraph on each
            // of its lines, running out of the card: pieces of one word each never wrap
            for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
                cuts.add(i + 1);
            }
        }
        Integer at = cuts.first();
        for (Integer next = cuts.higher(at); next != null; at = next, next = cuts.higher(at)) {
            Text piece = words(text.substring(at, next), inside(this.marked, at));
            if (inside(this.found, at)) {
                piece.getStyleClass().add("search-word");
            }
            flow.getChildren().add(piece);
        }
        getChildren().addAll(marks, searchMarks, currentMark, flow);
    }

    private static Text words(String s, boolean shared) {
        Text t = new Text(s);
        t.getStyleClass().add(shared ? "shared-word" : "plain-word");
        return t;
    }

    private static boolean inside(List<TextRange> ranges, int offset) {
        for (TextRange r : ranges) {
            if (offset >= r.start() && offset < r.end()) {
                return true;
            }
        }
        return false;
    }

    /** The whole text, marks aside. */
    public String getText() {
        return text;
    }

    /** What the search found here, as the reader sees it. */
    public List<String> foundWords() {
        return found.stream().map(r -> text.substring(r.start(), r.end())).toList();
    }

    /** Whether the search's current match is in this text. */
    public boolean hasCurrentMatch() {
        return current != null;
    }

    /** The current match's mark, to scroll into view once laid out: exactly where its words are. */
    public Node currentMatchMark() {
        return currentMark;
    }

    /** The marked stretches as the reader sees them. */
    public List<String> markedWords() {
        return marked.stream().map(r -> text.substring(r.start(), r.end())).toList();
    }

    private List<PathElement> shapesOf(List<TextRange> ranges) {
        List<PathElement> shapes = new ArrayList<>();
        for (TextRange r : ranges) {
            if (r.end() <= text.length()) {
                shapes.addAll(List.of(flow.rangeShape(r.start(), r.end())));
            }
        }
        return shapes;
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
        double height = flow.prefHeight(inner);
        if (rightToLeft && flow.getWidth() > 0 && inner != flow.getWidth()) {
            // measuring wraps the flow's one text layout at another width, and its right-to-left pieces are drawn
            // from that layout: wrapped back at the width it has, no word is drawn where the measure put it
            flow.prefHeight(flow.getWidth());
        }
        return in.getTop() + in.getBottom() + height;
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
        searchMarks.getElements().setAll(shapesOf(found));
        currentMark.getElements().setAll(current == null ? List.of() : shapesOf(List.of(current)));
        for (Path p : List.of(marks, searchMarks, currentMark)) {
            p.setLayoutX(in.getLeft());
            p.setLayoutY(in.getTop());
        }
    }
}
