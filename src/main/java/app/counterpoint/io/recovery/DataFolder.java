package app.counterpoint.io.recovery;

import java.nio.file.Path;
import java.util.Locale;

/** Where Counterpoint keeps the user's data between launches, as each desktop expects it. */
public final class DataFolder {

    /** Names another folder, for tests and for running several copies side by side. */
    public static final String PROPERTY = "counterpoint.dataDir";

    private DataFolder() {}

    /**
     * {@code counterpoint.dataDir} when set; else {@code %LOCALAPPDATA%\Counterpoint} on Windows,
     * {@code ~/Library/Application Support/Counterpoint} on macOS, {@code $XDG_DATA_HOME/counterpoint} (by default
     * {@code ~/.local/share/counterpoint}) elsewhere.
     */
    public static Path ofCurrentUser() {
        String chosen = System.getProperty(PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            return local != null ? Path.of(local, "Counterpoint") : Path.of(home, "AppData", "Local", "Counterpoint");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Counterpoint");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank()
                ? Path.of(xdg, "counterpoint")
                : Path.of(home, ".local", "share", "counterpoint");
    }
}
