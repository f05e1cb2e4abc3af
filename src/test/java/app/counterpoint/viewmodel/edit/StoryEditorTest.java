package app.counterpoint.viewmodel.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.viewmodel.SampleStories;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryEditorTest {

    private final Story original = SampleStories.phoneCall();
    private final StoryEditor editor = new StoryEditor();
    private final List<StoryEditor.Published> published = new ArrayList<>();

    StoryEditorTest() {
        editor.setOnPublish(published::add);
        editor.open(original);
    }

    private Event event(String id) {
        return editor.getStory().event(id).orElseThrow();
    }

    private Event movedTo(Event e, String date) {
        return EventBuilder.event(e.id())
                .like(e)
                .on(date)
                .until((StoryDate) null)
                .build();
    }

    @Test
    void anEditIsAppliedPublishedAndNamedInTheUndoText() {
        assertEquals("Undo", editor.undoTextProperty().get());
        assertFalse(editor.canUndoProperty().get());
        Event talks = event("talks");
        editor.execute(EventEdits.change(
                editor.getStory(), talks, movedTo(talks, "2017-06-01"), EditName.of("editName.event.move", "Talks")));

        assertEquals("2017-06-01", event("talks").start().toIsoString());
        assertEquals("Undo Move 'Talks'", editor.undoTextProperty().get());
        assertTrue(editor.modifiedProperty().get());
        assertEquals(1, published.size());
        assertSame(original, published.get(0).before());
        assertEquals("talks", published.get(0).selectEventId());
    }

    @Test
    void undoAndRedoNameTheirEditsInTheLanguageShownNowNotTheOneOfTheEdit() {
        Event talks = event("talks");
        editor.execute(EventEdits.change(
                editor.getStory(), talks, movedTo(talks, "2017-06-01"), EditName.of("editName.event.move", "Talks")));
        editor.messagesProperty().set(app.counterpoint.i18n.Messages.of(app.counterpoint.i18n.Language.GERMAN));
        assertEquals(
                "Rückgängig: „Talks“ verschieben", editor.undoTextProperty().get());
        assertEquals("Wiederholen", editor.redoTextProperty().get());
        editor.undo();
        editor.messagesProperty().set(app.counterpoint.i18n.Messages.of(app.counterpoint.i18n.Language.FRENCH));
        assertEquals(
                "Rétablir : Déplacement de « Talks »", editor.redoTextProperty().get());
        assertEquals("Move 'Talks'", EditName.of("editName.event.move", "Talks").english());
    }

    @Test
    void undoAndRedoWalkTheHistoryBothWays() {
        Story s0 = editor.getStory();
        editor.execute(EventEdits.change(s0, event("talks"), movedTo(event("talks"), "2017-06-01")));
        Story s1 = editor.getStory();
        editor.execute(EventEdits.delete(s1, event("strike")));
        Story s2 = editor.getStory();

        editor.undo();
        assertEquals(s1, editor.getStory());
        assertEquals("Redo Delete 'Strike'", editor.redoTextProperty().get());
        assertEquals("Undo Edit 'Talks'", editor.undoTextProperty().get());
        editor.undo();
        assertEquals(s0, editor.getStory());
        assertFalse(editor.modifiedProperty().get(), "back where it was opened");
        assertFalse(editor.canUndoProperty().get());
        editor.redo();
        editor.redo();
        assertEquals(s2, editor.getStory());
        assertFalse(editor.canRedoProperty().get());
        assertTrue(published.get(2).reverted());
        assertEquals("strike", published.get(2).selectEventId(), "an undone delete selects the event again");
    }

    @Test
    void aNewEditEndsTheRedoHistory() {
        editor.execute(EventEdits.delete(editor.getStory(), event("strike")));
        editor.undo();
        assertTrue(editor.canRedoProperty().get());
        editor.execute(EventEdits.delete(editor.getStory(), event("summit")));
        assertFalse(editor.canRedoProperty().get());
        assertEquals("Redo", editor.redoTextProperty().get());
    }

    @Test
    void theStepsOfOneDragAreOneUndoStep() {
        Object drag = new Object();
        for (String date : List.of("2017-05-10", "2017-05-20", "2017-06-01")) {
            Event talks = event("talks");
            editor.execute(EventEdits.change(
                            editor.getStory(), talks, movedTo(talks, date), EditName.of("editName.event.move", "Talks"))
                    .mergingAs(drag));
        }
        assertEquals(1, editor.undoDepth());
        assertEquals("2017-06-01", event("talks").start().toIsoString());
        editor.undo();
        assertEquals(original, editor.getStory());
        editor.redo();
        assertEquals("2017-06-01", event("talks").start().toIsoString());

        // another drag is another step
        Event talks = event("talks");
        editor.execute(EventEdits.change(
                        editor.getStory(),
                        talks,
                        movedTo(talks, "2017-07-01"),
                        EditName.of("editName.event.move", "Talks"))
                .mergingAs(new Object()));
        assertEquals(2, editor.undoDepth());
    }

    @Test
    void savingMarksTheVersionWrittenAsUnmodified() {
        editor.execute(EventEdits.delete(editor.getStory(), event("strike")));
        long saved = editor.version();
        editor.execute(EventEdits.delete(editor.getStory(), event("summit")));
        editor.markSaved(saved); // a save of the first version ends after the second edit
        assertTrue(editor.isModified());
        editor.undo();
        assertFalse(editor.isModified(), "the story is the one saved");
        editor.undo();
        assertTrue(editor.isModified());
    }

    @Test
    void anUnsavedStoryCountsAsModifiedUntilSaved() {
        editor.openUnsaved(original);
        assertTrue(editor.isModified());
        editor.markSaved(editor.version());
        assertFalse(editor.isModified());
    }

    @Test
    void aThousandEditsAreAThousandStepsThatAllUndo() {
        for (int i = 0; i < 1000; i++) {
            Event talks = event("talks");
            editor.execute(EventEdits.change(
                    editor.getStory(),
                    talks,
                    movedTo(talks, StoryDate.ofDay(2018, 1 + i % 12, 1).toIsoString())));
        }
        assertEquals(1000, editor.undoDepth());
        for (int i = 0; i < 1000; i++) {
            editor.undo();
        }
        assertEquals(original, editor.getStory());
    }
}
