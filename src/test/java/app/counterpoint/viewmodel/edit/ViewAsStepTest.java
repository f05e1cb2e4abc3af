package app.counterpoint.viewmodel.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.StoryReader;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.TourStep;
import app.counterpoint.model.TourZoom;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.SampleStories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Add this view as a step": the selected event, the row and the timeline's window, undoable. */
class ViewAsStepTest {

    private final MainViewModel main = new MainViewModel(new StoryReader(), Runnable::run, Runnable::run);

    @BeforeEach
    void open() {
        main.show("call.json", SampleStories.phoneCall());
    }

    @Test
    void theFirstStepMakesATourAndUndoTakesItBack() {
        assertEquals("call", main.selectedEventProperty().get().id());
        double start = StoryDate.parse("2017-04-20").startEpochSecond();
        double end = StoryDate.parse("2017-05-20").startEpochSecond();
        EditingViewModel editing = main.editing();
        assertTrue(editing.addViewAsStep(-1, "My lesson", "syria", start, end));
        TourStep step = main.storyProperty().get().tours().get(0).steps().get(0);
        assertEquals("My lesson", main.storyProperty().get().tours().get(0).title());
        assertEquals("call", step.eventId());
        assertEquals("syria", step.topicId());
        assertEquals(TourZoom.Mode.RANGE, step.zoom().mode());
        assertEquals("2017-04-20", step.zoom().start().toIsoString());
        assertEquals("2017-05-19", step.zoom().end().toIsoString());
        assertEquals("Phone call", step.caption());
        EditAssertions.passesCheck(main.storyProperty().get());

        main.selectedEventProperty()
                .set(main.storyProperty().get().event("summit").orElseThrow());
        assertTrue(editing.addViewAsStep(0, null, "terrorism", start, end));
        TourStep second = main.storyProperty().get().tours().get(0).steps().get(1);
        assertEquals("summit", second.eventId());
        assertNull(second.topicId(), "the summit has no statement on terrorism: no such row");
        EditAssertions.passesCheck(main.storyProperty().get());

        assertEquals(
                "Add a step to 'My lesson'",
                main.editor().undoTextProperty().get().replace("Undo ", ""));
        main.editor().undo();
        main.editor().undo();
        assertTrue(main.storyProperty().get().tours().isEmpty(), "undone");
        main.editor().redo();
        assertEquals(1, main.storyProperty().get().tours().size(), "redone");
    }

    @Test
    void nothingWithoutASelectedEvent() {
        main.selectedEventProperty().set(null);
        assertFalse(main.editing().addViewAsStep(-1, "Lesson", null, 0, 1));
        assertTrue(main.storyProperty().get().tours().isEmpty());
    }
}
