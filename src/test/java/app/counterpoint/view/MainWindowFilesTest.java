package app.counterpoint.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.MainViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The file side of the main window: the Cancel button while loading and the save and export menu items. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFilesTest {

    /** Loads wait here until the test runs them, so the window can be seen mid-load. */
    private final List<Runnable> background = new ArrayList<>();

    private MainViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = MainWindowFixture.empty(stage, MainWindowFixture.WIDTH, MainWindowFixture.HEIGHT, background::add)
                .viewModel();
        viewModel.openBundledStory();
        background.remove(0).run();
    }

    @Test
    void cancelWhileLoadingKeepsTheStoryShown(FxRobot robot) {
        Story before = viewModel.storyProperty().get();
        robot.interact(() -> viewModel.open(Path.of("some-large-timeline.json")));
        Button cancel = robot.lookup("#cancel-loading").queryAs(Button.class);
        assertTrue(cancel.isVisible(), "Cancel shows while a file loads");
        assertTrue(robot.lookup(".status-progress")
                .queryAs(ProgressIndicator.class)
                .isVisible());

        robot.clickOn(cancel);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> background.forEach(Runnable::run));

        assertFalse(viewModel.loadingProperty().get());
        assertFalse(cancel.isVisible());
        assertSame(before, viewModel.storyProperty().get());
    }

    @Test
    void theFileMenuOffersSaveSaveAsAndExport(FxRobot robot) {
        Menu file = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0);
        List<String> items = file.getItems().stream().map(MenuItem::getText).toList();
        assertTrue(items.containsAll(List.of("Save", "Save As\u2026", "_Export")), items.toString());
        Menu export = (Menu) file.getItems().stream()
                .filter(i -> "_Export".equals(i.getText()))
                .findFirst()
                .orElseThrow();
        List<String> exports = export.getItems().stream().map(MenuItem::getText).toList();
        assertTrue(
                exports.containsAll(List.of(
                        "Timeline as TimelineJS JSON\u2026",
                        "Timeline as PNG\u2026",
                        "Comparison as Markdown\u2026",
                        "Comparison as HTML\u2026")),
                exports.toString());
        assertTrue(
                file.getItems().stream().filter(i -> "Save".equals(i.getText())).noneMatch(MenuItem::isDisable),
                "a story is open, so it can be saved");
    }
}
