package app.counterpoint.view.compare;

import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Keeps a wrapping label at least as wide as its longest word, in the font it is drawn with, with its padding and
 * a graphic beside the text: JavaFX otherwise breaks a word that does not fit inside it ("reservoi" above "r").
 */
final class WholeWords {

    private WholeWords() {}

    /** @param least the label's least width however short its words */
    static void keep(Label label, double least) {
        InvalidationListener again = o -> apply(label, least);
        label.fontProperty().addListener(again);
        label.textProperty().addListener(again);
        // the stylesheet sets the padding, the border and the graphic's size after the label is made
        label.insetsProperty().addListener(again);
        label.graphicTextGapProperty().addListener(again);
        label.graphicProperty().addListener(again);
        // and the graphic's own size comes with its style, after the label's
        label.graphicProperty().addListener((obs, old, graphic) -> {
            if (graphic != null) {
                graphic.layoutBoundsProperty().addListener(again);
            }
        });
        if (label.getGraphic() != null) {
            label.getGraphic().layoutBoundsProperty().addListener(again);
        }
        apply(label, least);
    }

    private static void apply(Label label, double least) {
        double beside = label.snappedLeftInset() + label.snappedRightInset();
        Node graphic = label.getGraphic();
        ContentDisplay display = label.getContentDisplay();
        if (graphic != null && (display == ContentDisplay.LEFT || display == ContentDisplay.RIGHT)) {
            double styled = Math.min(graphic.maxWidth(-1), Math.max(graphic.minWidth(-1), graphic.prefWidth(-1)));
            double width = Math.max(styled, graphic.getLayoutBounds().getWidth());
            beside += width + label.getGraphicTextGap();
        }
        label.setMinWidth(Math.max(least, longestWord(label.getText(), label.getFont()) + Math.ceil(beside)));
    }

    static double longestWord(String text, Font font) {
        double widest = 0;
        if (text == null) {
            return 0;
        }
        Text measure = new Text();
        measure.setFont(font);
        for (String word : text.split("\\s+")) {
            measure.setText(word);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest) + 2;
    }
}
