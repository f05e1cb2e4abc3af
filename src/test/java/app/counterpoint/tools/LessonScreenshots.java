package app.counterpoint.tools;

import app.counterpoint.model.Tour;
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
 * Not a test: renders the bundled tour, presented step by step (a left-out step covered, then revealed), to PNGs for
 * looking at and for the README. Run with {@code mvn test -Dtest=LessonScreenshots -Dlessons=/tmp/lessons
 * -Dheadless.geometry=1024x768-32}.
 */
@EnabledIfSystemProperty(named = "lessons", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class LessonScreenshots {

    private MainWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = Screenshots.bundledStoryOnTheScreen(stage);
    }

    @Test
    void presentTheBundledTour(FxRobot robot) throws Exception {
        Path dir = Screenshots.directory("lessons");
        String size = Screenshots.screenSize();
        Tour tour = fixture.viewModel().tours().get(0);
        robot.interact(() -> fixture.window().presentation().enterTour(tour));
        int shot = 1;
        for (int i = 0; i < tour.steps().size(); i++) {
            shoot(robot, dir.resolve("tour-" + size + "-" + (shot++) + ".png"));
            if (fixture.viewModel().presentation().leftOutCoveredProperty().get()) {
                robot.type(KeyCode.RIGHT);
                shoot(robot, dir.resolve("tour-" + size + "-" + (shot++) + "-revealed.png"));
            }
            robot.type(KeyCode.RIGHT);
        }
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void quizHiddenAndRevealed(FxRobot robot) throws Exception {
        Path dir = Screenshots.directory("lessons");
        String size = Screenshots.screenSize();
        robot.interact(
                () -> fixture.viewModel().comparison().quiz().quizProperty().set(true));
        shoot(robot, dir.resolve("quiz-" + size + "-hidden.png"));
        robot.interact(() -> fixture.viewModel().comparison().quiz().revealNext());
        shoot(robot, dir.resolve("quiz-" + size + "-one-revealed.png"));
        robot.interact(() -> fixture.viewModel().comparison().quiz().revealAll());
        shoot(robot, dir.resolve("quiz-" + size + "-revealed.png"));
        robot.interact(
                () -> fixture.viewModel().comparison().quiz().quizProperty().set(false));
    }

    private void shoot(FxRobot robot, Path file) throws Exception {
        Screenshots.shoot(robot, fixture, file, 300);
    }
}
