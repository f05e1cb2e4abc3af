package app.counterpoint.viewmodel.help;

import java.util.Arrays;
import java.util.List;

/**
 * Every key of the main window, the search field, the timeline and presentation mode, in one table: Help › Keyboard
 * Shortcuts lists it, and the window binds its menu accelerators and its own keys from it, so the list cannot
 * drift from what the keys do. Keys are written as {@code javafx.scene.input.KeyCombination} parses them
 * ("Shortcut+O", "Shift+F3", "Page Down", "?", "Ignore Shift+Shortcut+Plus" for either state of Shift); the first
 * key of an entry is the one menus show.
 */
public enum Shortcut {
    OPEN(ShortcutArea.WINDOW, "Open a story", "Shortcut+O"),
    SAVE(ShortcutArea.WINDOW, "Save the story", "Shortcut+S"),
    SAVE_AS(ShortcutArea.WINDOW, "Save the story under a new name", "Shortcut+Shift+S"),
    PRINT(ShortcutArea.WINDOW, "Print a handout", "Shortcut+P"),
    QUIT(ShortcutArea.WINDOW, "Quit", "Shortcut+Q"),
    FIND(ShortcutArea.WINDOW, "Go to the search field", "Shortcut+F"),
    NEXT_MATCH(ShortcutArea.WINDOW, "Next match of the search", "F3"),
    PREVIOUS_MATCH(ShortcutArea.WINDOW, "Previous match of the search", "Shift+F3"),
    // Ctrl and the key "+ =" sends Equals without Shift and Plus with it, and the keypad's "+" sends Add
    TEXT_LARGER(
            ShortcutArea.WINDOW,
            "Larger text",
            "Ignore Shift+Shortcut+Plus",
            "Ignore Shift+Shortcut+Equals",
            "Ignore Shift+Shortcut+Add"),
    TEXT_SMALLER(ShortcutArea.WINDOW, "Smaller text", "Ignore Shift+Shortcut+Minus", "Shortcut+Subtract"),
    TEXT_RESET(ShortcutArea.WINDOW, "Text at its normal size", "Shortcut+0", "Shortcut+Numpad 0"),
    SHOW_IN_SOURCE(ShortcutArea.WINDOW, "The selected event's statements in their source, one per press", "Shortcut+R"),
    PRESENT(ShortcutArea.WINDOW, "Present the story, one event per click", "F5"),
    HELP(ShortcutArea.WINDOW, "Show or hide these keys", "F1", "?"),
    QUIZ_REVEAL(ShortcutArea.WINDOW, "Who said it? Reveal the next side", "R"),
    QUIZ_REVEAL_ALL(ShortcutArea.WINDOW, "Who said it? Reveal every side", "Shift+R"),

    SEARCH_NEXT(ShortcutArea.SEARCH, "Next match", "Enter"),
    SEARCH_PREVIOUS(ShortcutArea.SEARCH, "Previous match", "Shift+Enter"),

    TIMELINE_ZOOM_IN(ShortcutArea.TIMELINE, "Zoom in (or the mouse wheel)", "Plus", "Equals", "Add"),
    TIMELINE_ZOOM_OUT(ShortcutArea.TIMELINE, "Zoom out", "Minus", "Subtract"),
    TIMELINE_PREVIOUS(ShortcutArea.TIMELINE, "Previous event", "Left"),
    TIMELINE_NEXT(ShortcutArea.TIMELINE, "Next event", "Right"),
    TIMELINE_PAN_BACK(ShortcutArea.TIMELINE, "Move back in time (or drag)", "Shift+Left"),
    TIMELINE_PAN_ON(ShortcutArea.TIMELINE, "Move on in time", "Shift+Right"),
    TIMELINE_SCROLL_LANES(
            ShortcutArea.TIMELINE,
            "Scroll lanes that do not all fit (or Shift+wheel)",
            "Up",
            "Down",
            "Page Up",
            "Page Down"),
    TIMELINE_FIT(ShortcutArea.TIMELINE, "Show the whole story", "Home", "F"),
    TIMELINE_ZOOM_TO_SELECTION(ShortcutArea.TIMELINE, "Zoom to the selected event", "Z"),
    TIMELINE_COMPARE(ShortcutArea.TIMELINE, "Compare what each side said about it", "Enter"),
    TIMELINE_CLEAR(ShortcutArea.TIMELINE, "Clear the selection", "Esc"),
    TIMELINE_LANES(ShortcutArea.TIMELINE, "One lane, by side, by topic (the toolbar)", "Alt+O", "Alt+S", "Alt+T"),
    TIMELINE_LEGEND(ShortcutArea.TIMELINE, "What the marks mean (the toolbar's legend)", "Alt+L"),

    PRESENT_NEXT(ShortcutArea.PRESENTATION, "Next event", "Right", "Down", "Page Down", "Space", "Enter", "N"),
    PRESENT_PREVIOUS(ShortcutArea.PRESENTATION, "Previous event", "Left", "Up", "Page Up", "Backspace", "P"),
    PRESENT_FIRST(ShortcutArea.PRESENTATION, "First event", "Home"),
    PRESENT_LAST(ShortcutArea.PRESENTATION, "Last event", "End"),
    PRESENT_BLANK(ShortcutArea.PRESENTATION, "Black screen, and back", "B", "Period"),
    PRESENT_SOURCE(ShortcutArea.PRESENTATION, "The event's statements in their source, one per press (Esc: back)", "S"),
    PRESENT_LARGER(ShortcutArea.PRESENTATION, "Larger presentation text", "Plus", "Equals", "Add"),
    PRESENT_SMALLER(ShortcutArea.PRESENTATION, "Smaller presentation text", "Minus", "Subtract"),
    PRESENT_LEAVE(ShortcutArea.PRESENTATION, "Stop presenting", "Esc", "F5");

    private final ShortcutArea area;
    private final String action;
    private final List<String> keys;

    Shortcut(ShortcutArea area, String action, String... keys) {
        this.area = area;
        this.action = action;
        this.keys = List.of(keys);
    }

    public ShortcutArea area() {
        return area;
    }

    /** What the key does, as the help lists it, in English; the window shows {@link #messageKey()}'s text. */
    public String action() {
        return action;
    }

    /** The key of what the key does in the language bundles. */
    public String messageKey() {
        return "shortcut." + name();
    }

    /** Every key that does it, the main one first, as {@code KeyCombination.valueOf} reads them. */
    public List<String> keys() {
        return keys;
    }

    /**
     * The keys worth listing: the other spellings of one key (the "=" under "+", the keypad's "+", "−" and "0")
     * are bound but not listed again.
     */
    public List<String> shownKeys() {
        return keys.stream().filter(k -> !isAlias(k)).toList();
    }

    private static boolean isAlias(String key) {
        return key.endsWith("Equals") || key.endsWith("Add") || key.endsWith("Subtract") || key.endsWith("Numpad 0");
    }

    /** The entries of one area, in the table's order. */
    public static List<Shortcut> in(ShortcutArea area) {
        return Arrays.stream(values()).filter(s -> s.area == area).toList();
    }
}
