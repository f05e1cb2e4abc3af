package app.counterpoint.tools;

import app.counterpoint.view.MainWindowFixture;
import app.counterpoint.view.export.PngExporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: renders the source reader beside the comparison, S while presenting, and the review list of the seed
 * article's draft to PNGs, on the JVM's screen. Run with {@code mvn test -Dtest=ReaderScreenshotTour
 * -Dtour=/tmp/tour -Dheadless.geometry=1024x768-32}, once per screen size.
 */
@EnabledIfSystemProperty(named = "tour", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ReaderScreenshotTour {

    private MainWindowFixture fixture;

    @Start
    void start(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getBounds();
        fixture = MainWindowFixture.onBundledStory(stage, screen.getWidth(), screen.getHeight());
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("tour"));
        Files.createDirectories(dir);
        Rectangle2D screen = Screen.getPrimary().getBounds();
        String size = (int) screen.getWidth() + "x" + (int) screen.getHeight();
        var vm = fixture.viewModel();

        robot.interact(
                () -> vm.reader().showNextAbout(vm.selectedEventProperty().get()));
        shoot(robot, dir.resolve("reader-" + size + ".png"));
        robot.interact(() -> vm.reader().close());

        robot.interact(() -> fixture.window().presentation().enter());
        robot.type(KeyCode.S);
        shoot(robot, dir.resolve("reader-presenting-" + size + ".png"));
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.ESCAPE);

        String article;
        try (InputStream in = getClass().getResourceAsStream("/draft/seed-trump-putin.txt")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var form = vm.drafts().newFromArticle();
        robot.interact(() -> {
            form.articleProperty().set(article);
            form.publishedProperty().set("2017-05-02");
            form.draft(vm.drafts()::reviewDraft);
        });
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> vm.drafts().draftReviewProperty().get() != null);
        robot.interact(() -> vm.drafts()
                .draftReviewProperty()
                .get()
                .accept(vm.drafts().draftReviewProperty().get().rows().get(0).id()));
        shoot(robot, dir.resolve("draft-review-" + size + ".png"));
    }

    private void shoot(FxRobot robot, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> !fixture.window().timeline().isAnimating());
        Thread.sleep(500);
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
