package app.counterpoint.view.compare;

import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Keeps a wrapping label at least as wide as its longest word, in the font it is drawn with: JavaFX otherwise
 * breaks a word that does not fit inside it ("reservoi" above "r").
 */
final class WholeWords {

    private WholeWords() {}

    /** @param least the label's least width however short its words */
    static void keep(Label label, double least) {
        label.fontProperty().addListener((obs, old, font) -> apply(label, least));
        label.textProperty().addListener((obs, old, text) -> apply(label, least));
        apply(label, least);
    }

    private static void apply(Label label, double least) {
        label.setMinWidth(Math.max(least, longestWord(label.getText(), label.getFont())));
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
