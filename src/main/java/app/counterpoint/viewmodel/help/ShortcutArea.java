package app.counterpoint.viewmodel.help;

/** Where a key works: anywhere in the main window, in the search field, on the timeline, or while presenting. */
public enum ShortcutArea {
    WINDOW("Anywhere in the window"),
    SEARCH("In the search field"),
    TIMELINE("On the timeline (Tab into it, or click it)"),
    PRESENTATION("While presenting (F5)");

    private final String title;

    ShortcutArea(String title) {
        this.title = title;
    }

    /** The key of the area's heading in the language bundles. */
    public String messageKey() {
        return "shortcut.area." + name();
    }

    /** The heading of the area's keys in Help › Keyboard Shortcuts, in English. */
    public String title() {
        return title;
    }
}
