package app.counterpoint.view.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.view.MainWindowFixture;
import app.counterpoint.viewmodel.MainViewModel;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Editing what a side said the user's way, in its card of the comparison, on a three-side story at a projector's
 * 1024x768: double-click the card, select all, type, switch the kind, Ctrl+Enter; Ctrl+Z; Esc; an impossible date.
 */
@ExtendWith(ApplicationExtension.class)
class EditingAStatementInPlaceTest {

    private MainViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewModel = MainWindowFixture.onStory(stage, 1024, 768, "stories/window/three-sides.json")
                .viewModel();
    }

    private Story story() {
        return viewModel.storyProperty().get();
    }

    private Statement statement(String id) {
        return story().statements().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    /** The first statement card of the comparison, and the id of its statement. */
    private Node firstCard(FxRobot robot) {
        return robot.lookup(".comparison-grid .statement-card")
                .match(Node::isVisible)
                .query();
    }

    /** The statement a card shows, found by its words (as a reader finds it). */
    private String idOf(Node card) {
        String said = card.getAccessibleText();
        return story().statements().stream()
                .filter(s -> said != null && said.contains(s.text()))
                .max(java.util.Comparator.comparingInt(s -> s.text().length()))
                .orElseThrow()
                .id();
    }

    /** The card now showing these words (the grid is rebuilt at each change). */
    private java.util.Optional<Node> cardShowing(FxRobot robot, String words) {
        return robot.lookup(".comparison-grid .statement-card")
                .match(n ->
                        n.getAccessibleText() != null && n.getAccessibleText().contains(words))
                .tryQuery();
    }

    private boolean editorShown(FxRobot robot) {
        return robot.lookup("#inline-statement-text").tryQuery().isPresent();
    }

    private Node focusOwner() {
        return stage.getScene().getFocusOwner();
    }

    private void openByDoubleClick(FxRobot robot, Node card) throws Exception {
        robot.doubleClickOn(card.lookup(".statement-text"));
        waitFor(() -> editorShown(robot));
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(() -> focusOwner() instanceof TextArea t && "inline-statement-text".equals(t.getId()));
    }

    @Test
    void doubleClickSelectAllTypeSwitchKindAndCtrlEnterChangesTheStatementAndCtrlZRestoresIt(FxRobot robot)
            throws Exception {
        Node card = firstCard(robot);
        String id = idOf(card);
        Statement before = statement(id);
        openByDoubleClick(robot, card);
        TextArea text = robot.lookup("#inline-statement-text").queryAs(TextArea.class);
        assertEquals(before.text(), text.getText(), "the editor holds the statement's words");

        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Talks will go on next month");
        String other =
                before.kind() == StatementKind.QUOTE ? "#inline-statement-paraphrase" : "#inline-statement-quote";
        // Tab on to the kind (scrolled into view as it takes the focus: a projector shows little of the comparison)
        robot.type(KeyCode.TAB);
        waitFor(() -> focusOwner() instanceof javafx.scene.control.RadioButton);
        robot.clickOn(other);
        waitFor(() -> robot.lookup(other)
                .queryAs(javafx.scene.control.RadioButton.class)
                .isSelected());
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        waitFor(() -> statement(id).text().equals("Talks will go on next month"));
        assertTrue(statement(id).kind() != before.kind(), "the kind switched");
        assertEquals(before.sourceId(), statement(id).sourceId());
        assertEquals(before.topicIds(), statement(id).topicIds());
        waitFor(() -> !editorShown(robot)
                && cardShowing(robot, "Talks will go on next month").isPresent());
        waitFor(() -> focusOwner()
                == cardShowing(robot, "Talks will go on next month").orElseThrow());
        assertTrue(viewModel.editor().undoTextProperty().get().startsWith("Undo Edit what "));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> statement(id).equals(before));
        waitFor(() -> cardShowing(robot, before.text()).isPresent());
    }

    @Test
    void escCancelsAndTheCardIsAsItWasWithTheFocusOnIt(FxRobot robot) throws Exception {
        Story before = story();
        Node card = firstCard(robot);
        String id = idOf(card);
        openByDoubleClick(robot, card);
        robot.write(" and more");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !editorShown(robot));
        assertSame(before, story(), "the story unchanged");
        assertFalse(viewModel.editor().canUndoProperty().get());
        waitFor(() -> focusOwner() == cardShowing(robot, statement(id).text()).orElseThrow());

        // the keyboard's way in: Enter on the focused card
        robot.type(KeyCode.ENTER);
        waitFor(() -> editorShown(robot));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !editorShown(robot));
    }

    @Test
    void anImpossibleDateKeepsSaveDisabledWithTheMessage(FxRobot robot) throws Exception {
        Story before = story();
        openByDoubleClick(robot, firstCard(robot));
        // Tab from field to field to the date, each scrolled into view as it takes the focus
        for (int i = 0; i < 20 && !"inline-statement-date".equals(focusOwner().getId()); i++) {
            robot.type(KeyCode.TAB);
        }
        assertEquals("inline-statement-date", focusOwner().getId());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("29 February 2017");
        javafx.scene.control.TextField date =
                robot.lookup("#inline-statement-date").queryAs(javafx.scene.control.TextField.class);
        waitFor(() -> date.getText().equals("29 February 2017"));
        waitFor(() -> robot.lookup(".inline-statement-editor .form-problem").queryAll().stream()
                .anyMatch(n ->
                        ((Label) n).getText().equals("'2017-02-29' names day 29 of February 2017, which has 28 days")));
        assertTrue(robot.lookup("#inline-statement-save").queryAs(Button.class).isDisabled());
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editorShown(robot), "the editor stays open");
        assertSame(before, story());
    }

    @Test
    void addWhatASideSaidOpensTheEditorInTheEmptyCell(FxRobot robot) throws Exception {
        int before = story().statements().size();
        AtomicReference<Node> link = new AtomicReference<>();
        link.set(robot.lookup(".comparison-grid .add-statement")
                .match(Node::isVisible)
                .query());
        robot.clickOn(link.get());
        waitFor(() -> editorShown(robot));
        waitFor(() -> focusOwner() instanceof TextArea);
        robot.write("We will not take part");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitFor(() -> story().statements().size() == before + 1);
        waitFor(() -> !editorShown(robot)
                && cardShowing(robot, "We will not take part").isPresent());
        assertTrue(viewModel.editor().undoTextProperty().get().startsWith("Undo Add what "));
    }

    @Test
    void closingTheWindowWithWordsTypedKeepsThemAndAsksToSave(FxRobot robot) throws Exception {
        Node card = firstCard(robot);
        String id = idOf(card);
        String before = statement(id).text();
        openByDoubleClick(robot, card);
        robot.type(KeyCode.END);
        robot.write(" and more");
        assertFalse(viewModel.editor().isModified(), "typed, not saved yet");

        javafx.application.Platform.runLater(() ->
                stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitFor(() -> robot.lookup("#unsaved-changes").tryQuery().isPresent());
        assertEquals(before + " and more", statement(id).text(), "the typed words are in the story, not lost");
        javafx.scene.control.DialogPane asked =
                robot.lookup("#unsaved-changes").queryAs(javafx.scene.control.DialogPane.class);
        robot.interact(() -> ((Button) asked.lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
        waitFor(() -> robot.lookup("#unsaved-changes").tryQuery().isEmpty());
        assertTrue(stage.isShowing(), "Cancel keeps the window");
        assertTrue(viewModel.editor().canUndoProperty().get(), "the typing is one undoable edit");
    }
}
