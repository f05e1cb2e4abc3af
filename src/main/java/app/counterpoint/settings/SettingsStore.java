package app.counterpoint.settings;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Keeps {@link Settings} in {@link java.util.prefs.Preferences}. Reading never fails: a missing, damaged or
 * out-of-range value falls back to its default, so a broken preference file can never stop the app from starting.
 */
public final class SettingsStore {

    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());

    private static final String THEME = "theme";
    private static final String FONT_SCALE = "fontScale";
    private static final String LANE_MODE = "laneMode";
    private static final String RECENT = "recent.";
    private static final String LAST_STORY = "lastStory";
    private static final String WINDOW = "window.";
    private static final String TEXT_SCALE = "textScale";
    private static final String LANGUAGE = "language";
    private static final String REDUCE_MOTION = "reduceMotion";

    /** Where the settings live, or null for a store that remembers nothing (tests, a second window). */
    private final Preferences node;

    public SettingsStore(Preferences node) {
        this.node = node;
    }

    /** A store that always reads the defaults and writes nowhere. */
    public static SettingsStore none() {
        return new SettingsStore(null);
    }

    /** The store of the signed-in user, shared by every launch of Counterpoint. */
    public static SettingsStore forCurrentUser() {
        return new SettingsStore(Preferences.userRoot().node("app/counterpoint"));
    }

    public Settings load() {
        Settings d = Settings.DEFAULTS;
        if (node == null) {
            return d;
        }
        try {
            double scale = node.getDouble(FONT_SCALE, d.fontScale());
            if (!Double.isFinite(scale) || scale < 1.0 || scale > 2.5) {
                scale = d.fontScale();
            }
            double textScale = node.getDouble(TEXT_SCALE, d.textScale());
            if (!Double.isFinite(textScale) || textScale < 0.8 || textScale > 2.0) {
                textScale = d.textScale();
            }
            List<String> recent = new ArrayList<>();
            for (int i = 0; i < Settings.MAX_RECENT_FILES; i++) {
                String path = node.get(RECENT + i, null);
                if (path != null && !path.isBlank() && !recent.contains(path)) {
                    recent.add(path);
                }
            }
            WindowBounds window = new WindowBounds(
                    node.getDouble(WINDOW + "x", Double.NaN),
                    node.getDouble(WINDOW + "y", Double.NaN),
                    node.getDouble(WINDOW + "width", 0),
                    node.getDouble(WINDOW + "height", 0),
                    node.getBoolean(WINDOW + "maximized", false),
                    node.getDouble(WINDOW + "timelineShare", Double.NaN));
            return new Settings(
                    node.get(THEME, d.theme()),
                    scale,
                    node.get(LANE_MODE, d.laneMode()),
                    recent,
                    node.get(LAST_STORY, null),
                    window.isPlausible() ? window : null,
                    textScale,
                    node.get(LANGUAGE, null),
                    node.getBoolean(REDUCE_MOTION, false));
        } catch (RuntimeException e) {
            // IllegalStateException for a removed node, or anything a damaged backing store throws
            LOG.log(Level.WARNING, "Settings could not be read; using the defaults", e);
            return d;
        }
    }

    public void save(Settings settings) {
        if (node == null) {
            return;
        }
        try {
            node.put(THEME, settings.theme());
            node.putDouble(FONT_SCALE, settings.fontScale());
            node.put(LANE_MODE, settings.laneMode());
            node.putDouble(TEXT_SCALE, settings.textScale());
            if (settings.language() == null) {
                node.remove(LANGUAGE);
            } else {
                node.put(LANGUAGE, settings.language());
            }
            node.putBoolean(REDUCE_MOTION, settings.reduceMotion());
            for (int i = 0; i < Settings.MAX_RECENT_FILES; i++) {
                if (i < settings.recentFiles().size()) {
                    node.put(RECENT + i, settings.recentFiles().get(i));
                } else {
                    node.remove(RECENT + i);
                }
            }
            if (settings.lastStory() == null) {
                node.remove(LAST_STORY);
            } else {
                node.put(LAST_STORY, settings.lastStory());
            }
            WindowBounds w = settings.window();
            if (w != null) {
                node.putDouble(WINDOW + "x", w.x());
                node.putDouble(WINDOW + "y", w.y());
                node.putDouble(WINDOW + "width", w.width());
                node.putDouble(WINDOW + "height", w.height());
                node.putBoolean(WINDOW + "maximized", w.maximized());
                if (Double.isNaN(w.timelineShare())) {
                    node.remove(WINDOW + "timelineShare");
                } else {
                    node.putDouble(WINDOW + "timelineShare", w.timelineShare());
                }
            }
            node.flush();
        } catch (BackingStoreException | RuntimeException e) {
            LOG.log(Level.WARNING, "Settings could not be saved", e);
        }
    }
}
