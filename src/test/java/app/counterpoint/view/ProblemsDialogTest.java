package app.counterpoint.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.i18n.Language;
import app.counterpoint.viewmodel.MainViewModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The problems dialog of a file that did not open: wrapped, sized to its content and the screen, always closable. */
@ExtendWith(ApplicationExtension.class)
class ProblemsDialogTest {

    @TempDir
    Path dir;

    private MainViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = MainWindowFixture.onBundledStory(stage).viewModel();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .forEach(Window::hide));
    }

    /** A story whose every statement names a side that does not exist: one long problem per statement. */
    private Path storyWithProblems(int count) throws IOException {
        StringBuilder json = new StringBuilder("""
                {"format": "counterpoint/1", "title": "T",
                 "actors": [{"id": "white-house", "name": "White House"}, {"id": "kremlin", "name": "Kremlin"}],
                 "topics": [{"id": "t", "label": "Topic"}],
                 "events": [{"id": "e", "title": "E", "start": "2017", "topics": ["t"]}],
                 "statements": [
                """);
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",\n")
                    .append("  {\"id\": \"s")
                    .append(i)
                    .append("\", \"event\": \"e\", \"actor\": \"the-government-of-a-country-that-is-not-in-this-story-")
                    .append(i)
                    .append("\", \"topics\": [\"t\"], \"text\": \"x\", \"kind\": \"quote\"}");
        }
        Path file = dir.resolve("many.json");
        Files.writeString(file, json.append("]}\n"), StandardCharsets.UTF_8);
        return file;
    }

    private DialogPane open(FxRobot robot, Path file) {
        robot.interact(() -> viewModel.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#problems-dialog").queryAs(DialogPane.class);
    }

    @Test
    void aLongProblemWrapsInsteadOfScrollingSideways(FxRobot robot) throws IOException {
        DialogPane pane = open(robot, storyWithProblems(1));
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> list = robot.lookup("#problem-list").queryAs(ListView.class);
        Label message = robot.from(list).lookup(".problem-message").queryAs(Label.class);
        assertTrue(message.getText().startsWith("Unknown actor"), message.getText());
        double lineHeight = message.getFont().getSize() * 1.6;
        assertTrue(message.getHeight() > lineHeight, "the message runs over two lines: " + message.getHeight());
        Bounds cell = message.localToScene(message.getLayoutBounds());
        assertTrue(
                cell.getMaxX() <= list.localToScene(list.getLayoutBounds()).getMaxX(),
                "the message ends inside the list: " + cell);
        assertTrue(noVisibleScrollBar(list, Orientation.HORIZONTAL), "nothing to scroll sideways");
        assertTrue(pane.getHeight() < 420, "one problem, a small dialog: " + pane.getHeight());
        assertCloseButtonOnScreen(pane);
    }

    @Test
    void twoHundredFiftyProblemsStayWithinTheScreenAndCanAllBeRead(FxRobot robot) throws IOException {
        DialogPane pane = open(robot, storyWithProblems(250));
        WaitForAsyncUtils.waitForFxEvents();

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Window dialog = pane.getScene().getWindow();
        assertTrue(dialog.getHeight() <= screen.getHeight(), "dialog " + dialog.getHeight() + " on " + screen);
        assertTrue(
                dialog.getY() >= screen.getMinY() && dialog.getY() + dialog.getHeight() <= screen.getMaxY(),
                "dialog within the screen: " + dialog.getY() + " + " + dialog.getHeight());
        assertCloseButtonOnScreen(pane);
        assertTrue(pane.getHeaderText().startsWith("many.json has 250 problems"), pane.getHeaderText());

        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#problem-list").queryAs(ListView.class);
        // the first 200 are listed (issue #14, defect 2), the other 50 told in one sentence above the list
        assertEquals(200, list.getItems().size());
        Label unlisted = robot.lookup("#problem-unlisted").queryAs(Label.class);
        assertTrue(unlisted.getText().contains("50 more problems"), unlisted.getText());
        robot.interact(() -> list.scrollTo(199));
        WaitForAsyncUtils.waitForFxEvents();
        Optional<Node> last = robot.from(list).lookup(".list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && c.getIndex() == 199 && c.isVisible())
                .findFirst();
        assertTrue(last.isPresent(), "the last listed problem can be scrolled to");
        Label place = robot.from(last.get()).lookup(".problem-place").queryAs(Label.class);
        assertTrue(
                place.getText().startsWith("Line 205, column")
                        && place.getText().endsWith("statement 200 › actor"),
                place.getText());
    }

    @Test
    void inGermanTheDialogAndEveryProblemAreGerman(FxRobot robot) throws IOException {
        robot.interact(() -> viewModel.language().languageProperty().set(Language.GERMAN));
        try {
            DialogPane pane = open(robot, storyWithProblems(2));
            WaitForAsyncUtils.waitForFxEvents();

            assertEquals("many.json hat 2 Probleme und wurde nicht geöffnet.", pane.getHeaderText());
            assertEquals(
                    "many.json konnte nicht geöffnet werden",
                    ((Stage) pane.getScene().getWindow()).getTitle());
            ListView<?> list = robot.lookup("#problem-list").queryAs(ListView.class);
            Label place = robot.from(list).lookup(".problem-place").queryAs(Label.class);
            Label message = robot.from(list).lookup(".problem-message").queryAs(Label.class);
            assertTrue(place.getText().startsWith("Zeile 6, Spalte "), place.getText());
            assertTrue(place.getText().endsWith("statement 1 › actor"), place.getText());
            assertTrue(
                    message.getText().startsWith("Unbekannte Kennung „the-government-of-a-country")
                            && message.getText().endsWith("(Seite) (vorhanden: white-house, kremlin)."),
                    message.getText());
            Label advice = robot.from(pane).lookup("#problem-advice").queryAs(Label.class);
            assertTrue(
                    advice.getText()
                            .endsWith("Beheben Sie diese Probleme in many.json und öffnen Sie die Datei"
                                    + " noch einmal."),
                    advice.getText());
        } finally {
            robot.interact(() -> viewModel.language().languageProperty().set(Language.ENGLISH));
        }
    }

    @Test
    void inArabicTheDialogReadsFromRightToLeftWithArabicWordsAndDigits(FxRobot robot) throws IOException {
        robot.interact(() -> viewModel.language().languageProperty().set(Language.ARABIC));
        try {
            DialogPane pane = open(robot, storyWithProblems(2));
            WaitForAsyncUtils.waitForFxEvents();

            assertEquals(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT, pane.getEffectiveNodeOrientation());
            assertEquals("إغلاق", ((Button) pane.lookupButton(ButtonType.CLOSE)).getText());
            ListView<?> list = robot.lookup("#problem-list").queryAs(ListView.class);
            Label place = robot.from(list).lookup(".problem-place").queryAs(Label.class);
            assertTrue(place.getText().startsWith("السطر ٦، العمود "), place.getText());
            assertTrue(pane.getHeaderText().contains("مشكلتان"), pane.getHeaderText());
        } finally {
            robot.interact(() -> viewModel.language().languageProperty().set(Language.ENGLISH));
        }
    }

    @Test
    void theDialogSaysWhichStoryStaysOpen(FxRobot robot) throws IOException {
        DialogPane pane = open(robot, storyWithProblems(2));
        Label advice = robot.from(pane).lookup("#problem-advice").queryAs(Label.class);
        assertEquals(
                "Nothing was changed: the story you had open, trump-putin-2017.json, stays open. Fix these problems"
                        + " in many.json and open it again.",
                advice.getText());
    }

    @Test
    void theDialogsTextFollowsTheWindowsTextSize(FxRobot robot) throws IOException {
        DialogPane normal = open(robot, storyWithProblems(1));
        double size = robot.from(normal)
                .lookup(".problem-message")
                .queryAs(Label.class)
                .getFont()
                .getSize();
        closeDialogs(robot);

        robot.interact(() -> viewModel.textSize().scaleProperty().set(1.5));
        DialogPane larger = open(robot, storyWithProblems(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                size * 1.5,
                robot.from(larger)
                        .lookup(".problem-message")
                        .queryAs(Label.class)
                        .getFont()
                        .getSize(),
                0.1);
        assertCloseButtonOnScreen(larger);
    }

    private static void assertCloseButtonOnScreen(DialogPane pane) {
        Node close = pane.lookupButton(ButtonType.CLOSE);
        assertTrue(close instanceof Button && close.isVisible(), "a Close button");
        Bounds onScreen = close.localToScreen(close.getLayoutBounds());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(
                screen.contains(onScreen.getMinX(), onScreen.getMinY())
                        && screen.contains(onScreen.getMaxX() - 1, onScreen.getMaxY() - 1),
                "the Close button " + onScreen + " lies on the screen " + screen);
        Bounds inPane = pane.sceneToLocal(close.localToScene(close.getLayoutBounds()));
        assertTrue(inPane.getMaxY() <= pane.getHeight() + 0.5, "the Close button is not cut off: " + inPane);
    }

    private static boolean noVisibleScrollBar(Node list, Orientation orientation) {
        return list.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar bar && bar.getOrientation() == orientation)
                .noneMatch(Node::isVisible);
    }
}
