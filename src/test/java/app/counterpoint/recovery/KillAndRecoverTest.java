package app.counterpoint.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import app.counterpoint.io.export.StoryWriter;
import app.counterpoint.io.recovery.RecoveryStore;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.edit.EditScript;
import app.counterpoint.viewmodel.recovery.RecoveryOffer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Done": a story made from nothing in the app (three sides, three topics, five events, ten statements),
 * with a retitle, a move and an undo, survives a kill -9. The real app is started in a child JVM (headless, with the
 * system properties the build's tests use), makes the edits through its edit-script hook, is killed with SIGKILL once
 * the recovery folder holds them, and the next start offers back exactly that story, which passes check and
 * round-trips through save and open unchanged.
 */
class KillAndRecoverTest {

    static final List<String> SCRIPT = List.of(
            "new-story|Talks about Syria|White House,Kremlin,United Nations|Syria,Terrorism,Ceasefire",
            "add-event|The strike|7 April 2017|syria",
            "add-event|Phone call|2 May 2017|syria,terrorism",
            "add-event|Astana talks|May 2017|ceasefire",
            "add-event|Safe zones agreed|4 May 2017 14:30|ceasefire,syria",
            "add-event|Hamburg meeting|July 2017|terrorism",
            "add-statement|the-strike|white-house|syria|quote|a vital national security interest",
            "add-statement|the-strike|kremlin|syria|paraphrase|an act of aggression against a sovereign state",
            "add-statement|phone-call|white-house|syria|paraphrase|the suffering in Syria must end",
            "add-statement|phone-call|kremlin|terrorism|paraphrase|coordinate the fight against terrorism",
            "add-statement|phone-call|united-nations|syria|paraphrase|the UN welcomes the call",
            "add-statement|astana-talks|kremlin|ceasefire|quote|de-escalation zones",
            "add-statement|astana-talks|united-nations|ceasefire|paraphrase|a step towards a lasting ceasefire",
            "add-statement|safe-zones-agreed|white-house|ceasefire|paraphrase|will send a representative",
            "add-statement|hamburg-meeting|kremlin|terrorism|paraphrase|cyber security was discussed",
            "add-statement|hamburg-meeting|white-house|terrorism|quote|a tremendous meeting",
            "retitle|astana-talks|Talks in Astana",
            "move|hamburg-meeting|7 July 2017",
            "move|the-strike|8 April 2017",
            "undo");

    @TempDir
    Path dir;

    @Test
    void aStoryMadeInTheAppSurvivesAKillMinus9WithEveryEdit() throws Exception {
        Story expected = storyTheScriptMakes();
        assertEquals(3, expected.actors().size());
        assertEquals(3, expected.topics().size());
        assertEquals(5, expected.events().size());
        assertEquals(10, expected.statements().size());

        Path data = dir.resolve("data");
        Path script = dir.resolve("edits.txt");
        Files.write(script, SCRIPT, StandardCharsets.UTF_8);
        Process app = startApp(data, script);
        try {
            waitForRecoveryOf(expected, data.resolve("recovery"), app);
        } finally {
            app.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no clean close runs
            assertTrue(app.waitFor(30, TimeUnit.SECONDS), "the app is gone");
        }

        // the next start
        RecoveryStore store = new RecoveryStore(data.resolve("recovery"));
        Optional<RecoveryOffer> offer = RecoveryOffer.find(store, ZoneId.systemDefault(), Instant.now());
        assertTrue(offer.isPresent(), "the next start offers the unsaved story back");
        assertTrue(
                offer.get().question().startsWith("Recover the unsaved changes to Talks about Syria (made at "),
                offer.get().question());
        LoadResult recovered = store.read(offer.get().slot());
        assertTrue(recovered.isValid(), () -> "check rejects it: " + recovered.problems());
        assertEquals(List.of(), recovered.warnings(), "check has nothing to tell its author");
        assertEquals(expected, recovered.story(), "exactly the story on screen before the kill");

        Path saved = dir.resolve("talks.json");
        new StoryWriter().write(recovered.story(), saved);
        assertEquals(expected, new StoryReader().read(saved).story(), "save and open give it back unchanged");
    }

    /** The same edits through the same code, in this JVM: the story the app had on screen. */
    static Story storyTheScriptMakes() {
        MainViewModel vm = new MainViewModel(new StoryReader(), Runnable::run, Runnable::run);
        vm.openBundledStory();
        EditScript.run(SCRIPT, vm.editor(), vm::newStory);
        return vm.storyProperty().get();
    }

    private Process startApp(Path data, Path script) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        for (String property :
                List.of("glass.platform", "monocle.platform", "prism.order", "prism.text", "java.awt.headless")) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.add("-Djava.util.prefs.userRoot=" + dir.resolve("prefs"));
        command.add("-D" + app.counterpoint.io.recovery.DataFolder.PROPERTY + "=" + data);
        command.add("-D" + EditScript.PROPERTY + "=" + script);
        command.add("-Xmx512m");
        command.add("app.counterpoint.Main");
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("app.log").toFile())
                .start();
    }

    /** Waits (on a busy machine, up to two minutes) until the recovery folder holds the edited story. */
    private void waitForRecoveryOf(Story expected, Path recovery, Process app) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        StoryReader reader = new StoryReader();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                fail("the app ended by itself: " + Files.readString(dir.resolve("app.log")));
            }
            if (Files.isDirectory(recovery)) {
                try (Stream<Path> files = Files.list(recovery)) {
                    for (Path p : files.filter(f -> f.toString().endsWith(".story.json"))
                            .toList()) {
                        try {
                            LoadResult r = reader.read(p);
                            if (r.isValid() && r.story().equals(expected)) {
                                return;
                            }
                        } catch (RuntimeException e) {
                            // the file is being replaced; look again
                        }
                    }
                }
            }
            Thread.sleep(100);
        }
        fail("the recovery folder never held the edited story: " + Files.readString(dir.resolve("app.log")));
    }
}
