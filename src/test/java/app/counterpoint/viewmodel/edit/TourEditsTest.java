package app.counterpoint.viewmodel.edit;

import static app.counterpoint.fixture.EventBuilder.event;
import static app.counterpoint.viewmodel.edit.EditAssertions.appliesAndReverts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import app.counterpoint.model.Tour;
import app.counterpoint.model.TourStep;
import app.counterpoint.model.TourStepType;
import app.counterpoint.model.TourZoom;
import app.counterpoint.viewmodel.SampleStories;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tours edited like everything else (undoable, passing check), and kept pointing at what exists when events go. */
class TourEditsTest {

    private static final TourStep STRIKE = TourStep.of("strike", "The strike");
    private static final TourStep CALL_SYRIA =
            new TourStep("call", "syria", "s1", TourZoom.EVENT, "Syria", "Ask the class", TourStepType.SHOW);
    private static final TourStep TALKS =
            new TourStep("talks", null, null, TourZoom.FIT, "Talks", null, TourStepType.LEFT_OUT);

    private final Story story =
            SampleStories.phoneCall().withTours(List.of(new Tour("Lesson", List.of(STRIKE, CALL_SYRIA, TALKS))));

    private List<TourStep> steps(Story s) {
        return s.tours().get(0).steps();
    }

    @Test
    void aNewTourStartsWithTheViewAsItIs() {
        Story plain = SampleStories.phoneCall();
        StoryEdit edit = TourEdits.newTour(plain, " My lesson ", CALL_SYRIA);
        Story after = appliesAndReverts(plain, edit);
        assertEquals(List.of(new Tour("My lesson", List.of(CALL_SYRIA))), after.tours());
        assertEquals("Add the tour 'My lesson'", edit.name());
    }

    @Test
    void stepsAreAddedMovedChangedAndDeletedUndoably() {
        Story added = appliesAndReverts(story, TourEdits.addStep(story, 0, 1, TourStep.of("summit", "Summit")));
        assertEquals("summit", steps(added).get(1).eventId());
        Story moved = appliesAndReverts(story, TourEdits.moveStep(story, 0, 2, 0));
        assertEquals(List.of(TALKS, STRIKE, CALL_SYRIA), steps(moved));
        Story changed = appliesAndReverts(story, TourEdits.changeStep(story, 0, 1, " Now Syria ", "  "));
        assertEquals("Now Syria", steps(changed).get(1).caption());
        assertNull(steps(changed).get(1).notes());
        Story deleted = appliesAndReverts(story, TourEdits.deleteStep(story, 0, 0));
        assertEquals(List.of(CALL_SYRIA, TALKS), steps(deleted));
    }

    @Test
    void deletingTheLastStepDeletesTheTour() {
        Story one = story.withTours(List.of(new Tour("Short", List.of(STRIKE))));
        StoryEdit edit = TourEdits.deleteStep(one, 0, 0);
        assertTrue(appliesAndReverts(one, edit).tours().isEmpty());
        assertEquals("Delete the tour 'Short'", edit.name());
    }

    @Test
    void editsOfEventsKeepTheTours() {
        Event summit = story.event("summit").orElseThrow();
        Story after = appliesAndReverts(story, EventEdits.delete(story, summit));
        assertEquals(story.tours(), after.tours());
    }

    @Test
    void deletingAnEventTakesItsStepsAndRenamingItIsCarriedIntoThem() {
        Event strike = story.event("strike").orElseThrow();
        Story deleted = appliesAndReverts(story, EventEdits.delete(story, strike));
        assertEquals(List.of(CALL_SYRIA, TALKS), steps(deleted));
        Event call = story.event("call").orElseThrow();
        Event renamed = event("the-call").like(call).build();
        Story after = appliesAndReverts(story, EventEdits.change(story, call, renamed));
        assertEquals("the-call", steps(after).get(1).eventId());
        assertEquals("s1", steps(after).get(1).statementId());
    }

    @Test
    void deletingOrMovingTheStepsStatementLeavesTheStepOnItsEvent() {
        Statement s1 = story.statements().stream()
                .filter(s -> s.id().equals("s1"))
                .findFirst()
                .orElseThrow();
        Story deleted = appliesAndReverts(story, StatementEdits.delete(story, s1));
        assertNull(steps(deleted).get(1).statementId());
        assertEquals("syria", steps(deleted).get(1).topicId());
        Statement moved = s1.withEventId("summit");
        Story after = appliesAndReverts(story, StatementEdits.change(story, s1, moved));
        assertNull(steps(after).get(1).statementId());
    }
}
