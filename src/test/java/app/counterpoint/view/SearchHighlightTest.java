package app.counterpoint.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Event;
import app.counterpoint.text.TextRange;
import app.counterpoint.view.compare.HighlightedText;
import app.counterpoint.viewmodel.MainViewModel;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The search marks what it found in the comparison, the details and the timeline's labels, and Enter / Shift+Enter
 * in the search field and F3 / Shift+F3 anywhere step through the matches: on the real window, bundled story.
 */
@ExtendWith(ApplicationExtension.class)
class SearchHighlightTest {

    private MainViewModel viewModel;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        // a short window (a laptop with its taskbar), where the details and the comparison must scroll to a match
        MainWindowFixture fixture = MainWindowFixture.onBundledStory(stage, 1024, 660);
        viewModel = fixture.viewModel();
        window = fixture.window();
    }

    private void search(FxRobot robot, String query) {
        TextField field = robot.lookup("#search").queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(() -> field.setText(query));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<HighlightedText> markedTexts(FxRobot robot) {
        return robot.lookup(".highlighted-text").queryAllAs(HighlightedText.class).stream()
                .filter(Node::isVisible)
                .filter(t -> !t.foundWords().isEmpty())
                .toList();
    }

    private String matchText(FxRobot robot) {
        return robot.lookup("#search-matches").queryAs(Label.class).getText();
    }

    /** Which text holds the current match, and where in the story it is. */
    private String currentPlace(FxRobot robot) {
        List<HighlightedText> current = markedTexts(robot).stream()
                .filter(HighlightedText::hasCurrentMatch)
                .toList();
        assertEquals(1, current.size(), "one current match on screen");
        return current.get(0).getText() + " | " + matchText(robot);
    }

    @Test
    void whatTheSearchFindsIsMarkedInTheComparisonAndTheDetails(FxRobot robot) {
        search(robot, "VIOLENCE");

        List<HighlightedText> marked = markedTexts(robot);
        assertTrue(marked.size() >= 2, "a statement and the summary: " + marked.size());
        assertTrue(marked.stream().allMatch(t -> t.foundWords().stream().allMatch("violence"::equalsIgnoreCase)));
        assertTrue(robot.lookup(".details-summary-marked").tryQuery().isPresent(), "the details' summary is marked");
        assertTrue(matchText(robot).startsWith("Match 1 of 2 in"), matchText(robot));
        currentPlace(robot);
    }

    @Test
    void enterAndF3StepThroughTheMatchesAndShiftGoesBack(FxRobot robot) {
        search(robot, "violence");
        String first = currentPlace(robot);

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String second = currentPlace(robot);
        assertNotEquals(first, second, "Enter in the search field: the next match");
        assertTrue(second.contains("Match 2 of 2"), second);

        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, currentPlace(robot), "Shift+Enter: back");

        robot.clickOn("#timeline");
        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(second, currentPlace(robot), "F3 from anywhere");
        robot.press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, currentPlace(robot));
    }

    @Test
    void theCurrentMatchIsScrolledIntoViewInTheDetailsAndTheComparison(FxRobot robot) {
        // the summary's last words lie below the details' fold
        search(robot, "constructive");
        assertInView(robot, "#details");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertInView(robot, "#comparison .comparison-scroll");
    }

    /** The current match's mark lies within the viewport of the scroll pane it is in. */
    private void assertInView(FxRobot robot, String scrollPane) {
        HighlightedText current = markedTexts(robot).stream()
                .filter(HighlightedText::hasCurrentMatch)
                .findFirst()
                .orElseThrow();
        javafx.scene.control.ScrollPane pane = robot.lookup(scrollPane).queryAs(javafx.scene.control.ScrollPane.class);
        Node mark = current.currentMatchMark();
        javafx.geometry.Bounds markOnScreen = mark.localToScene(mark.getLayoutBounds());
        javafx.geometry.Bounds viewOnScreen = pane.localToScene(pane.getLayoutBounds());
        assertTrue(markOnScreen.getHeight() > 0, "the mark is drawn");
        assertTrue(
                markOnScreen.getMinY() >= viewOnScreen.getMinY() - 1
                        && markOnScreen.getMaxY() <= viewOnScreen.getMaxY() + 1,
                "the current match " + markOnScreen + " is in view in " + viewOnScreen);
    }

    @Test
    void theTimelineMarksWhatTheSearchFindsInItsLabels(FxRobot robot) {
        Event call = viewModel.selectedEventProperty().get();
        assertTrue(call.title().contains("phone"), call.title());
        assertEquals(List.of(), window.timeline().labelMarksProperty().get().apply(call), "no search, no marks");

        search(robot, "Phone");
        int at = call.title().indexOf("phone");
        assertEquals(
                List.of(new TextRange(at, at + 5)),
                window.timeline().labelMarksProperty().get().apply(call));

        search(robot, "");
        assertEquals(List.of(), window.timeline().labelMarksProperty().get().apply(call));
        assertTrue(markedTexts(robot).isEmpty(), "nothing marked once the search is cleared");
        assertFalse(robot.lookup("#search-matches").queryAs(Label.class).isVisible());
    }
}
