package app.counterpoint.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpoint.i18n.Language;
import app.counterpoint.view.audit.LayoutAudit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window in each of the six languages on a 1024x768 projector, with an event compared, and presenting: the
 * layout audit finds nothing cut, overlapping or off screen (German words are long, Arabic lays out from the right).
 * One window is switched from language to language, as View › Language does, which also proves the switch leaves
 * no stale layout behind.
 */
@ExtendWith(ApplicationExtension.class)
class LanguagesOnAProjectorTest {

    private static final Set<String> HEADERS = Set.of("comparison-column-header");

    private Stage stage;
    private MainWindowFixture fixture;

    @Start
    void start(Stage primary) {
        stage = new Stage();
    }

    @AfterEach
    void closeStage(FxRobot robot) {
        robot.interact(stage::close);
    }

    private static void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {});
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> audit(FxRobot robot, String where) {
        AtomicReference<List<String>> found = new AtomicReference<>();
        robot.interact(() -> found.set(LayoutAudit.audit(stage.getScene(), HEADERS)));
        return found.get().stream().map(f -> where + ": " + f).toList();
    }

    @Test
    void everyLanguageFitsA1024x768ProjectorWindowAndPresenting(FxRobot robot) {
        robot.interact(() -> {
            fixture = MainWindowFixture.onBundledStory(stage, 1024, 768);
            stage.setWidth(1024);
            stage.setHeight(768);
            var events = fixture.viewModel().storyProperty().get().events();
            fixture.viewModel()
                    .selectedEventProperty()
                    .set(events.stream()
                            .filter(e -> e.start().toIsoString().equals("2017-05-02"))
                            .findFirst()
                            .orElse(events.get(0)));
        });
        List<String> findings = new ArrayList<>();
        for (Language language : Language.values()) {
            robot.interact(
                    () -> fixture.viewModel().language().languageProperty().set(language));
            settle(robot);
            findings.addAll(audit(robot, language + " window"));
            robot.interact(() -> fixture.window().presentation().enter());
            robot.interact(() -> {
                stage.setWidth(1024);
                stage.setHeight(768);
            });
            settle(robot);
            findings.addAll(audit(robot, language + " presenting"));
            robot.interact(() -> fixture.viewModel().presentation().leave());
            robot.interact(() -> {
                stage.setWidth(1024);
                stage.setHeight(768);
            });
            settle(robot);
        }
        assertEquals(List.of(), findings, String.join("\n", findings));
    }
}
