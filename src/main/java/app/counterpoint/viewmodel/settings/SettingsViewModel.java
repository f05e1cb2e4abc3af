package app.counterpoint.viewmodel.settings;

import app.counterpoint.settings.Settings;
import app.counterpoint.settings.SettingsStore;
import app.counterpoint.settings.WindowBounds;
import app.counterpoint.viewmodel.timeline.LaneMode;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The settings that last between launches — theme, text size, presenter type size, lane mode, recent files, the last story
 * and the window's place — as properties the views bind to, read from and written to a {@link SettingsStore}.
 */
public final class SettingsViewModel {

    private final SettingsStore store;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final DoubleProperty fontScale;
    private final ObjectProperty<LaneMode> laneMode;
    private final DoubleProperty textScale;
    private final ObservableList<String> recentFiles = FXCollections.observableArrayList();
    private final ObjectProperty<WindowBounds> window = new SimpleObjectProperty<>(this, "window");
    private final DoubleProperty timelineShare = new SimpleDoubleProperty(this, "timelineShare", Double.NaN);
    private final ObjectProperty<app.counterpoint.i18n.Language> language;
    private final javafx.beans.property.BooleanProperty reduceMotion =
            new javafx.beans.property.SimpleBooleanProperty(this, "reduceMotion");
    /** Whether the user chose a language; until then the system's locale decides, and nothing is stored. */
    private boolean languageChosen;

    private String lastStory;

    /**
     * @param fontScale the presenter's type size, owned by the presentation
     * @param laneMode  the timeline's lane mode, owned by the timeline
     * @param textScale the window's text size, owned by {@link TextSizeViewModel}
     */
    public SettingsViewModel(
            SettingsStore store,
            DoubleProperty fontScale,
            ObjectProperty<LaneMode> laneMode,
            DoubleProperty textScale) {
        this(store, fontScale, laneMode, textScale, new LanguageViewModel().languageProperty());
    }

    /** @param language the window's language, owned by {@link LanguageViewModel} */
    public SettingsViewModel(
            SettingsStore store,
            DoubleProperty fontScale,
            ObjectProperty<LaneMode> laneMode,
            DoubleProperty textScale,
            ObjectProperty<app.counterpoint.i18n.Language> language) {
        this.language = language;
        this.store = store;
        this.fontScale = fontScale;
        this.laneMode = laneMode;
        this.textScale = textScale;
    }

    /** Applies the stored settings; anything missing or damaged keeps its default. */
    public void load() {
        Settings s = store.load();
        theme.set(Theme.fromName(s.theme()));
        fontScale.set(s.fontScale());
        laneMode.set(laneModeNamed(s.laneMode()));
        textScale.set(TextSizeViewModel.clamp(s.textScale()));
        recentFiles.setAll(s.recentFiles());
        lastStory = s.lastStory();
        window.set(s.window());
        app.counterpoint.i18n.Language.ofTag(s.language()).ifPresent(l -> {
            languageChosen = true;
            language.set(l);
        });
        reduceMotion.set(s.reduceMotion());
        timelineShare.set(s.window() == null ? Double.NaN : s.window().usableTimelineShare());
    }

    private static LaneMode laneModeNamed(String name) {
        for (LaneMode mode : LaneMode.values()) {
            if (mode.name().equals(name)) {
                return mode;
            }
        }
        return LaneMode.SINGLE;
    }

    /** Saves after every change from now on, so a crash loses nothing the user chose. */
    public void saveOnChange() {
        javafx.beans.InvalidationListener save = o -> save();
        theme.addListener(save);
        fontScale.addListener(save);
        laneMode.addListener(save);
        textScale.addListener(save);
        recentFiles.addListener(save);
        window.addListener(save);
        timelineShare.addListener(save);
        reduceMotion.addListener(save);
        language.addListener(o -> {
            languageChosen = true;
            save();
        });
    }

    public void save() {
        WindowBounds w = window.get();
        store.save(new Settings(
                theme.get().name(),
                fontScale.get(),
                laneMode.get().name(),
                recentFiles,
                lastStory,
                w == null ? null : w.withTimelineShare(timelineShare.get()),
                textScale.get(),
                languageChosen ? language.get().locale().getLanguage() : null,
                reduceMotion.get()));
    }

    /** Puts a file that opened at the top of File › Open Recent and remembers it as the last story. */
    public void rememberOpened(String path) {
        lastStory = path; // before the list changes, which saves
        List<String> files = new ArrayList<>(recentFiles);
        files.remove(path);
        files.add(0, path);
        recentFiles.setAll(files.subList(0, Math.min(files.size(), Settings.MAX_RECENT_FILES)));
    }

    /** Drops a recent file that no longer opens (moved or deleted). */
    public void forget(String path) {
        if (path.equals(lastStory)) {
            lastStory = null;
        }
        recentFiles.remove(path);
    }

    /** View › Reduce Motion: zoom, glides and transitions jump instead of animating. */
    public javafx.beans.property.BooleanProperty reduceMotionProperty() {
        return reduceMotion;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public DoubleProperty fontScaleProperty() {
        return fontScale;
    }

    public ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    /** Most recent first. */
    public ObservableList<String> recentFiles() {
        return recentFiles;
    }

    /** The last story file opened, or null. */
    public String lastStory() {
        return lastStory;
    }

    /**
     * The share of the window's height the user dragged the timeline to, NaN until they do; kept with the window's
     * bounds.
     */
    public DoubleProperty timelineShareProperty() {
        return timelineShare;
    }

    /** The main window's bounds to restore, or null to let the window choose. */
    public ObjectProperty<WindowBounds> windowProperty() {
        return window;
    }
}
