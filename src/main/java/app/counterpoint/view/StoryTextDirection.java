package app.counterpoint.view;

import app.counterpoint.text.RightToLeftScripts;
import java.util.Optional;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;

/**
 * A story's own words run in their own direction, whatever the window's: an English quote in the Arabic window reads
 * left to right (its quotation marks and full stop where English puts them), an Arabic quote in the English window
 * right to left. The direction is the first strongly directional letter's, as the Unicode bidirectional algorithm
 * takes a paragraph's; a text with none (digits, punctuation) follows the window.
 */
public final class StoryTextDirection {

    private StoryTextDirection() {}

    /** The direction {@code text} is written in, or empty when it has no letter that says. */
    public static Optional<NodeOrientation> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            switch (Character.getDirectionality(c)) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT,
                        Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
                        Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE -> {
                    return Optional.of(NodeOrientation.LEFT_TO_RIGHT);
                }
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE -> {
                    return Optional.of(NodeOrientation.RIGHT_TO_LEFT);
                }
                default -> i += Character.charCount(c);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code text} has a letter of a right-to-left script (Arabic, Hebrew, …). */
    public static boolean hasRightToLeftLetters(String text) {
        return RightToLeftScripts.hasLetters(text);
    }

    /** The style class of words in a right-to-left script, which a stylesheet sets upright (no italic exists). */
    public static final String RIGHT_TO_LEFT_WORDS = "right-to-left-words";

    /**
     * Lays {@code node} out in the direction of {@code text}, or the window's when the text does not say; words in a
     * right-to-left script also get the style class {@link #RIGHT_TO_LEFT_WORDS}: Arabic and Hebrew have no italic,
     * and the serif italic of quotes has no letters for them.
     */
    public static void follow(Node node, String text) {
        Optional<NodeOrientation> direction = of(text);
        node.setNodeOrientation(direction.orElse(NodeOrientation.INHERIT));
        node.getStyleClass().remove(RIGHT_TO_LEFT_WORDS);
        if (direction.orElse(null) == NodeOrientation.RIGHT_TO_LEFT) {
            node.getStyleClass().add(RIGHT_TO_LEFT_WORDS);
        }
    }
}
