package app.counterpoint.viewmodel.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.StoryReader;
import app.counterpoint.io.recovery.RecoveryStore;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.SampleStories;
import app.counterpoint.viewmodel.edit.EventEdits;
import app.counterpoint.viewmodel.edit.EventForms;
import app.counterpoint.viewmodel.edit.StoryEditor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the recovery file is written, on a clock the test moves: after a pause in the editing, at least every few
 * seconds while it goes on, a burst of edits as one write of its last state, a saved story's slot emptied at once,
 * and nothing written after a clean close.
 */
class RecoveryKeeperPacingTest {

    @TempDir
    Path folder;

    private final ManualScheduler writer = new ManualScheduler();
    private final StoryEditor editor = new StoryEditor();
    private RecoveryKeeper keeper;

    @BeforeEach
    void open() {
        editor.open(SampleStories.phoneCall());
        keeper = new RecoveryKeeper(
                new RecoveryStore(folder),
                writer,
                editor,
                () -> "call.json",
                () -> null,
                Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC),
                writer::nanos);
    }

    private void retitle(String title) {
        Story s = editor.getStory();
        Event e = s.event("talks").orElseThrow();
        editor.execute(EventEdits.change(s, e, EventForms.withTitle(e, title)));
    }

    /** The story the recovery slot holds, if any. */
    private Optional<Story> kept() throws IOException {
        try (var files = Files.list(folder)) {
            Optional<Path> story =
                    files.filter(p -> p.toString().endsWith(".story.json")).findFirst();
            return story.map(p -> new StoryReader().read(p).story());
        }
    }

    private String keptTitle() throws IOException {
        return kept().orElseThrow().event("talks").orElseThrow().title();
    }

    @Test
    void aBurstOfTwentyEditsIsOneWriteOfItsLastState() throws IOException {
        for (int i = 1; i <= 20; i++) {
            retitle("Talks, draft " + i);
            writer.advance(100); // typing: a change every tenth of a second
        }
        assertEquals(0, keeper.writes(), "nothing is written while the burst goes on");
        writer.advance(RecoveryKeeper.QUIET_MILLIS);
        assertEquals(1, keeper.writes(), "one write after the pause");
        assertEquals("Talks, draft 20", keptTitle(), "of the last state");
        writer.advance(60_000);
        assertEquals(1, keeper.writes(), "and no more");
        assertEquals(0, writer.waiting(), "nothing is left waiting");
    }

    @Test
    void aChangeIsWrittenAfterThePauseThatFollowsIt() throws IOException {
        retitle("First");
        writer.advance(RecoveryKeeper.QUIET_MILLIS - 100);
        assertEquals(0, keeper.writes());
        retitle("Second"); // the pause starts again
        writer.advance(RecoveryKeeper.QUIET_MILLIS - 100);
        assertEquals(0, keeper.writes());
        writer.advance(100);
        assertEquals(1, keeper.writes());
        assertEquals("Second", keptTitle());

        retitle("Third"); // after a write, the next change waits for its own pause
        writer.advance(RecoveryKeeper.QUIET_MILLIS - 1);
        assertEquals(1, keeper.writes());
        writer.advance(1);
        assertEquals(2, keeper.writes());
        assertEquals("Third", keptTitle());
    }

    @Test
    void editingWithoutAPauseIsStillWrittenEveryFewSeconds() throws IOException {
        // a change every half second for 12 s: never a pause, yet no change waits longer than the longest wait
        int step = 500;
        int changes = 24;
        long sinceKept = 0;
        long longest = 0;
        long writes = 0;
        for (int i = 1; i <= changes; i++) {
            retitle("Dragged " + i);
            writer.advance(step);
            sinceKept += step;
            if (keeper.writes() > writes) {
                writes = keeper.writes();
                assertEquals("Dragged " + i, keptTitle(), "each write takes the newest state");
                sinceKept = 0;
            }
            longest = Math.max(longest, sinceKept);
        }
        assertEquals(12_000 / RecoveryKeeper.LONGEST_WAIT_MILLIS, keeper.writes(), "a write every 5 s of dragging");
        assertTrue(longest < RecoveryKeeper.LONGEST_WAIT_MILLIS, "longest unkept: " + longest + " ms");
        writer.advance(RecoveryKeeper.QUIET_MILLIS);
        assertEquals("Dragged " + changes, keptTitle(), "the last change is the last written");
    }

    @Test
    void savingEmptiesTheSlotWithoutWaitingForAPause() throws IOException {
        retitle("Kept");
        writer.advance(RecoveryKeeper.QUIET_MILLIS);
        assertEquals("Kept", keptTitle());
        editor.markSaved(editor.version());
        writer.advance(0);
        assertEquals(Optional.empty(), kept(), "saved: nothing to recover");
    }

    @Test
    void flushWritesWhatWaitsWithoutThePauseAndACleanCloseWritesNothingMore() throws Exception {
        retitle("Closing with this unsaved");
        keeper.flush(); // the window closes with changes unsaved: kept at once
        assertEquals(1, keeper.writes());
        assertEquals("Closing with this unsaved", keptTitle());

        retitle("Given up");
        keeper.close(); // the user chose not to keep them
        writer.advance(60_000);
        assertEquals(1, keeper.writes(), "nothing is written after a clean close");
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count(), "and the slot is gone");
        }
        assertNull(kept().orElse(null));
    }
}
