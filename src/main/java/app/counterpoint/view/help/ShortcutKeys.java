package app.counterpoint.view.help;

import app.counterpoint.viewmodel.help.Shortcut;
import java.util.List;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** The keys of a {@link Shortcut} as JavaFX matches and shows them. */
public final class ShortcutKeys {

    private ShortcutKeys() {}

    /** Every key of the entry, as combinations to match key presses against. */
    public static List<KeyCombination> of(Shortcut shortcut) {
        return shortcut.keys().stream().map(KeyCombination::valueOf).toList();
    }

    /** The entry's main key, for a menu item's accelerator. */
    public static KeyCombination main(Shortcut shortcut) {
        return KeyCombination.valueOf(shortcut.keys().get(0));
    }

    /** Whether a key press is one of the entry's keys. */
    public static boolean matches(Shortcut shortcut, KeyEvent event) {
        for (KeyCombination key : of(shortcut)) {
            if (key.match(event)) {
                return true;
            }
        }
        return false;
    }

    /** How a key reads in the help: "Ctrl+O", "Shift+F3", "Page Down", "Enter". */
    public static String displayText(String key) {
        return KeyCombination.valueOf(key)
                .getDisplayText()
                .replace("\u21B5", "Enter")
                .replace("Back Space", "Backspace")
                .replace("Escape", "Esc")
                .replace("-", "\u2212");
    }
}
