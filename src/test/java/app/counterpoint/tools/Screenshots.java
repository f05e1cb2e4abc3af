package app.counterpoint.tools;

import app.counterpoint.view.MainWindowFixture;
import app.counterpoint.view.export.PngExporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the screenshot tools (ScreenshotTour, ReaderScreenshotTour, LessonScreenshots) share: the window on the
 * bundled story at the size of the JVM's headless screen, the folder the shots go to, and a shot taken once the
 * window has stopped moving.
 */
final class Screenshots {

    private Screenshots() {}

    /** The window on the bundled story, as large as the headless screen (which cannot draw past its edge). */
    static MainWindowFixture bundledStoryOnTheScreen(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getBounds();
        return MainWindowFixture.onBundledStory(stage, screen.getWidth(), screen.getHeight());
    }

    /** The screen's size as the shots' names carry it: "1024x768". */
    static String screenSize() {
        Rectangle2D screen = Screen.getPrimary().getBounds();
        return (int) screen.getWidth() + "x" + (int) screen.getHeight();
    }

    /** The folder the system property {@code property} names, made if missing. */
    static Path directory(String property) throws IOException {
        return Files.createDirectories(Path.of(System.getProperty(property)));
    }

    /**
     * A PNG of the whole window once its events are handled and the timeline's animation is over, after a pause of
     * {@code pauseMillis} for what settles without telling (a scroll, a fade).
     */
    static void shoot(FxRobot robot, MainWindowFixture fixture, Path file, long pauseMillis) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> !fixture.window().timeline().isAnimating());
        Thread.sleep(pauseMillis);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                Files.write(file, PngExporter.encode(PngExporter.snapshot(fixture.window(), 1)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
