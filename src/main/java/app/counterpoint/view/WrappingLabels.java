package app.counterpoint.view;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Labels that wrap their text and keep the height of all its lines, for the comparison's cells and the handout. */
public final class WrappingLabels {

    private WrappingLabels() {}

    /** A label of {@code text} in {@code styleClass} that wraps rather than cut its text, and never shrinks below it. */
    public static Label wrapping(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
