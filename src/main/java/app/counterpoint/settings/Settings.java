package app.counterpoint.settings;

import java.util.List;

/**
 * What Counterpoint remembers between launches. Names rather than enums are stored, so a setting written by a newer
 * version never stops an older one from starting.
 *
 * @param window    the main window's last bounds, or null when unknown
 * @param lastStory the last story file opened, or null
 * @param textScale the window's text size (View › Text Size), 1 for 100 %
 * @param language  the language chosen in View › Language ("de"), or null to follow the system's
 * @param reduceMotion View › Reduce Motion: no animated zoom, glides or transitions
 */
public record Settings(
        String theme,
        double fontScale,
        String laneMode,
        List<String> recentFiles,
        String lastStory,
        WindowBounds window,
        double textScale,
        String language,
        boolean reduceMotion) {

    /** How many files File › Open Recent lists. */
    public static final int MAX_RECENT_FILES = 10;

    public static final Settings DEFAULTS =
            new Settings("LIGHT", 1.5, "SINGLE", List.of(), null, null, 1.0, null, false);

    public Settings {
        recentFiles = List.copyOf(recentFiles);
    }

    /** Settings in the system's language, with motion. */
    public Settings(
            String theme,
            double fontScale,
            String laneMode,
            List<String> recentFiles,
            String lastStory,
            WindowBounds window,
            double textScale) {
        this(theme, fontScale, laneMode, recentFiles, lastStory, window, textScale, null, false);
    }

    /** Settings at the default text size. */
    public Settings(
            String theme,
            double fontScale,
            String laneMode,
            List<String> recentFiles,
            String lastStory,
            WindowBounds window) {
        this(theme, fontScale, laneMode, recentFiles, lastStory, window, 1.0);
    }
}
