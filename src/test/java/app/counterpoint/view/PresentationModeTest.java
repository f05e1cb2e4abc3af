package app.counterpoint.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Event;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.settings.Theme;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode, themes and image export on the real window. */
@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {

    private MainViewModel viewModel;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        MainWindowFixture fixture = MainWindowFixture.onBundledStory(stage);
        this.stage = fixture.stage();
        viewModel = fixture.viewModel();
        window = fixture.window();
    }

    private List<Event> eventsInTimeOrder() {
        return List.copyOf(viewModel.shownEvents());
    }

    @Test
    void f5PresentsRightStepsAndEscapeLeaves(FxRobot robot) throws Exception {
        Event call = viewModel.selectedEventProperty().get();
        List<Event> events = eventsInTimeOrder();
        int callIndex = events.indexOf(call);

        robot.clickOn("#timeline");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(viewModel.presentation().isActive());
        assertTrue(stage.isFullScreen());
        assertNull(window.getBottom(), "no status bar while presenting");
        assertFalse(window.presentation().hasPresenterView(), "one screen: no presenter view");
        assertTrue(
                robot.lookup(".timeline-toolbar")
                        .tryQuery()
                        .map(n -> !n.isVisible())
                        .orElse(true),
                "no timeline toolbar for the audience");
        assertEquals(
                (callIndex + 1) + " / " + events.size(),
                robot.lookup("#presentation-step").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#presentation-title")
                .queryAs(Label.class)
                .getText()
                .startsWith(call.title()));

        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        Event next = events.get(callIndex + 1);
        assertEquals(next, viewModel.selectedEventProperty().get());
        assertEquals(
                (callIndex + 2) + " / " + events.size(),
                robot.lookup("#presentation-step").queryAs(Label.class).getText());
        WaitForAsyncUtils.waitFor(
                5,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> !window.timeline().isAnimating());
        double start = viewModel.timeline().getVisibleStart();
        double end = viewModel.timeline().getVisibleEnd();
        assertTrue(next.startEpochSecond() >= start && next.startEpochSecond() <= end, "the step is in view");

        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(call, viewModel.selectedEventProperty().get());

        robot.type(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".blank-screen").query().isVisible());
        robot.type(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".blank-screen").query().isVisible());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(viewModel.presentation().isActive());
        assertFalse(stage.isFullScreen());
        Node bottom = window.getBottom();
        assertTrue(
                bottom != null && bottom.getStyleClass().contains("status-bar") && bottom.isVisible(),
                "the status bar is back under the window: " + bottom);
        assertTrue(
                robot.lookup(".status-text").queryAs(Label.class).getText().endsWith("statements"),
                "and it counts the story again");
    }

    @Test
    void theTypeGrowsWithThePresenterSetting(FxRobot robot) {
        Label title = robot.lookup("#comparison .pane-heading").queryAs(Label.class);
        double normal = title.getFont().getSize();
        robot.interact(() -> {
            viewModel.presentation().fontScaleProperty().set(2.0);
            window.presentation().enter();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(normal * 2.0, title.getFont().getSize(), 0.6);
        robot.interact(() -> viewModel.presentation().leave());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(normal, title.getFont().getSize(), 0.01);
    }

    @Test
    void switchingTheThemeSwapsTheStylesheet(FxRobot robot) {
        Scene scene = stage.getScene();
        assertEquals(List.of(MainWindow.STYLESHEET), scene.getStylesheets());
        robot.interact(() -> viewModel.settings().themeProperty().set(Theme.DARK));
        assertEquals(2, scene.getStylesheets().size());
        assertTrue(scene.getStylesheets().get(1).endsWith("theme-dark.css"));
        robot.interact(() -> viewModel.settings().themeProperty().set(Theme.HIGH_CONTRAST));
        assertTrue(scene.getStylesheets().get(1).endsWith("theme-high-contrast.css"));
        robot.interact(() -> viewModel.settings().themeProperty().set(Theme.LIGHT));
        assertEquals(List.of(MainWindow.STYLESHEET), scene.getStylesheets());
    }

    @Test
    void exportedPngsDecodeAtTheRequestedScale(FxRobot robot, @TempDir Path dir) throws Exception {
        Path one = dir.resolve("timeline.png");
        Path two = dir.resolve("comparison@2x.png");
        robot.interact(() -> {
            window.exportPng(window.timeline(), 1, one);
            window.exportPng(window.comparison(), 2, two);
        });
        BufferedImage timeline = ImageIO.read(one.toFile());
        assertNotNull(timeline, "a decodable PNG");
        assertEquals((int) Math.round(window.timeline().getWidth()), timeline.getWidth());
        assertEquals((int) Math.round(window.timeline().getHeight()), timeline.getHeight());
        BufferedImage comparison = ImageIO.read(two.toFile());
        assertEquals((int) Math.round(2 * window.comparison().getWidth()), comparison.getWidth());
        assertEquals((int) Math.round(2 * window.comparison().getHeight()), comparison.getHeight());
        int centre = timeline.getRGB(timeline.getWidth() / 2, timeline.getHeight() / 2);
        assertEquals(0xFF, centre >>> 24, "opaque pixels, not an empty image");
    }
}
