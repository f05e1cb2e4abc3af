package app.counterpoint.tools;

import app.counterpoint.view.MainWindowFixture;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

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
        fixture = Screenshots.bundledStoryOnTheScreen(stage);
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        Path dir = Screenshots.directory("tour");
        String size = Screenshots.screenSize();
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

        fixture.draftTheSeedArticle(robot);
        robot.interact(() -> vm.drafts()
                .draftReviewProperty()
                .get()
                .accept(vm.drafts().draftReviewProperty().get().rows().get(0).id()));
        shoot(robot, dir.resolve("draft-review-" + size + ".png"));
    }

    private void shoot(FxRobot robot, Path file) throws Exception {
        Screenshots.shoot(robot, fixture, file, 500);
    }
}
