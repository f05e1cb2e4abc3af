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
 * The editor's forms over a projector's 1024x768 window, and a statement's card in edit mode, checked by the layout
 * audit: no choice, label or field of a form may be cut or shown with an ellipsis (the statement form's kind choices
 * were, "Quote (the side's own wor…"), in any of the six languages (German field names and hints are the longest).
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

    /**
     * A statement's card in edit mode, and the editor of a new one in a Not mentioned cell, on a three-side story at
     * 1024x768: nothing of the editor cut, and the sides' columns no wider than the window (no sideways scrolling).
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void theStatementEditorInItsCardFitsItsColumnAtAProjectorsSize(Language language, FxRobot robot) {
        robot.interact(() -> {
            fixture = MainWindowFixture.onStory(stage, 1024, 768, "stories/window/three-sides.json");
            fixture.viewModel().language().languageProperty().set(language);
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
        var vm = fixture.viewModel();
        var inline = vm.editing().inline();
        var rows = vm.comparison().rows();
        var row = rows.stream()
                .filter(r -> r.cells().stream().anyMatch(c -> !c.isNotMentioned()))
                .findFirst()
                .orElseThrow();
        Statement statement = row.cells().stream()
                .filter(c -> !c.isNotMentioned())
                .findFirst()
                .orElseThrow()
                .entries()
                .get(0)
                .statement();
        robot.interact(() -> inline.edit(statement, row.topic().id()));
        assertEquals(List.of(), auditTheWindow(robot), "editing " + statement.id());
        var empty = rows.stream()
                .flatMap(r -> r.cells().stream()
                        .filter(c -> c.isNotMentioned() && !vm.comparison().isSilent(c.actor()))
                        .map(c -> new String[] {c.actor().id(), r.topic().id()}))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the story has a Not mentioned cell"));
        robot.interact(() -> {
            inline.cancel();
            inline.add(empty[0], empty[1]);
        });
        assertEquals(List.of(), auditTheWindow(robot), "adding in " + String.join("/", empty));
    }

    private List<String> auditTheWindow(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<List<String>> found = new AtomicReference<>();
        robot.interact(() -> {
            List<String> all = new java.util.ArrayList<>();
            if (robot.lookup(".inline-statement-editor").tryQuery().isEmpty()) {
                all.add("no editor is showing");
            }
            // the side headers stay pinned over the rows scrolled beneath them, by design: the editor scrolls into view
            LayoutAudit.audit(stage.getScene(), Set.of("comparison-column-header")).stream()
                    .filter(f -> !(f.contains("comparison-column-header") && f.contains(" overlap in GridPane")))
                    .forEach(all::add);
            robot.lookup(".inline-statement-editor")
                    .queryAll()
                    .forEach(ed -> ((javafx.scene.Parent) ed)
                            .getChildrenUnmodifiable()
                            .forEach(ch -> System.err.println(
                                    "DEBUG " + ch + " " + ch.getLayoutBounds().getHeight() + " pref-1 "
                                            + ch.prefHeight(-1) + " pref151 " + ch.prefHeight(151))));
            javafx.scene.control.ScrollPane scroll =
                    robot.lookup("#comparison .comparison-scroll").queryAs(javafx.scene.control.ScrollPane.class);
            double content = scroll.getContent().getLayoutBounds().getWidth();
            double viewport = scroll.getViewportBounds().getWidth();
            if (content > viewport + 1) {
                all.add("the comparison is " + content + " px wide in a " + viewport + " px view");
            }
            found.set(all);
        });
        return found.get();
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

    /**
     * Edit › Add Event… at 1024x768 opens at its content's height: its scroll pane shows the whole form, nothing
     * to scroll (it opened about 220 px tall, the form cut after its dates).
     */
    @org.junit.jupiter.api.Test
    void theEventFormOpensTallEnoughThatNothingNeedsScrolling(FxRobot robot) {
        openBundled(robot, Language.GERMAN);
        var vm = fixture.viewModel();
        robot.interact(() -> vm.editing()
                .newEvent()
                .ifPresent(form -> EventDialog.show(
                        form, vm.language(), stage, fixture.window().themeStylesheets(), vm.editing()::execute)));
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<String> found = new AtomicReference<>();
        robot.interact(() -> {
            Window form = Window.getWindows().stream()
                    .filter(w -> w != stage && w.isShowing() && w.getScene() != null)
                    .reduce((first, second) -> second)
                    .orElseThrow(() -> new AssertionError("no form is showing"));
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane)
                    ((javafx.scene.control.DialogPane) form.getScene().getRoot()).getContent();
            double content = scroll.getContent().getLayoutBounds().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            found.set(
                    content > viewport + 1
                            ? "the form is " + content + " px tall in a " + viewport + " px view, the window "
                                    + form.getHeight() + " px"
                            : "");
        });
        assertEquals("", found.get());
    }
}
