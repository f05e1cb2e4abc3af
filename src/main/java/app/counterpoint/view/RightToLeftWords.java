package app.counterpoint.view;

import app.counterpoint.view.compare.HighlightedText;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A wrapping label whose text may be in Arabic or Hebrew: JavaFX 21 draws a wrapped right-to-left label with the rest
 * of its text on every line, past its edge. The slot shows the label while its text has no right-to-left letter, and
 * else the same words laid out one piece a word (which wrap whole), in their own direction, styled by
 * {@code wordsStyleClass} (its {@code .plain-word} pieces take the label's font and colour in the stylesheet).
 */
public final class RightToLeftWords {

    private RightToLeftWords() {}

    /**
     * A text in Arabic or Hebrew laid out one piece a word in its own direction, styled by {@code styleClass}, and
     * read by a screen reader as the text it is.
     */
    public static Region words(String text, String styleClass) {
        HighlightedText words = new HighlightedText(text, List.of());
        words.getStyleClass().add(styleClass);
        words.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        words.setAccessibleText(text);
        StoryTextDirection.follow(words, text);
        return words;
    }

    /** The slot that stands where {@code label} stood; it is shown and laid out while the label would be. */
    public static StackPane slot(Label label, String wordsStyleClass) {
        StackPane slot = new StackPane(label);
        slot.setAlignment(Pos.TOP_LEFT);
        slot.setMinHeight(Region.USE_PREF_SIZE);
        slot.setMaxWidth(Double.MAX_VALUE);
        slot.setMinWidth(0);
        slot.visibleProperty().bind(label.visibleProperty());
        slot.managedProperty().bind(label.managedProperty());
        Runnable show = () -> {
            String text = label.getText() == null ? "" : label.getText();
            if (!StoryTextDirection.hasRightToLeftLetters(text)) {
                slot.getChildren().setAll(label);
                return;
            }
            Region words = words(text, wordsStyleClass);
            words.setId(label.getId() == null ? null : label.getId() + "-words");
            slot.getChildren().setAll(words);
        };
        label.textProperty().addListener(o -> show.run());
        show.run();
        return slot;
    }
}
