package app.counterpoint.viewmodel.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.model.Tour;
import app.counterpoint.model.TourStep;
import app.counterpoint.model.TourStepType;
import app.counterpoint.model.TourZoom;
import app.counterpoint.viewmodel.SampleStories;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** Edit › Tour Steps… without a toolkit: reorder, edit, delete, jump, each one undoable step, following the story. */
class TourStepsViewModelTest {

    private static final TourStep STRIKE = TourStep.of("strike", "The strike");
    private static final TourStep CALL =
            new TourStep("call", "syria", null, TourZoom.FIT, "The call", "Ask the class", TourStepType.SHOW);
    private static final TourStep TALKS = TourStep.of("talks", "Talks");

    private final StoryEditor editor = new StoryEditor();
    private final SimpleObjectProperty<Event> selected = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<DisplayDates> dates =
            new SimpleObjectProperty<>(new DisplayDates(Messages.of(Language.ENGLISH)));
    private final List<String> shown = new ArrayList<>();
    private TourStepsViewModel steps;

    private void open(Story story) {
        editor.open(story);
        steps = new TourStepsViewModel(
                editor.storyProperty(),
                editor,
                selected,
                dates,
                (step, event) -> shown.add(event.id() + " " + step.zoom().mode()));
    }

    private void openLesson() {
        open(SampleStories.phoneCall()
                .withTours(
                        List.of(new Tour("Lesson", List.of(STRIKE, CALL, TALKS)), new Tour("Short", List.of(TALKS)))));
    }

    private List<String> captions() {
        return steps.steps().stream().map(TourStepsViewModel.StepRow::caption).toList();
    }

    @Test
    void listsTheToursAndTheFirstTourStepsInOrderWithTheirEventsAndDates() {
        openLesson();
        assertEquals(List.of("Lesson", "Short"), steps.tourTitles());
        assertEquals(0, steps.selectedTourProperty().get());
        assertEquals(List.of("The strike", "The call", "Talks"), captions());
        TourStepsViewModel.StepRow call = steps.steps().get(1);
        Event event = editor.getStory().event("call").orElseThrow();
        assertEquals(2, call.number());
        assertEquals(event.title(), call.eventTitle());
        assertEquals(dates.get().range(event.start(), event.end()), call.date());
        assertEquals("Ask the class", call.notes());
        steps.selectedTourProperty().set(1);
        assertEquals(List.of("Talks"), captions());
    }

    @Test
    void aMoveIsOneUndoableStepNamedAfterTheStepAndTheSelectionGoesWithIt() {
        openLesson();
        steps.moveStep(2, 0);
        assertEquals(List.of("Talks", "The strike", "The call"), captions());
        assertEquals(0, steps.selectedStepProperty().get());
        assertEquals("Undo Move step 3 of 'Lesson'", editor.undoTextProperty().get());
        assertEquals(1, editor.undoDepth());
        steps.undo();
        assertEquals(List.of("The strike", "The call", "Talks"), captions(), "the list follows the undo");
        steps.redo();
        assertEquals(List.of("Talks", "The strike", "The call"), captions(), "and the redo");
    }

    @Test
    void theKeyboardMovesTheChosenStepAndStopsAtTheEnds() {
        openLesson();
        steps.selectedStepProperty().set(0);
        steps.moveDown();
        steps.moveDown();
        assertEquals(List.of("The call", "Talks", "The strike"), captions());
        assertEquals(2, steps.selectedStepProperty().get());
        steps.moveDown();
        assertEquals(2, editor.undoDepth(), "no move past the last step");
        steps.moveUp();
        assertEquals(List.of("The call", "The strike", "Talks"), captions());
        assertEquals(1, steps.selectedStepProperty().get());
    }

    @Test
    void captionAndNotesAreEditedInPlaceOneUndoableStepEachAndAnUnchangedTextIsNoEdit() {
        openLesson();
        steps.setCaption(1, " Now the call ");
        steps.setNotes(1, "Read both readouts aloud");
        TourStep changed = editor.getStory().tours().get(0).steps().get(1);
        assertEquals("Now the call", changed.caption());
        assertEquals("Read both readouts aloud", changed.notes());
        assertEquals("syria", changed.topicId(), "the rest of the step stays");
        assertEquals(TourZoom.FIT, changed.zoom());
        assertEquals("Now the call", steps.steps().get(1).caption());
        assertEquals(2, editor.undoDepth());
        assertEquals("Undo Edit step 2 of 'Lesson'", editor.undoTextProperty().get());
        steps.setCaption(1, "Now the call");
        steps.setNotes(1, "Read both readouts aloud");
        assertEquals(2, editor.undoDepth(), "the same text again is not an edit");
        steps.setNotes(1, "  ");
        assertNull(editor.getStory().tours().get(0).steps().get(1).notes(), "blank removes the notes");
        steps.undo();
        steps.undo();
        assertEquals("Ask the class", steps.steps().get(1).notes());
        assertEquals("Now the call", steps.steps().get(1).caption());
    }

    @Test
    void deletingAStepIsUndoableAndTheLastStepTakesItsTour() {
        openLesson();
        steps.deleteStep(0);
        assertEquals(List.of("The call", "Talks"), captions());
        assertEquals("Undo Delete step 1 of 'Lesson'", editor.undoTextProperty().get());
        steps.undo();
        assertEquals(List.of("The strike", "The call", "Talks"), captions());
        steps.selectedTourProperty().set(1);
        steps.deleteStep(0);
        assertEquals(List.of("Lesson"), steps.tourTitles());
        assertEquals(0, steps.selectedTourProperty().get(), "the remaining tour is chosen");
        assertEquals(3, steps.steps().size());
        steps.undo();
        assertEquals(List.of("Lesson", "Short"), steps.tourTitles());
    }

    @Test
    void toursAreAddedRenamedAndDeletedUndoably() {
        openLesson();
        selected.set(editor.getStory().event("summit").orElseThrow());
        assertTrue(steps.addTour("  ").isPresent(), "a tour needs a title");
        assertEquals(List.of(), steps.addTour("Summit lesson").stream().toList());
        assertEquals(List.of("Lesson", "Short", "Summit lesson"), steps.tourTitles());
        assertEquals(2, steps.selectedTourProperty().get());
        assertEquals("summit", editor.getStory().tours().get(2).steps().get(0).eventId());
        steps.renameTour("The summit");
        assertEquals("The summit", steps.tourTitle());
        steps.deleteTour();
        assertEquals(List.of("Lesson", "Short"), steps.tourTitles());
        steps.undo();
        assertEquals(List.of("Lesson", "Short", "The summit"), steps.tourTitles());
        steps.undo();
        assertEquals("Summit lesson", steps.tourTitles().get(2));
    }

    @Test
    void followsEditsMadeElsewhere() {
        openLesson();
        Story s = editor.getStory();
        Event strike = s.event("strike").orElseThrow();
        editor.execute(EventEdits.delete(s, strike));
        assertEquals(List.of("The call", "Talks"), captions(), "deleting an event takes its steps");
        editor.open(SampleStories.phoneCall());
        assertEquals(List.of(), steps.tourTitles());
        assertEquals(-1, steps.selectedTourProperty().get());
        assertEquals(List.of(), steps.steps());
    }

    @Test
    void jumpingToAStepShowsItsEventWithItsZoom() {
        openLesson();
        steps.showStep(1);
        steps.showStep(0);
        assertEquals(List.of("call FIT", "strike EVENT"), shown);
    }
}
