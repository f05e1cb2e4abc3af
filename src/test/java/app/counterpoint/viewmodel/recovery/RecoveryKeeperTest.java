package app.counterpoint.viewmodel.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.StoryReader;
import app.counterpoint.io.recovery.RecoveryStore;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.SampleStories;
import app.counterpoint.viewmodel.edit.EventEdits;
import app.counterpoint.viewmodel.edit.EventForms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unsaved changes are kept in the recovery folder off the FX thread, and offered back when a session left them. */
class RecoveryKeeperTest {

    @TempDir
    Path folder;

    private MainViewModel viewModel(RecoveryStore store) {
        MainViewModel vm = new MainViewModel(
                new StoryReader(), Runnable::run, Runnable::run, app.counterpoint.settings.SettingsStore.none(), store);
        vm.show("call.json", SampleStories.phoneCall());
        return vm;
    }

    private static void retitle(MainViewModel vm, String id, String title) {
        Story s = vm.storyProperty().get();
        Event e = s.event(id).orElseThrow();
        vm.editor().execute(EventEdits.change(s, e, EventForms.withTitle(e, title)));
    }

    @Test
    void everyChangeIsWrittenOffTheCallersThreadAndASaveEmptiesTheSlot() throws Exception {
        RecoveryStore store = new RecoveryStore(folder);
        MainViewModel vm = viewModel(store);
        retitle(vm, "talks", "Astana talks");
        retitle(vm, "call", "The phone call");
        vm.recovery().keeper().flush();
        assertEquals(1, vm.recovery().keeper().writes(), "two quick changes, one write");

        // as another start sees it: the slot is in use while this session runs
        assertEquals(List.of(), new RecoveryStore(folder).leftBehind());
        try (var files = Files.list(folder)) {
            Path story = files.filter(p -> p.toString().endsWith(".story.json"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    vm.storyProperty().get(),
                    new StoryReader().read(story).story(),
                    "the kept story is the one on screen");
        }

        vm.editor().markSaved(vm.editor().version());
        vm.recovery().keeper().flush();
        try (var files = Files.list(folder)) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".story.json")), "saved: nothing to recover");
        }
        vm.recovery().closeCleanly();
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count(), "a clean close leaves nothing behind");
        }
    }

    @Test
    void theQuestionSaysWhichStoryAndWhen() {
        ZoneId zone = ZoneOffset.UTC;
        Instant changed = Instant.parse("2026-12-01T14:32:10Z");
        RecoveryStore.About about = new RecoveryStore.About("syria.json", null, changed);
        assertEquals(
                "Recover the unsaved changes to syria.json (made at 14:32)?",
                RecoveryOffer.question(about, zone, Instant.parse("2026-12-01T18:00:00Z")));
        assertEquals(
                "Recover the unsaved changes to syria.json (made on 1 December at 14:32)?",
                RecoveryOffer.question(about, zone, Instant.parse("2026-12-03T09:00:00Z")));
    }

    @Test
    void theQuestionIsAskedInTheWindowsLanguage() {
        ZoneId zone = ZoneOffset.UTC;
        RecoveryStore.About about = new RecoveryStore.About("syria.json", null, Instant.parse("2026-12-01T14:32:10Z"));
        assertEquals(
                "Die ungespeicherten Änderungen an syria.json wiederherstellen (vom 1. Dezember, 14:32 Uhr)?",
                RecoveryOffer.question(
                        about,
                        zone,
                        Instant.parse("2026-12-03T09:00:00Z"),
                        app.counterpoint.i18n.Messages.of(app.counterpoint.i18n.Language.GERMAN)));
        assertEquals(
                "Восстановить несохранённые изменения в syria.json (сделаны в 14:32)?",
                RecoveryOffer.question(
                        about,
                        zone,
                        Instant.parse("2026-12-01T18:00:00Z"),
                        app.counterpoint.i18n.Messages.of(app.counterpoint.i18n.Language.RUSSIAN)));
    }
}
