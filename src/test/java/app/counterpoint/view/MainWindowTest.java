package app.counterpoint.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.view.compare.HighlightedText;
import app.counterpoint.view.timeline.TimelineClicks;
import app.counterpoint.viewmodel.MainViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on the bundled story, driven as a user would. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private MainViewModel viewModel;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        MainWindowFixture fixture = MainWindowFixture.onBundledStory(stage);
        viewModel = fixture.viewModel();
        window = fixture.window();
    }

    private static List<String> statementTexts(FxRobot robot) {
        return robot.lookup("#comparison .statement-text").queryAll().stream()
                .map(n -> ((HighlightedText) n).getText())
                .toList();
    }

    private static Set<Node> rowHeaders(FxRobot robot) {
        return robot.lookup("#comparison .comparison-row-header").queryAll();
    }

    private Event phoneCall() {
        return viewModel.storyProperty().get().events().stream()
                .filter(e -> e.start().toIsoString().equals("2017-05-02"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void opensOnTheBundledStoryWithTheCallCompared(FxRobot robot) {
        Story story = viewModel.storyProperty().get();
        assertNotNull(story);
        assertEquals(phoneCall(), viewModel.selectedEventProperty().get(), "the most discussed event opens first");
        assertEquals(
                2,
                robot.lookup("#comparison .comparison-column-header").queryAll().size());
        assertEquals(3, rowHeaders(robot).size());
        assertTrue(robot.window(0).getScene().getWindow() instanceof Stage);
        assertTrue(((Stage) robot.window(0)).getTitle().startsWith(story.title()));
    }

    @Test
    void uncheckingNorthKoreaRemovesItsStatementsFromTheComparison(FxRobot robot) {
        List<String> before = statementTexts(robot);
        assertTrue(before.stream().anyMatch(t -> t.contains("North Korea")), before.toString());
        assertTrue(before.stream().anyMatch(t -> t.contains("restraint")), before.toString());

        ToggleButton chip = robot.lookup("#topic-chip-north-korea").queryAs(ToggleButton.class);
        assertTrue(chip.isSelected());
        robot.clickOn(chip);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(chip.isSelected());
        List<String> after = statementTexts(robot);
        assertFalse(
                after.stream().anyMatch(t -> t.contains("North Korea") || t.contains("restraint")), after.toString());
        assertEquals(2, rowHeaders(robot).size());
        assertFalse(after.isEmpty(), "Syria and terrorism stay");

        robot.clickOn(chip);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, statementTexts(robot));
    }

    @Test
    void selectingThePhoneCallOnTheTimelineShowsBothSides(FxRobot robot) {
        robot.interact(() -> viewModel.selectedEventProperty().set(null));
        assertTrue(
                robot.lookup("#comparison .comparison-column-header").queryAll().isEmpty());

        TimelineClicks.clickEvent(robot, window.timeline(), phoneCall());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(phoneCall(), viewModel.selectedEventProperty().get());
        List<String> sides = robot.lookup("#comparison .actor-name").queryAll().stream()
                .map(n -> ((Label) n).getText())
                .toList();
        assertEquals(List.of("White House", "Kremlin"), sides);
        assertEquals(
                "2 May 2017", robot.lookup("#details-date").queryAs(Label.class).getText());
    }

    @Test
    void anInvalidFileListsItsProblemsAndTheOldStoryStays(FxRobot robot) throws Exception {
        Story before = viewModel.storyProperty().get();
        Event selected = viewModel.selectedEventProperty().get();
        Path invalid = Path.of(getClass().getResource("/view/broken-story.json").toURI());

        robot.interact(() -> viewModel.open(invalid));
        WaitForAsyncUtils.waitForFxEvents();

        Window dialog = robot.window("Could not open broken-story.json");
        assertNotNull(dialog);
        ListView<?> problems =
                robot.from(dialog.getScene().getRoot()).lookup(".problem-list").queryAs(ListView.class);
        assertTrue(problems.getItems().size() >= 2, "every problem is listed, not only the first");
        assertTrue(problems.getItems().get(0).toString().contains(":"));

        assertEquals(before, viewModel.storyProperty().get());
        assertEquals(selected, viewModel.selectedEventProperty().get());
        assertEquals(
                2,
                robot.lookup("#comparison .comparison-column-header").queryAll().size());
        robot.interact(() -> ((Stage) dialog).close());
    }
}
