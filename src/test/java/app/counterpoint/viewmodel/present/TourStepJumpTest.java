package app.counterpoint.viewmodel.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.StoryReader;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Tour;
import app.counterpoint.model.TourStep;
import app.counterpoint.model.TourStepType;
import app.counterpoint.model.TourZoom;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.SampleStories;
import app.counterpoint.viewmodel.edit.TourStepsViewModel;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tour Steps' Show on Timeline in the real view models: the step's event selected at the step's zoom. */
class TourStepJumpTest {

    private static final TourStep RANGE = new TourStep(
            "talks",
            null,
            null,
            TourZoom.range(StoryDate.parse("2017-04"), StoryDate.parse("2017-06")),
            "Spring",
            null,
            TourStepType.SHOW);

    private final MainViewModel main = new MainViewModel(new StoryReader(), Runnable::run, Runnable::run);
    private TourStepsViewModel steps;

    @BeforeEach
    void open() {
        main.show(
                "call.json",
                SampleStories.phoneCall()
                        .withTours(List.of(new Tour("Lesson", List.of(TourStep.of("call", "The call"), RANGE)))));
        steps = main.tourSteps();
    }

    @Test
    void aRangeStepSelectsItsEventAndShowsItsStretchOfTime() {
        steps.showStep(1);
        assertEquals("talks", main.selectedEventProperty().get().id());
        assertEquals(
                StoryDate.parse("2017-04").startEpochSecond(), main.timeline().getVisibleStart(), 1);
        assertEquals(
                StoryDate.parse("2017-06").endEpochSecondExclusive(),
                main.timeline().getVisibleEnd(),
                1);
    }

    @Test
    void aStepOnAnEventTheFilterHidesClearsTheFilterRatherThanSelectItUnseen() {
        main.filter().setTopicSelected("syria", false);
        steps.showStep(1);
        assertEquals("talks", main.selectedEventProperty().get().id());
        assertTrue(main.timeline()
                .getShownEvents()
                .contains(main.selectedEventProperty().get()));
    }
}
