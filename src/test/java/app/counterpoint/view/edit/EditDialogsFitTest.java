package app.counterpoint.view.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpoint.i18n.Language;
import app.counterpoint.model.Statement;
import app.counterpoint.view.MainWindowFixture;
import app.counterpoint.view.audit.LayoutAudit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's forms over a projector's 1024x768 window, checked by the layout audit: no choice, label or field of a
 * form may be cut or shown with an ellipsis (the statement form's kind choices were, "Quote (the side's own wor…"), in
 * any of the six languages (German field names and hints are the longest).
 */
@ExtendWith(ApplicationExtension.class)
class EditDialogsFitTest {

    private Stage stage;
    private MainWindowFixture fixture;

    @Start
    void start(Stage primary) {
        stage = new Stage();
    }

    @AfterEach
    void closeAll(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
    }

    private void openBundled(FxRobot robot, Language language) {
        robot.interact(() -> {
            fixture = MainWindowFixture.onBundledStory(stage, 1024, 768);
            fixture.viewModel().language().languageProperty().set(language);
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> auditTheForm(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<List<String>> found = new AtomicReference<>();
        robot.interact(() -> {
            Window form = Window.getWindows().stream()
                    .filter(w -> w != stage && w.isShowing() && w.getScene() != null)
                    .reduce((first, second) -> second)
                    .orElseThrow(() -> new AssertionError("no form is showing"));
            found.set(LayoutAudit.audit(form.getScene(), Set.of()));
        });
        return found.get();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theStatementFormShowsEveryChoiceWholeAtAProjectorsSize(Language language, FxRobot robot) {
        openBundled(robot, language);
        var vm = fixture.viewModel();
        Statement statement =
                vm.comparison().rows().get(0).cells().get(0).entries().get(0).statement();
        robot.interact(() -> vm.editing()
                .editStatement(statement)
                .ifPresent(form -> StatementDialog.show(
                        form,
                        vm.editing()
                                .statementHeading(
                                        statement.actorId(), vm.language().messages()),
                        vm.language(),
                        stage,
                        fixture.window().themeStylesheets(),
                        vm.editing()::execute)));
        assertEquals(List.of(), auditTheForm(robot));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theEventFormShowsEveryFieldWholeAtAProjectorsSize(Language language, FxRobot robot) {
        openBundled(robot, language);
        var vm = fixture.viewModel();
        robot.interact(() -> vm.editing()
                .newEvent()
                .ifPresent(form -> EventDialog.show(
                        form, vm.language(), stage, fixture.window().themeStylesheets(), vm.editing()::execute)));
        assertEquals(List.of(), auditTheForm(robot));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theNewStoryFormShowsEveryFieldWholeAtAProjectorsSize(Language language, FxRobot robot) {
        openBundled(robot, language);
        robot.interact(() -> NewStoryDialog.show(
                fixture.viewModel().language(), stage, fixture.window().themeStylesheets(), story -> {}));
        assertEquals(List.of(), auditTheForm(robot));
    }
}
