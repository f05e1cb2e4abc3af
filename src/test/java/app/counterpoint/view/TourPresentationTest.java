package app.counterpoint.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Event;
import app.counterpoint.model.Tour;
import app.counterpoint.model.TourStep;
import app.counterpoint.model.TourStepType;
import app.counterpoint.model.TourZoom;
import app.counterpoint.viewmodel.MainViewModel;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The bundled story's tour, presented start to end on the real window, at a projector's 1024x768. */
@ExtendWith(ApplicationExtension.class)
class TourPresentationTest {

    private MainViewModel viewModel;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        MainWindowFixture fixture = MainWindowFixture.onBundledStory(stage, 1024, 768);
        this.stage = fixture.stage();
        viewModel = fixture.viewModel();
        window = fixture.window();
    }

    private void settle() throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.timeline().isAnimating());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theBundledTourRunsStartToEndWithTheTimelineHighlightingEachStep(FxRobot robot) throws Exception {
        Tour tour = viewModel.tours().get(0);
        assertEquals("Two readouts of one phone call", tour.title());
        Event before = viewModel.selectedEventProperty().get();
        robot.interact(() -> window.presentation().enterTour(tour));
        settle();
        assertTrue(stage.isFullScreen());
        for (int i = 0; i < tour.steps().size(); i++) {
            TourStep step = tour.steps().get(i);
            assertEquals((i + 1) + " / " + tour.steps().size(), text(robot, "#presentation-step"));
            assertEquals(step.eventId(), viewModel.selectedEventProperty().get().id());
            assertEquals(
                    step.eventId(),
                    viewModel.timeline().spotlightProperty().get().id(),
                    "the step's event lit");
            assertEquals(step.caption(), text(robot, "#presentation-caption"));
            Event event = viewModel.selectedEventProperty().get();
            double start = viewModel.timeline().getVisibleStart();
            double end = viewModel.timeline().getVisibleEnd();
            assertTrue(
                    event.startEpochSecond() >= start && event.startEpochSecond() <= end,
                    "step " + (i + 1) + ": its event is in view");
            if (step.zoom().mode() == TourZoom.Mode.RANGE) {
                assertEquals(step.zoom().start().startEpochSecond(), start, 1, "the step's zoom: its start");
            }
            if (step.topicId() != null) {
                assertFalse(
                        robot.lookup(".comparison-row-header.tour-marked")
                                .queryAll()
                                .isEmpty(),
                        "step " + (i + 1) + ": its row is marked");
            }
            if (step.type() == TourStepType.LEFT_OUT) {
                assertFalse(robot.lookup(".covered-cell").queryAll().isEmpty(), "what was said is covered first");
                assertTrue(robot.lookup(".statement-card").queryAll().isEmpty(), "no statement shows yet");
                assertFalse(robot.lookup(".not-mentioned").queryAll().isEmpty(), "what was left out shows");
                robot.type(KeyCode.RIGHT);
                settle();
                assertTrue(robot.lookup(".covered-cell").queryAll().isEmpty(), "revealed at the next click");
                assertFalse(robot.lookup(".statement-card").queryAll().isEmpty());
            }
            robot.type(KeyCode.RIGHT);
            settle();
        }
        assertEquals(tour.steps().size() + " / " + tour.steps().size(), text(robot, "#presentation-step"));

        robot.type(KeyCode.ESCAPE);
        settle();
        assertFalse(viewModel.presentation().isActive());
        assertFalse(stage.isFullScreen());
        assertNull(viewModel.timeline().spotlightProperty().get(), "nothing dimmed after presenting");
        assertTrue(robot.lookup(".tour-marked").queryAll().isEmpty(), "no mark left behind");
        assertFalse(robot.lookup("#presentation-caption").tryQuery().isPresent()
                && robot.lookup("#presentation-caption").query().isVisible());
        assertTrue(before != null);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
