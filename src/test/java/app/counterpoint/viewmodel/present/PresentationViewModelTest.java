package app.counterpoint.viewmodel.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.StoryReader;
import app.counterpoint.model.Event;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.SampleStories;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PresentationViewModelTest {

    private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");

    private final MainViewModel main = new MainViewModel(new StoryReader(), Runnable::run, Runnable::run);
    private final PresentationViewModel presentation = main.presentation();

    @BeforeEach
    void open() {
        main.show("call.json", SampleStories.phoneCall());
    }

    private String selectedId() {
        Event e = main.selectedEventProperty().get();
        return e == null ? null : e.id();
    }

    @Test
    void thePresentersNextLineAndTheDeleteQuestionSpeakTheWindowsLanguage() {
        main.language().languageProperty().set(app.counterpoint.i18n.Language.GERMAN);
        presentation.enter(T0);
        assertEquals(
                "Als Nächstes: Talks \u00B7 3.\u20134. Mai 2017",
                presentation.nextTextProperty().get());
        main.language().languageProperty().set(app.counterpoint.i18n.Language.ENGLISH);
        assertEquals(
                "Delete 'Phone call' and the 6 statements about it?",
                main.editing()
                        .deleteSelectedQuestion(main.language().messages())
                        .orElseThrow());
        assertEquals(
                "„Phone call“ und die 6 Aussagen dazu löschen?",
                main.editing()
                        .deleteSelectedQuestion(
                                app.counterpoint.i18n.Messages.of(app.counterpoint.i18n.Language.GERMAN))
                        .orElseThrow());
    }

    @Test
    void entersAtTheSelectedEventAndStepsInTimeOrder() {
        assertEquals("call", selectedId());
        presentation.enter(T0);
        assertTrue(presentation.isActive());
        assertEquals("2 / 4", presentation.stepTextProperty().get());
        assertEquals(
                "Phone call \u00B7 2 May 2017",
                presentation.currentTitleProperty().get());
        assertEquals("talks", presentation.nextEventProperty().get().id());
        // a span within one month says its month once, as the presenting header does
        assertEquals(
                "Next: Talks \u00B7 3\u20134 May 2017",
                presentation.nextTextProperty().get());

        presentation.next();
        assertEquals("talks", selectedId());
        assertEquals("3 / 4", presentation.stepTextProperty().get());
        presentation.next();
        presentation.next();
        assertEquals("summit", selectedId(), "the last step stays the last");
        assertEquals("4 / 4", presentation.stepTextProperty().get());
        assertNull(presentation.nextEventProperty().get());
        assertEquals("Next: (end of the story)", presentation.nextTextProperty().get());

        presentation.previous();
        assertEquals("talks", selectedId());
        presentation.first();
        assertEquals("strike", selectedId());
        presentation.previous();
        assertEquals("strike", selectedId());
        presentation.last();
        assertEquals("summit", selectedId());
    }

    @Test
    void entersAtTheFirstStepWhenNothingIsSelected() {
        main.selectedEventProperty().set(null);
        presentation.enter(T0);
        assertEquals("strike", selectedId());
        assertEquals("1 / 4", presentation.stepTextProperty().get());
    }

    @Test
    void theSequenceFollowsTheFilter() {
        main.filter().setTopicSelected("syria", false);
        main.filter().setTopicSelected("nk", false);
        presentation.enter(T0);
        assertEquals("call", selectedId());
        assertEquals("1 / 1", presentation.stepTextProperty().get());
        presentation.next();
        assertEquals("call", selectedId());

        main.filter().setTopicSelected("syria", true);
        main.filter().setTopicSelected("nk", true);
        assertEquals("2 / 4", presentation.stepTextProperty().get(), "the count follows a filter change at once");
    }

    @Test
    void blankingHidesTheScreenUntilTheNextStepOrB() {
        presentation.enter(T0);
        presentation.toggleBlank();
        assertTrue(presentation.blankedProperty().get());
        presentation.toggleBlank();
        assertFalse(presentation.blankedProperty().get());
        presentation.toggleBlank();
        presentation.next();
        assertFalse(presentation.blankedProperty().get(), "moving on shows the screen again");
        presentation.toggleBlank();
        presentation.leave();
        assertFalse(presentation.isActive());
        assertFalse(presentation.blankedProperty().get());
    }

    @Test
    void typeSizeStaysBetweenOneAndTwoAndAHalf() {
        presentation.fontScaleProperty().set(3.7);
        assertEquals(
                PresentationViewModel.MAX_FONT_SCALE,
                presentation.fontScaleProperty().get());
        presentation.fontScaleProperty().set(0.2);
        assertEquals(
                PresentationViewModel.MIN_FONT_SCALE,
                presentation.fontScaleProperty().get());
        presentation.fontScaleProperty().set(2.0);
        assertEquals(2.0, presentation.fontScaleProperty().get());
    }

    @Test
    void plusAndMinusStepTheTypeByATenthWithinItsRange() {
        presentation.fontScaleProperty().set(2.0);
        presentation.enlargeText();
        assertEquals(2.1, presentation.fontScaleProperty().get(), 1e-9);
        presentation.shrinkText();
        presentation.shrinkText();
        assertEquals(1.9, presentation.fontScaleProperty().get(), 1e-9);
        for (int i = 0; i < 30; i++) {
            presentation.enlargeText();
        }
        assertEquals(
                PresentationViewModel.MAX_FONT_SCALE,
                presentation.fontScaleProperty().get(),
                1e-9);
        for (int i = 0; i < 30; i++) {
            presentation.shrinkText();
        }
        assertEquals(
                PresentationViewModel.MIN_FONT_SCALE,
                presentation.fontScaleProperty().get(),
                1e-9);
    }

    @Test
    void theClockCountsFromTheStart() {
        presentation.enter(T0);
        assertEquals("0:00", presentation.elapsedTextProperty().get());
        presentation.tick(T0.plusSeconds(754));
        assertEquals("12:34", presentation.elapsedTextProperty().get());
        presentation.tick(T0.plusSeconds(3 * 3600 + 5));
        assertEquals("3:00:05", presentation.elapsedTextProperty().get());
        assertTrue(presentation.clockTextProperty().get().matches("\\d\\d:\\d\\d"));
    }

    @Test
    void anEmptyFilterLeavesNothingToStepThrough() {
        main.filter().searchTextProperty().set("no such words anywhere");
        presentation.enter(T0);
        assertEquals("0 / 0", presentation.stepTextProperty().get());
        presentation.next();
        assertNull(main.selectedEventProperty().get());
    }
}
