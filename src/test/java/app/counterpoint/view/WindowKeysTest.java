package app.counterpoint.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.help.Shortcut;
import app.counterpoint.viewmodel.help.ShortcutArea;
import app.counterpoint.viewmodel.timeline.LaneMode;
import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's own keys on the real window at a projector's 1024x768: text size (Ctrl + − 0) whatever has focus,
 * the keyboard help (F1, ?), and that every key the help lists for the timeline and presentation mode is one they
 * really take.
 */
@ExtendWith(ApplicationExtension.class)
class WindowKeysTest {

    private MainViewModel viewModel;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        MainWindowFixture fixture = MainWindowFixture.onBundledStory(stage, 1024, 768);
        viewModel = fixture.viewModel();
        window = fixture.window();
    }

    /** The size of a label's text, which follows the window's root size by its own em. */
    private double fontSize(String selector) {
        return ((Label) window.lookup(selector)).getFont().getSize();
    }

    @Test
    void ctrlPlusMinusAndZeroSizeTheWholeWindowEvenWithTheTimelineFocused(FxRobot robot) {
        robot.clickOn("#timeline");
        double normal = fontSize(".status-text");
        double start = viewModel.timeline().visibleStartProperty().get();
        double end = viewModel.timeline().visibleEndProperty().get();

        robot.press(KeyCode.CONTROL).type(KeyCode.PLUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.1, viewModel.textSize().scaleProperty().get(), 1e-9);
        assertEquals(normal * 1.1, fontSize(".status-text"), 0.01, "the status line's text grew with the window's");
        assertEquals(start, viewModel.timeline().visibleStartProperty().get(), "the timeline did not zoom");
        assertEquals(end, viewModel.timeline().visibleEndProperty().get());

        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL)
                .type(KeyCode.MINUS)
                .type(KeyCode.MINUS)
                .type(KeyCode.MINUS)
                .release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.9, viewModel.textSize().scaleProperty().get(), 1e-9);

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, viewModel.textSize().scaleProperty().get(), 1e-9);
        assertEquals(normal, fontSize(".status-text"), 0.01);
    }

    @Test
    void whilePresentingTheWindowSizeMultipliesThePresentationSize(FxRobot robot) {
        robot.clickOn("#timeline");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        double presentation = viewModel.presentation().fontScaleProperty().get();
        double before = fontSize("#presentation-title");

        robot.press(KeyCode.CONTROL).type(KeyCode.PLUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(presentation, viewModel.presentation().fontScaleProperty().get(), "its own size is kept");
        assertEquals(1.1, viewModel.textSize().scaleProperty().get(), 1e-9);
        assertEquals(before * 1.1, fontSize("#presentation-title"), 0.05, "the presentation's text grew by 10 %");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(viewModel.presentation().isActive());
        assertEquals(1.1, viewModel.textSize().scaleProperty().get(), 1e-9, "the window's own size stays");
    }

    @Test
    void f1ShowsEveryKeyAndEscapeOrAClickCloses(FxRobot robot) {
        robot.clickOn("#timeline");
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Node overlay = robot.lookup("#shortcuts-overlay").query();
        assertTrue(overlay.isVisible());
        assertCardFitsTheWindow(robot);
        String shown = allText(overlay);
        for (Shortcut shortcut : Shortcut.values()) {
            assertTrue(shown.contains(shortcut.action()), "the help lists " + shortcut);
        }
        robot.type(KeyCode.RIGHT); // reaches nothing under the list
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(overlay.isVisible());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(overlay.isVisible());

        robot.interact(() -> viewModel.help().show());
        robot.clickOn(overlay);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(overlay.isVisible(), "a click closes it");
    }

    @Test
    void questionMarkShowsTheHelpButTypesIntoTheSearchField(FxRobot robot) {
        robot.clickOn("#timeline");
        robot.interact(() -> Event.fireEvent(window.timeline(), typed("?")));
        assertTrue(viewModel.help().isShown());
        robot.interact(() -> Event.fireEvent(window.timeline(), typed("?")));
        assertFalse(viewModel.help().isShown(), "? again closes it");

        TextField search = robot.lookup("#search").queryAs(TextField.class);
        robot.clickOn(search);
        robot.interact(() -> Event.fireEvent(search, typed("?")));
        assertFalse(viewModel.help().isShown(), "a question mark in the search field is a question mark");
    }

    @Test
    void theHelpFitsAProjectorWhilePresentingToo(FxRobot robot) {
        robot.clickOn("#timeline");
        robot.type(KeyCode.F5);
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(viewModel.help().isShown());
        assertCardFitsTheWindow(robot);
        int step = viewModel
                .shownEvents()
                .indexOf(viewModel.selectedEventProperty().get());
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                step,
                viewModel
                        .shownEvents()
                        .indexOf(viewModel.selectedEventProperty().get()),
                "a clicker's press under the help moves nothing");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(viewModel.help().isShown());
        assertTrue(viewModel.presentation().isActive(), "Esc closed the help, not the presentation");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Every key the help lists for the timeline is taken by the timeline: none falls through unhandled. The lanes
     * are made to overflow (by topic, at 1024x768) so that the keys that scroll them have lanes to scroll;
     * the toolbar's mnemonics (Alt+…) belong to its buttons, so they are checked by their buttons' own tests.
     */
    @Test
    void everyTimelineKeyOfTheHelpIsOneTheTimelineTakes(FxRobot robot) {
        List<String> untaken = new ArrayList<>();
        List<KeyEvent> reachedScene = new ArrayList<>();
        robot.interact(() -> {
            window.getScene().addEventHandler(KeyEvent.KEY_PRESSED, reachedScene::add);
            viewModel.timeline().setLaneMode(LaneMode.BY_TOPIC);
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (Shortcut shortcut : Shortcut.in(ShortcutArea.TIMELINE)) {
            if (shortcut == Shortcut.TIMELINE_LANES || shortcut == Shortcut.TIMELINE_LEGEND) {
                continue;
            }
            for (String key : shortcut.keys()) {
                robot.interact(() -> window.timeline().requestFocus());
                reachedScene.clear();
                robot.interact(() -> Event.fireEvent(window.timeline(), pressed(key)));
                if (!reachedScene.isEmpty()) {
                    untaken.add(key + " (" + shortcut + ")");
                }
            }
        }
        assertEquals(List.of(), untaken);
    }

    /** Every key the help lists for presentation mode is taken while presenting. */
    @Test
    void everyPresentationKeyOfTheHelpIsOnePresentationModeTakes(FxRobot robot) {
        List<String> untaken = new ArrayList<>();
        List<KeyEvent> reachedScene = new ArrayList<>();
        robot.interact(() -> window.getScene().addEventHandler(KeyEvent.KEY_PRESSED, reachedScene::add));
        for (Shortcut shortcut : Shortcut.in(ShortcutArea.PRESENTATION)) {
            for (String key : shortcut.keys()) {
                robot.interact(() -> {
                    if (!viewModel.presentation().isActive()) {
                        window.presentation().enter();
                    }
                    if (viewModel.presentation().blankedProperty().get()) {
                        viewModel.presentation().toggleBlank();
                    }
                });
                reachedScene.clear();
                robot.interact(() -> Event.fireEvent(window.timeline(), pressed(key)));
                if (!reachedScene.isEmpty()) {
                    untaken.add(key + " (" + shortcut + ")");
                }
            }
        }
        robot.interact(() -> viewModel.presentation().leave());
        assertEquals(List.of(), untaken);
    }

    private void assertCardFitsTheWindow(FxRobot robot) {
        Node card = robot.lookup("#shortcuts-card").query();
        Bounds b = card.localToScene(card.getLayoutBounds());
        assertTrue(
                b.getMinX() >= 0
                        && b.getMinY() >= 0
                        && b.getMaxX() <= window.getScene().getWidth()
                        && b.getMaxY() <= window.getScene().getHeight(),
                "the list " + b + " lies within the window");
    }

    private static String allText(Node root) {
        StringBuilder sb = new StringBuilder();
        root.lookupAll(".label").forEach(n -> sb.append(((Label) n).getText()).append('\n'));
        return sb.toString();
    }

    private static KeyEvent typed(String character) {
        return new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, true, false, false, false);
    }

    /** A key press as the table writes it, with its modifiers. */
    private static KeyEvent pressed(String key) {
        KeyCodeCombination combination = (KeyCodeCombination) KeyCombination.valueOf(key);
        boolean shift = combination.getShift() == KeyCombination.ModifierValue.DOWN;
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", combination.getCode(), shift, false, false, false);
    }
}
