package app.counterpoint.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.view.MainWindowFixture;
import app.counterpoint.viewmodel.MainViewModel;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Editing as a teacher does it: double-click, type, Enter; drag an event; Ctrl+Z; quit with changes. */
@ExtendWith(ApplicationExtension.class)
class EditingTheUsersWayTest {

    private MainViewModel viewModel;
    private TimelineView timeline;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainWindowFixture fixture = MainWindowFixture.onBundledStory(stage);
        viewModel = fixture.viewModel();
        timeline = fixture.window().timeline();
    }

    private Story story() {
        return viewModel.storyProperty().get();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    /** A place on the timeline's canvas, in screen coordinates, where no event or cluster is drawn. */
    private Point2D emptyPlace(FxRobot robot) {
        AtomicReference<Point2D> found = new AtomicReference<>();
        robot.interact(() -> {
            Bounds b = timeline.getLayoutBounds();
            for (double fy = 0.9; fy > 0.35 && found.get() == null; fy -= 0.05) {
                for (double fx = 0.1; fx < 0.95 && found.get() == null; fx += 0.05) {
                    double x = b.getWidth() * fx;
                    double y = b.getHeight() * fy;
                    if (timeline.eventAt(x, y).isEmpty()) {
                        found.set(timeline.localToScreen(x, y));
                    }
                }
            }
        });
        return found.get();
    }

    @Test
    void doubleClickAnEmptyPlaceTypeATitleAndADateAndPressEnter(FxRobot robot) throws Exception {
        int before = story().events().size();
        robot.moveTo(emptyPlace(robot)).doubleClickOn(MouseButton.PRIMARY);
        waitFor(() -> robot.lookup("#event-title").tryQuery().isPresent());
        robot.clickOn("#event-title").write("Astana talks");
        robot.doubleClickOn("#event-start").eraseText(30).write("4 May 2017");
        waitFor(() -> robot.lookup(".form-hint").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.Label) n).getText().startsWith("2017-05-04")));
        robot.type(KeyCode.ENTER);
        waitFor(() -> story().events().size() == before + 1);
        Event added = story().events().get(before);
        assertEquals("Astana talks", added.title());
        assertEquals("2017-05-04", added.start().toIsoString());
        assertEquals(added, viewModel.selectedEventProperty().get(), "the new event is selected");
        assertTrue(stage.getTitle().startsWith("\u2022 "), stage.getTitle());

        robot.clickOn(timeline);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> story().events().size() == before);
        assertFalse(story().event(added.id()).isPresent());
        assertFalse(stage.getTitle().startsWith("\u2022 "), "undone back to the file as opened");
    }

    @Test
    void anImpossibleDateIsMarkedAndCannotBeCommitted(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel
                .editing()
                .newEvent()
                .ifPresent(f -> app.counterpoint.view.edit.EventDialog.show(
                        f, viewModel.language(), stage, java.util.List.of(), viewModel.editing()::execute)));
        waitFor(() -> robot.lookup("#event-title").tryQuery().isPresent());
        robot.clickOn("#event-title").write("Leap day");
        robot.doubleClickOn("#event-start").eraseText(30).write("29 February 2017");
        waitFor(() -> robot.lookup(".form-problem").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.Label) n)
                        .getText()
                        .equals("'2017-02-29' names day 29 of February 2017, which has 28 days")));
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(((Button) pane.lookupButton(javafx.scene.control.ButtonType.OK)).isDisabled());
        robot.interact(() -> pane.getScene().getWindow().hide());
    }

    @Test
    void aStatementsMenuDeletesItAndUndoBringsItBack(FxRobot robot) throws Exception {
        int before = story().statements().size();
        Node card = robot.lookup(".comparison-grid .statement-card")
                .match(Node::isVisible)
                .query();
        // Monocle turns no right-click into a context-menu request, so the test asks for the menu as the OS would
        robot.interact(() -> {
            var b = card.localToScreen(card.getBoundsInLocal());
            card.fireEvent(new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    10,
                    10,
                    b.getMinX() + 10,
                    b.getMinY() + 10,
                    false,
                    null));
        });
        waitFor(() -> robot.lookup("Delete Statement").tryQuery().isPresent());
        robot.clickOn("Delete Statement");
        waitFor(() -> story().statements().size() == before - 1);
        assertTrue(viewModel.editor().undoTextProperty().get().startsWith("Undo Delete what "));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> story().statements().size() == before);
    }

    @Test
    void dragTheSelectedEventAlongTheTimelineAndUndoTheWholeDragAtOnce(FxRobot robot) throws Exception {
        Event call = story().events().stream()
                .filter(e -> e.start().toIsoString().equals("2017-05-02"))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> viewModel.selectedEventProperty().set(call));
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Optional<Point2D>> at = new AtomicReference<>();
        robot.interact(() -> at.set(timeline.positionOf(call).map(p -> timeline.localToScreen(p))));
        Point2D from = at.get().orElseThrow();
        robot.moveTo(from).press(MouseButton.PRIMARY);
        for (int i = 1; i <= 8; i++) {
            robot.moveTo(from.add(i * 15, 0));
        }
        assertTrue(
                timeline.dragStatusProperty().get().startsWith("Moving '"),
                timeline.dragStatusProperty().get());
        robot.release(MouseButton.PRIMARY);
        waitFor(() -> !story().event(call.id()).orElseThrow().start().equals(call.start()));
        Event moved = story().event(call.id()).orElseThrow();
        assertTrue(moved.startEpochSecond() > call.startEpochSecond(), "moved later: " + moved.start());
        assertEquals(call.start().precision(), moved.start().precision(), "a day stays a day");
        assertTrue(viewModel.editor().undoTextProperty().get().startsWith("Undo Move '"));

        robot.clickOn(timeline);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> story().event(call.id()).orElseThrow().start().equals(call.start()));
        assertFalse(viewModel.editor().canUndoProperty().get(), "the whole drag was one step");
    }

    @Test
    void quittingWithChangesAsksAndDontSaveCloses(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.editing().duplicateSelected());
        assertTrue(viewModel.editor().isModified());
        javafx.application.Platform.runLater(
                () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitFor(() -> robot.lookup("#unsaved-changes").tryQuery().isPresent());
        Node dialog = robot.lookup("#unsaved-changes").query();
        assertTrue(((DialogPane) dialog).getHeaderText().startsWith("Save the changes to trump-putin-2017.json?"));
        robot.interact(
                () -> ((Button) ((DialogPane) dialog).lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
        waitFor(() -> robot.lookup("#unsaved-changes").tryQuery().isEmpty());
        assertTrue(stage.isShowing(), "Cancel keeps the window and the changes");

        javafx.application.Platform.runLater(
                () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitFor(() -> robot.lookup("#unsaved-changes").tryQuery().isPresent());
        DialogPane asked = robot.lookup("#unsaved-changes").queryAs(DialogPane.class);
        robot.interact(() -> asked.getButtonTypes().stream()
                .filter(b -> b.getText().equals("Don't Save"))
                .findFirst()
                .map(b -> (Button) asked.lookupButton(b))
                .ifPresent(Button::fire));
        waitFor(() -> !stage.isShowing());
    }
}
