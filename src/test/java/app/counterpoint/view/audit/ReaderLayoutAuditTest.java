package app.counterpoint.view.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpoint.view.MainWindowFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The layout audit over the panes of issue #13 on a projector's and a small laptop's window: the source reader beside
 * the comparison, the reader presenting (S), and the review list of the seed article's draft.
 */
@ExtendWith(ApplicationExtension.class)
class ReaderLayoutAuditTest {

    private static final double TITLE_BAR = 28;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
    }

    @AfterEach
    void closeStage(FxRobot robot) {
        robot.interact(stage::close);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1024x768", "1280x720"})
    void theReaderTheSViewAndTheReviewListAreWholeAndReachable(String size, FxRobot robot) throws Exception {
        double width = Double.parseDouble(size.substring(0, size.indexOf('x')));
        double height = Double.parseDouble(size.substring(size.indexOf('x') + 1)) - TITLE_BAR;
        AtomicReference<MainWindowFixture> fixture = new AtomicReference<>();
        robot.interact(() -> {
            MainWindowFixture f = MainWindowFixture.onBundledStory(stage, width, height);
            stage.setWidth(width);
            stage.setHeight(height);
            fixture.set(f);
        });
        var vm = fixture.get().viewModel();
        List<String> findings = new ArrayList<>();

        robot.interact(
                () -> vm.reader().showNextAbout(vm.selectedEventProperty().get()));
        audit(robot, "reader", findings);
        robot.interact(() -> vm.reader().close());

        robot.interact(() -> fixture.get().window().presentation().enter());
        settle(robot);
        robot.type(KeyCode.S);
        audit(robot, "presenting, S", findings);
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.ESCAPE);
        settle(robot);

        fixture.get().draftTheSeedArticle(robot);
        audit(robot, "review list", findings);
        assertEquals(List.of(), findings, size);
    }

    private void audit(FxRobot robot, String mode, List<String> findings) {
        settle(robot);
        robot.interact(() -> LayoutAudit.audit(stage.getScene(), Set.of()).stream()
                .map(f -> mode + ": " + f)
                .forEach(findings::add));
    }

    private static void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {});
        WaitForAsyncUtils.waitForFxEvents();
    }
}
