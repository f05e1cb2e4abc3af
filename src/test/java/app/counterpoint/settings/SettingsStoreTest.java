package app.counterpoint.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsStoreTest {

    /** A node of its own per test; the build points java.util.prefs.userRoot into target/. */
    private final Preferences node = Preferences.userRoot().node("counterpoint-test/" + UUID.randomUUID());

    private final SettingsStore store = new SettingsStore(node);

    @AfterEach
    void clean() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void nothingStoredGivesTheDefaults() {
        assertEquals(Settings.DEFAULTS, store.load());
        assertEquals(Settings.DEFAULTS, SettingsStore.none().load());
    }

    @Test
    void savedSettingsLoadBackEqual() {
        Settings saved = new Settings(
                "DARK",
                2.25,
                "BY_TOPIC",
                List.of("/a/one.json", "/b/two.json"),
                "/a/one.json",
                new WindowBounds(40, 60, 1400, 900, true, 0.35));
        store.save(saved);
        assertEquals(saved, new SettingsStore(node).load());
    }

    @Test
    void theChosenLanguageAndReduceMotionAreRemembered() {
        Settings saved = new Settings("LIGHT", 1.5, "SINGLE", List.of(), null, null, 1.0, "ar", true);
        store.save(saved);
        assertEquals(saved, new SettingsStore(node).load());
        Settings system = new Settings("LIGHT", 1.5, "SINGLE", List.of(), null, null, 1.0, null, false);
        store.save(system);
        assertEquals(null, new SettingsStore(node).load().language(), "back to following the system");
    }

    @Test
    void fewerRecentFilesRemoveTheOldOnes() {
        store.save(new Settings("LIGHT", 1.5, "SINGLE", List.of("/1", "/2", "/3"), null, null));
        store.save(new Settings("LIGHT", 1.5, "SINGLE", List.of("/3"), null, null));
        assertEquals(List.of("/3"), store.load().recentFiles());
    }

    @Test
    void damagedValuesFallBackToTheirDefaults() {
        node.put("fontScale", "very big");
        node.put("window.x", "left");
        node.putDouble("window.width", 3);
        node.putDouble("window.height", 700);
        node.put("recent.0", "  ");
        node.put("recent.1", "/kept.json");
        node.put("theme", "PURPLE");
        Settings loaded = store.load();
        assertEquals(Settings.DEFAULTS.fontScale(), loaded.fontScale());
        assertNull(loaded.window());
        assertEquals(List.of("/kept.json"), loaded.recentFiles());
        assertEquals("PURPLE", loaded.theme(), "the name is kept; the view model maps unknown names to Light");

        node.putDouble("fontScale", 9);
        assertEquals(Settings.DEFAULTS.fontScale(), store.load().fontScale(), "out of range");
    }

    @Test
    void aRemovedNodeReadsAsDefaultsInsteadOfFailing() throws BackingStoreException {
        Preferences doomed = Preferences.userRoot().node("counterpoint-test/" + UUID.randomUUID());
        SettingsStore broken = new SettingsStore(doomed);
        doomed.removeNode();
        assertEquals(Settings.DEFAULTS, broken.load());
    }
}
