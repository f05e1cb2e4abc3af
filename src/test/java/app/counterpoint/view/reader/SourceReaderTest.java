package app.counterpoint.view.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.view.MainWindow;
import app.counterpoint.view.MainWindowFixture;
import app.counterpoint.viewmodel.MainViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The source reader the user's way, on the bundled story: from a statement to its words in the article, and back. */
@ExtendWith(ApplicationExtension.class)
class SourceReaderTest {

    private MainViewModel viewModel;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        MainWindowFixture fixture = MainWindowFixture.onBundledStory(stage, 1280, 800);
        this.stage = fixture.stage();
        viewModel = fixture.viewModel();
        window = fixture.window();
    }

    private static boolean inside(Node node, Node viewport) {
        Bounds n = node.localToScene(node.getBoundsInLocal());
        Bounds v = viewport.localToScene(viewport.getBoundsInLocal());
        return n.getMinY() >= v.getMinY() - 0.5 && n.getMaxY() <= v.getMaxY() + 0.5 && n.getWidth() > 0;
    }

    private Path visibleMark(FxRobot robot, String which) {
        Node list = window.reader().textList();
        Set<Node> marks = robot.lookup(".reader-mark." + which).queryAll();
        return marks.stream()
                .filter(Node::isVisible)
                .filter(m -> m.getScene() != null && inside(m, list))
                .map(Path.class::cast)
                .filter(p -> !p.getElements().isEmpty())
                .findFirst()
                .orElse(null);
    }

    @Test
    void showInSourceMarksThePassageScrolledIntoViewAndAClickOnAnotherMarkSelectsIt(FxRobot robot) {
        Hyperlink show = robot.lookup("#comparison .show-in-source").queryAs(Hyperlink.class);
        robot.clickOn(show);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(viewModel.reader().isOpen());
        Statement shown = viewModel.reader().statementProperty().get();
        assertNotNull(shown);
        assertTrue(window.reader().getScene() != null, "the reader is in the window, beside the comparison");
        assertTrue(robot.lookup(".details-pane").tryQuery().isEmpty(), "in the details' place");
        String own = robot.lookup("#reader-own-words").queryAs(Label.class).getText();
        assertTrue(own.contains(shown.text()), own);
        String passage = robot.lookup("#reader-passage").queryAs(Label.class).getText();
        assertFalse(passage.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        Path current = visibleMark(robot, "current");
        assertNotNull(current, "the passage is marked and scrolled into view");

        // another statement from the article, faintly marked: a click on its words selects it and its event
        Path other = visibleMark(robot, "other");
        assertNotNull(other, "the other statements from the article are marked too");
        MoveTo first = (MoveTo) other.getElements().get(0);
        Point2D at = other.localToScreen(first.getX() + 4, first.getY() + 4);
        robot.clickOn(at);
        WaitForAsyncUtils.waitForFxEvents();
        Statement chosen = viewModel.reader().statementProperty().get();
        assertNotEquals(shown.id(), chosen.id());
        assertEquals(chosen.eventId(), viewModel.selectedEventProperty().get().id());
        assertNotNull(visibleMark(robot, "current"), "the chosen statement's passage is the marked one now");

        robot.clickOn(".reader-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(viewModel.reader().isOpen());
        assertTrue(robot.lookup(".details-pane").tryQuery().isPresent(), "the details come back");
    }

    @Test
    void sWhilePresentingShowsTheStatementsPassageLargeOnePerPress(FxRobot robot) throws Exception {
        robot.clickOn("#timeline");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(viewModel.presentation().isActive());
        String eventId = viewModel.selectedEventProperty().get().id();

        robot.type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        SourceReaderPane large = window.presentingReader();
        assertTrue(large.isVisible(), "S shows the passage over the window");
        assertTrue(
                window.getChildren().indexOf(large) > window.getChildren().indexOf(window.getTop()),
                "over the presentation's title bar too, which is set after the reader was added");
        Statement first = viewModel.reader().statementProperty().get();
        assertEquals(eventId, first.eventId(), "a statement about the event presented");
        Label passage = (Label) large.lookup("#reader-passage");
        assertFalse(passage.getText().isEmpty());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> large.getWidth() > 0);
        Bounds b = passage.localToScene(passage.getBoundsInLocal());
        assertTrue(b.getMaxX() <= stage.getScene().getWidth() + 0.5 && b.getMinX() >= 0, "the words fit");
        assertTrue(
                passage.getFont().getSize() >= 30,
                "large enough for the back of the room: " + passage.getFont().getSize());

        robot.type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(first.id(), viewModel.reader().statementProperty().get().id(), "the next statement");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(large.isVisible(), "Esc puts the source away");
        assertTrue(viewModel.presentation().isActive(), "and only that");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(viewModel.presentation().isActive());
        assertTrue(robot.lookup(".details-pane").tryQuery().isPresent());
    }

    @Test
    void aQuoteNotWordForWordCarriesAMarkWithTheWarning(FxRobot robot) {
        Story bundled = viewModel.storyProperty().get();
        Statement quote = bundled.statements().stream()
                .filter(s -> s.kind() == StatementKind.QUOTE
                        && s.eventId()
                                .equals(viewModel.selectedEventProperty().get().id()))
                .findFirst()
                .orElseThrow();
        assertTrue(robot.lookup("#comparison .statement-warning").tryQuery().isEmpty(), "the bundled story is clean");
        List<Statement> changed = new ArrayList<>(bundled.statements());
        changed.set(
                changed.indexOf(quote),
                new Statement(
                        quote.id(),
                        quote.eventId(),
                        quote.actorId(),
                        quote.topicIds(),
                        quote.text() + " indeed",
                        quote.kind(),
                        quote.sourceId(),
                        quote.date(),
                        quote.excerpt()));
        Story edited = new Story(
                bundled.title(),
                bundled.description(),
                bundled.sources(),
                bundled.actors(),
                bundled.topics(),
                bundled.events(),
                changed);
        robot.interact(() -> viewModel.show("edited.json", edited));
        WaitForAsyncUtils.waitForFxEvents();
        Set<Node> marks = robot.lookup("#comparison .statement-warning").queryAll();
        assertEquals(1, marks.size(), "one mark, on the changed quote");
        Label mark = (Label) marks.iterator().next();
        assertTrue(mark.getAccessibleText().contains("not word for word in its excerpt"), mark.getAccessibleText());
        assertTrue(mark.getTooltip().getText().contains("not word for word"));
    }
}
