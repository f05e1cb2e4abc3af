package app.counterpoint.view.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.viewmodel.help.Shortcut;
import app.counterpoint.viewmodel.help.ShortcutArea;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;

/** The one table of keys: every key in it is one JavaFX can bind, and it lists no key twice in one place. */
class ShortcutKeysTest {

    @Test
    void everyKeyOfTheTableIsAKeyJavaFxBinds() {
        for (Shortcut shortcut : Shortcut.values()) {
            assertFalse(shortcut.shownKeys().isEmpty(), shortcut.name());
            assertEquals(shortcut.keys().size(), ShortcutKeys.of(shortcut).size());
            for (String key : shortcut.keys()) {
                assertFalse(ShortcutKeys.displayText(key).isBlank(), key);
            }
        }
    }

    @Test
    void noKeyDoesTwoThingsInOnePlace() {
        for (ShortcutArea area : ShortcutArea.values()) {
            Set<String> seen = new HashSet<>();
            for (Shortcut shortcut : Shortcut.in(area)) {
                for (String key : shortcut.keys()) {
                    assertTrue(seen.add(key), key + " twice in " + area);
                }
            }
        }
    }

    @Test
    void textSizeKeysMatchWithOrWithoutShiftAndOnTheKeypad() {
        assertTrue(ShortcutKeys.matches(Shortcut.TEXT_LARGER, press(KeyCode.PLUS, true)));
        assertTrue(ShortcutKeys.matches(Shortcut.TEXT_LARGER, press(KeyCode.EQUALS, false)));
        assertTrue(ShortcutKeys.matches(Shortcut.TEXT_LARGER, press(KeyCode.ADD, false)));
        assertTrue(ShortcutKeys.matches(Shortcut.TEXT_SMALLER, press(KeyCode.MINUS, false)));
        assertTrue(ShortcutKeys.matches(Shortcut.TEXT_RESET, press(KeyCode.DIGIT0, false)));
        assertFalse(ShortcutKeys.matches(
                Shortcut.TEXT_LARGER,
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.PLUS, false, false, false, false)));
        assertEquals(
                "Ctrl++", ShortcutKeys.displayText(Shortcut.TEXT_LARGER.keys().get(0)));
        assertEquals("Enter", ShortcutKeys.displayText("Enter"));
    }

    private static KeyEvent press(KeyCode code, boolean shift) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, true, false, false);
    }
}
