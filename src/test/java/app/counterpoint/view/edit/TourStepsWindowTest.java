package app.counterpoint.view.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.i18n.Language;
import app.counterpoint.model.Tour;
import app.counterpoint.model.TourStep;
import app.counterpoint.view.MainWindowFixture;
import app.counterpoint.view.audit.LayoutAudit;
import app.counterpoint.viewmodel.MainViewModel;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Edit › Tour Steps… in the real window at a projector's 1024x768: a step dragged to another place, a caption typed in
 * place, the keyboard's Alt+Down, each one undoable step the window follows, and nothing of the window cut.
 */
@ExtendWith(ApplicationExtension.class)
class TourStepsWindowTest {

    private Stage stage;
    private MainWindowFixture fixture;
    private MainViewModel vm;
    private TourStepsWindow window;

    @Start
    void start(Stage primary) {
        stage = new Stage();
    }

    @AfterEach
    void closeAll(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            fixture = MainWindowFixture.onBundledStory(stage, 1024, 768);
            stage.setWidth(1024);
            stage.setHeight(768);
            vm = fixture.viewModel();
            window = TourStepsWindow.show(
                    vm.tourSteps(), vm.language(), stage, fixture.window().themeStylesheets());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<TourStep> steps() {
        Tour tour = vm.storyProperty().get().tours().get(0);
        return tour.steps();
    }

    private Node cell(FxRobot robot, int index) {
        return robot.from(window.stage().getScene().getRoot())
                .lookup(".tour-step")
                .match(n -> n instanceof ListCell<?> c && !c.isEmpty() && c.getIndex() == index)
                .query();
    }

    @Test
    void draggingAStepMovesItAsOneUndoableStep(FxRobot robot) {
        open(robot);
        List<TourStep> before = steps();
        Node first = cell(robot, 0);
        Node third = cell(robot, 2);
        assertNotNull(third, "the third step is on screen");
        robot.drag(first, MouseButton.PRIMARY).dropTo(third);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(before.get(1), before.get(2), before.get(0)), steps().subList(0, 3));
        assertEquals(before.subList(3, before.size()), steps().subList(3, before.size()));
        String title = vm.storyProperty().get().tours().get(0).title();
        assertEquals(
                "Undo Move step 1 of '" + title + "'",
                vm.editor().undoTextProperty().get());
        assertEquals(
                2,
                robot.lookup("#tour-steps")
                        .queryAs(ListView.class)
                        .getSelectionModel()
                        .getSelectedIndex(),
                "the moved step stays chosen");

        robot.interact(() -> vm.editor().undo());
        assertEquals(before, steps());
        assertEquals(
                before.get(0).caption(),
                ((ListCell<?>) cell(robot, 0)).getGraphic().lookup(".tour-step-caption")
                                instanceof javafx.scene.control.Label l
                        ? l.getText()
                        : null,
                "the window follows the undo");
    }

    @Test
    void aCaptionTypedInPlaceIsOneEditAndTheKeyboardMovesSteps(FxRobot robot) {
        open(robot);
        List<TourStep> before = steps();
        robot.clickOn(cell(robot, 1));
        TextField caption = robot.lookup("#step-caption").queryAs(TextField.class);
        assertEquals(before.get(1).caption(), caption.getText(), "the chosen step's caption is in the field");
        robot.doubleClickOn(caption);
        robot.interact(caption::selectAll);
        robot.write("Now the call itself");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Now the call itself", steps().get(1).caption());
        assertEquals(before.get(1).notes(), steps().get(1).notes(), "the notes stay");
        String title = vm.storyProperty().get().tours().get(0).title();
        assertEquals(
                "Undo Edit step 2 of '" + title + "'",
                vm.editor().undoTextProperty().get());

        // the keyboard: Alt+Down on the list takes the chosen step one place later
        robot.clickOn(cell(robot, 1));
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Now the call itself", steps().get(2).caption());
        assertEquals(before.get(2), steps().get(1));

        // Ctrl+Z in the window undoes the move, then the caption; the field follows
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, steps());
        robot.clickOn(cell(robot, 1));
        assertEquals(before.get(1).caption(), caption.getText());
    }

    @Test
    void theWindowFitsAProjectorInEveryLanguageAtItsSizeAndAtItsSmallest(FxRobot robot) {
        open(robot);
        for (boolean smallest : List.of(false, true)) {
            if (smallest) {
                robot.interact(() -> {
                    window.stage().setWidth(TourStepsWindow.MIN_WIDTH);
                    window.stage().setHeight(TourStepsWindow.MIN_HEIGHT);
                });
            }
            for (Language language : Language.values()) {
                robot.interact(() -> vm.language().languageProperty().set(language));
                WaitForAsyncUtils.waitForFxEvents();
                AtomicReference<List<String>> found = new AtomicReference<>();
                robot.interact(() -> found.set(LayoutAudit.audit(window.stage().getScene(), Set.of())));
                String size = (int) window.stage().getWidth() + "x"
                        + (int) window.stage().getHeight();
                assertEquals(List.of(), found.get(), language + " at " + size + ": nothing of the window may be cut");
                assertTrue(
                        window.stage().getWidth() <= 1024 && window.stage().getHeight() <= 768,
                        size + " fits a 1024x768 screen");
            }
        }
    }

    @Test
    void editTourStepsOpensOneWindowOnTheStorysTours(FxRobot robot) {
        robot.interact(() -> {
            fixture = MainWindowFixture.onBundledStory(stage, 1024, 768);
            vm = fixture.viewModel();
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.MenuItem item =
                robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                        .flatMap(m -> m.getItems().stream())
                        .filter(i -> "tour-steps".equals(i.getId()))
                        .findFirst()
                        .orElseThrow();
        robot.interact(item::fire);
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
        List<Window> open = robot.listWindows().stream()
                .filter(w ->
                        w.isShowing() && w.getScene() != null && w.getScene().lookup("#tour-steps") != null)
                .toList();
        assertEquals(1, open.size(), "a second Edit › Tour Steps… brings the open window to the front");
        ListView<?> list = (ListView<?>) open.get(0).getScene().lookup("#tour-steps");
        assertEquals(
                vm.storyProperty().get().tours().get(0).steps().size(),
                list.getItems().size());
    }
}
