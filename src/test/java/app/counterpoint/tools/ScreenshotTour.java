package app.counterpoint.tools;

import app.counterpoint.view.MainWindow;
import app.counterpoint.view.MainWindowFixture;
import app.counterpoint.view.export.PngExporter;
import app.counterpoint.viewmodel.settings.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: a tool that renders the window in each theme, normal and presenting, to PNGs for looking at and for
 * the README. Run with {@code mvn test -Dtest=ScreenshotTour -Dtour=/tmp/tour}.
 */
@EnabledIfSystemProperty(named = "tour", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ScreenshotTour {

    private MainWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = MainWindowFixture.onBundledStory(stage);
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("tour"));
        Files.createDirectories(dir);
        for (Theme theme : Theme.values()) {
            String name = theme.name().toLowerCase(java.util.Locale.ROOT);
            robot.interact(() -> fixture.viewModel().settings().themeProperty().set(theme));
            WaitForAsyncUtils.waitForFxEvents();
            shoot(robot, dir.resolve("window-" + name + ".png"));
            robot.interact(() -> fixture.window().presentation().enter());
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> fixture.stage().setWidth(MainWindowFixture.WIDTH));
            robot.interact(() -> fixture.stage().setHeight(MainWindowFixture.HEIGHT));
            WaitForAsyncUtils.waitForFxEvents();
            shoot(robot, dir.resolve("present-" + name + ".png"));
            robot.interact(() -> fixture.viewModel().presentation().leave());
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void handout(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("tour"));
        Files.createDirectories(dir);
        robot.interact(() -> {
            try {
                var pages = app.counterpoint.view.export.Handout.pages(
                        fixture.viewModel(),
                        PngExporter.snapshot(fixture.window().timeline(), 2),
                        523,
                        770,
                        java.util.List.of(MainWindow.STYLESHEET));
                for (int i = 0; i < pages.size(); i++) {
                    java.nio.file.Files.write(
                            dir.resolve("handout-" + (i + 1) + ".png"),
                            PngExporter.encode(PngExporter.snapshot(pages.get(i), 1.5)));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void shoot(FxRobot robot, Path file) throws Exception {
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                Files.write(file, PngExporter.encode(PngExporter.snapshot(fixture.window(), 1)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
