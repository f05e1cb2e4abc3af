package app.counterpoint.view;

import app.counterpoint.viewmodel.settings.LanguageViewModel;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;

/** Binds the views' words to View › Language, so every one changes the moment the language does. */
public final class Texts {

    private Texts() {}

    /** Gives a label, button or check box the text of a key, following the language. */
    public static <T extends Labeled> T label(LanguageViewModel language, String key, T labeled) {
        labeled.textProperty().bind(language.text(key));
        return labeled;
    }

    /** A tooltip with the text of a key, following the language. */
    public static Tooltip tooltip(LanguageViewModel language, String key) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(language.text(key));
        return tip;
    }
}
