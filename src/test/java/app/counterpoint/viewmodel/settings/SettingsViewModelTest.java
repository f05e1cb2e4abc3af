package app.counterpoint.viewmodel.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.counterpoint.io.StoryReader;
import app.counterpoint.settings.Settings;
import app.counterpoint.settings.SettingsStore;
import app.counterpoint.settings.WindowBounds;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.timeline.LaneMode;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {

    private final Preferences node = Preferences.userRoot().node("counterpoint-test/" + UUID.randomUUID());

    @AfterEach
    void clean() throws BackingStoreException {
        node.removeNode();
    }

    private MainViewModel launch() {
        MainViewModel main =
                new MainViewModel(new StoryReader(), Runnable::run, Runnable::run, new SettingsStore(node));
        main.settings().load();
        return main;
    }

    @Test
    void choicesLastUntilTheNextLaunch() {
        MainViewModel first = launch();
        first.settings().saveOnChange();
        first.settings().themeProperty().set(Theme.HIGH_CONTRAST);
        first.presentation().fontScaleProperty().set(2.0);
        first.timeline().setLaneMode(LaneMode.BY_ACTOR);
        first.settings().rememberOpened("/stories/a.json");

        MainViewModel second = launch();
        assertEquals(Theme.HIGH_CONTRAST, second.settings().themeProperty().get());
        assertEquals(2.0, second.presentation().fontScaleProperty().get());
        assertEquals(LaneMode.BY_ACTOR, second.timeline().getLaneMode());
        assertEquals(List.of("/stories/a.json"), second.settings().recentFiles());
        assertEquals("/stories/a.json", second.settings().lastStory());
    }

    @Test
    void theTimelinesShareLastsWithTheWindowsBounds() {
        MainViewModel first = launch();
        first.settings().saveOnChange();
        assertEquals(Double.NaN, first.settings().timelineShareProperty().get(), "none until the user drags");
        first.settings().windowProperty().set(new WindowBounds(10, 20, 1100, 700, false));
        first.settings().timelineShareProperty().set(0.42);

        MainViewModel second = launch();
        assertEquals(0.42, second.settings().timelineShareProperty().get());
        assertEquals(0.42, second.settings().windowProperty().get().timelineShare());
    }

    @Test
    void unknownNamesFallBackToDefaults() {
        node.put("theme", "NEON");
        node.put("laneMode", "SPIRAL");
        MainViewModel main = launch();
        assertEquals(Theme.LIGHT, main.settings().themeProperty().get());
        assertEquals(LaneMode.SINGLE, main.timeline().getLaneMode());
    }

    @Test
    void recentFilesAreMostRecentFirstWithoutRepeatsAndAtMostTen() {
        SettingsViewModel settings = launch().settings();
        IntStream.range(0, 12).forEach(i -> settings.rememberOpened("/s" + i + ".json"));
        settings.rememberOpened("/s5.json");
        assertEquals(Settings.MAX_RECENT_FILES, settings.recentFiles().size());
        assertEquals("/s5.json", settings.recentFiles().get(0));
        assertEquals("/s11.json", settings.recentFiles().get(1));
        assertEquals(
                1, settings.recentFiles().stream().filter("/s5.json"::equals).count());

        settings.forget("/s5.json");
        assertEquals("/s11.json", settings.recentFiles().get(0));
        assertNull(settings.lastStory());
    }
}
