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

    /** The heading of the area's keys in Help › Keyboard Shortcuts. */
    public String title() {
        return title;
    }
}
