package app.counterpoint.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Actor;
import app.counterpoint.viewmodel.MainViewModel;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Who said it?" in the window: names hidden behind letters, R reveals one side, Shift+R all, the menu turns it off. */
@ExtendWith(ApplicationExtension.class)
class QuizWindowTest {

    private MainViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = MainWindowFixture.onBundledStory(stage, 1024, 768).viewModel();
    }

    private List<String> headers(FxRobot robot) {
        return robot.lookup("#comparison .comparison-column-header .actor-name").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList();
    }

    @Test
    void theQuizHidesTheSidesAndRRevealsThem(FxRobot robot) {
        List<String> names =
                viewModel.comparison().columns().stream().map(Actor::name).toList();
        assertEquals(names, headers(robot), "the story's order, names shown");
        robot.clickOn("View").clickOn("#quiz");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> hidden = headers(robot);
        assertEquals(List.of("Side A", "Side B"), hidden);
        assertFalse(robot.lookup(".quiz-letter").queryAll().isEmpty(), "each statement shows its letter");
        assertTrue(robot.lookup("#quiz-status").queryAs(Label.class).isVisible());

        robot.clickOn("#timeline");
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> one = headers(robot);
        assertTrue(one.get(0).startsWith("Side A: "), one.toString());
        assertEquals("Side B", one.get(1));
        robot.press(KeyCode.SHIFT).type(KeyCode.R).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> all = headers(robot);
        for (String name : names) {
            assertTrue(all.stream().anyMatch(h -> h.endsWith(": " + name)), all + " names " + name);
        }

        robot.clickOn("View").clickOn("#quiz");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(names, headers(robot), "off again: names and the story's order back");
        assertTrue(robot.lookup(".quiz-letter").queryAll().isEmpty());
    }
}
