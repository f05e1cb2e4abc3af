package app.counterpoint.settings;

import java.util.List;

/**
 * What Counterpoint remembers between launches. Names rather than enums are stored, so a setting written by a newer
 * version never stops an older one from starting.
 *
 * @param window    the main window's last bounds, or null when unknown
 * @param lastStory the last story file opened, or null
 */
public record Settings(
        String theme,
        double fontScale,
        String laneMode,
        List<String> recentFiles,
        String lastStory,
        WindowBounds window) {

    /** How many files File › Open Recent lists. */
    public static final int MAX_RECENT_FILES = 10;

    public static final Settings DEFAULTS = new Settings("LIGHT", 1.5, "SINGLE", List.of(), null, null);

    public Settings {
        recentFiles = List.copyOf(recentFiles);
    }
}
