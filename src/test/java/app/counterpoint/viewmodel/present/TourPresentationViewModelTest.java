package app.counterpoint.viewmodel.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.StoryReader;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.model.Tour;
import app.counterpoint.model.TourStep;
import app.counterpoint.model.TourStepType;
import app.counterpoint.model.TourZoom;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.SampleStories;
import app.counterpoint.viewmodel.compare.ComparisonRow;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Presenting a tour: the teacher's order, the spotlight, the caption and notes, and the left-out step's reveal. */
class TourPresentationViewModelTest {

    private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");

    private static final Tour TOUR = new Tour(
            "Lesson",
            List.of(
                    new TourStep("call", "syria", "s1", TourZoom.EVENT, "The call: Syria", "Ask first", null),
                    new TourStep("strike", null, null, TourZoom.FIT, "Back to the strike", null, null),
                    new TourStep(
                            "call", "nk", null, TourZoom.EVENT, "North Korea", "Who leads?", TourStepType.LEFT_OUT),
                    TourStep.of("summit", null)));

    private final MainViewModel main = new MainViewModel(new StoryReader(), Runnable::run, Runnable::run);
    private final PresentationViewModel presentation = main.presentation();

    @BeforeEach
    void open() {
        Story story = SampleStories.phoneCall().withTours(List.of(TOUR));
        main.show("call.json", story);
    }

    private String selectedId() {
        Event e = main.selectedEventProperty().get();
        return e == null ? null : e.id();
    }

    @Test
    void stepsGoInTheTeachersOrderWithCaptionNotesAndSpotlight() {
        assertTrue(presentation.enterTour(TOUR, T0));
        assertTrue(presentation.isActive());
        assertEquals("call", selectedId());
        assertEquals("1 / 4", presentation.stepTextProperty().get());
        assertEquals("The call: Syria", presentation.captionProperty().get());
        assertEquals("Ask first", presentation.notesProperty().get());
        assertEquals("call", presentation.spotlightProperty().get().id());
        assertEquals(
                "call", main.timeline().spotlightProperty().get().id(), "the timeline dims all but the step's event");
        assertEquals("syria", main.comparison().markedTopicIdProperty().get());
        assertEquals("s1", main.comparison().markedStatementIdProperty().get());
        assertEquals(
                "Next: Back to the strike \u00B7 Strike \u00B7 7 April 2017",
                presentation.nextTextProperty().get());

        presentation.next();
        assertEquals("strike", selectedId(), "back in time: the tour's order, not time order");
        assertEquals("2 / 4", presentation.stepTextProperty().get());
        assertEquals(TourZoom.FIT, presentation.tourStepProperty().get().zoom());
        assertEquals("", presentation.notesProperty().get());
        assertNull(main.comparison().markedTopicIdProperty().get());
    }

    @Test
    void aLeftOutStepShowsOnlyWhatWasLeftOutThenRevealsAtTheNextClick() {
        presentation.enterTour(TOUR, T0);
        presentation.next();
        presentation.next();
        assertEquals("3 / 4", presentation.stepTextProperty().get());
        assertTrue(presentation.leftOutCoveredProperty().get());
        assertTrue(main.comparison().leftOutOnlyProperty().get());
        List<ComparisonRow> rows = main.comparison().leftOutRows();
        assertEquals(1, rows.size());
        assertEquals("nk", rows.get(0).topic().id());
        assertTrue(rows.get(0).isOneSided());
        assertEquals(
                "Next: what the other sides said",
                presentation.nextTextProperty().get());

        presentation.next();
        assertFalse(main.comparison().leftOutOnlyProperty().get(), "revealed");
        assertEquals("3 / 4", presentation.stepTextProperty().get(), "the reveal is no step of its own");
        presentation.next();
        assertEquals("summit", selectedId());
        assertEquals("Next: (end of the tour)", presentation.nextTextProperty().get());
        presentation.next();
        assertEquals("4 / 4", presentation.stepTextProperty().get(), "the last step stays the last");

        presentation.previous();
        assertTrue(presentation.leftOutCoveredProperty().get(), "going back covers the step again");
    }

    @Test
    void leavingEndsTheTourAndF5PresentsInTimeOrderAgain() {
        presentation.enterTour(TOUR, T0);
        presentation.next();
        presentation.leave();
        assertNull(presentation.tourProperty().get());
        assertNull(main.timeline().spotlightProperty().get());
        assertEquals("", presentation.captionProperty().get());
        presentation.enter(T0);
        assertEquals("1 / 4", presentation.stepTextProperty().get(), "the strike is first in time");
        assertNull(presentation.spotlightProperty().get());
        presentation.next();
        assertEquals("call", selectedId());
    }

    @Test
    void stepsOnEventsTheStoryNoLongerHasAreSkipped() {
        Tour gone = new Tour("Gone", List.of(TourStep.of("nowhere", "x")));
        assertFalse(presentation.enterTour(gone, T0));
        assertFalse(presentation.isActive());
        Tour partly = new Tour("Partly", List.of(TourStep.of("nowhere", "x"), TourStep.of("talks", "Talks")));
        assertTrue(presentation.enterTour(partly, T0));
        assertEquals("talks", selectedId());
        assertEquals("2 / 2", presentation.stepTextProperty().get());
    }

    /**
     * A step on an event the filter hides: the tour is the teacher's lesson, so it shows the step as made, with the
     * filter set aside for the rest of the tour (the presenter is told) and given back when presenting ends; it never
     * selects an event the timeline and the comparison hide.
     */
    @Test
    void aStepOnAnEventTheFilterHidesSetsTheFilterAsideUntilTheTourEnds() {
        main.filter().setTopicSelected("syria", false);
        main.filter().setTopicSelected("nk", false);
        assertFalse(main.timeline().getShownEvents().stream().anyMatch(e -> e.id().equals("strike")));

        presentation.enterTour(TOUR, T0);
        assertEquals("call", selectedId());
        assertFalse(presentation.filterSetAsideProperty().get(), "the call is shown: the filter stays");
        presentation.next();
        assertEquals("strike", selectedId());
        assertTrue(
                main.timeline()
                        .getShownEvents()
                        .contains(main.selectedEventProperty().get()),
                "the selected step's event is one the views show");
        assertTrue(presentation.filterSetAsideProperty().get());
        assertEquals(Set.of(), main.filter().choices().topicsOff());
        presentation.next(); // the left-out step, covered
        presentation.next(); // revealed
        presentation.next();
        assertEquals("summit", selectedId(), "the rest of the tour shows whole");

        presentation.leave();
        assertFalse(presentation.filterSetAsideProperty().get());
        assertEquals(Set.of("syria", "nk"), main.filter().choices().topicsOff(), "the teacher's filter is back");
        assertNull(main.selectedEventProperty().get(), "and the summit it hides is no longer selected");
    }
}
