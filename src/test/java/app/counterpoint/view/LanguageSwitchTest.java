package app.counterpoint.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.i18n.Language;
import app.counterpoint.model.Event;
import app.counterpoint.viewmodel.MainViewModel;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View › Language changes every word of the open window at once, and Arabic lays it out from the right. */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {

    private MainViewModel viewModel;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        MainWindowFixture fixture = MainWindowFixture.onBundledStory(stage, 1024, 768);
        viewModel = fixture.viewModel();
        window = fixture.window();
    }

    private Event phoneCall() {
        return viewModel.storyProperty().get().events().stream()
                .filter(e -> e.start().toIsoString().equals("2017-05-02"))
                .findFirst()
                .orElseThrow();
    }

    private static String firstMenu(FxRobot robot) {
        Menu file = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0);
        return file.getText();
    }

    private void choose(FxRobot robot, Language language) {
        robot.interact(() -> viewModel.language().languageProperty().set(language));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theWindowSpeaksTheChosenLanguageWithoutARestart(FxRobot robot) {
        robot.interact(() -> viewModel.selectedEventProperty().set(phoneCall()));
        assertEquals("_File", firstMenu(robot));
        assertEquals(
                "2 May 2017", robot.lookup("#details-date").queryAs(Label.class).getText());

        choose(robot, Language.GERMAN);
        assertEquals("_Datei", firstMenu(robot));
        assertEquals(
                "2. Mai 2017",
                robot.lookup("#details-date").queryAs(Label.class).getText());
        assertTrue(
                viewModel.statusProperty().get().contains("Ereignisse"),
                viewModel.statusProperty().get());
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, window.getEffectiveNodeOrientation());

        choose(robot, Language.RUSSIAN);
        assertEquals(
                "2 мая 2017 г.",
                robot.lookup("#details-date").queryAs(Label.class).getText());
    }

    @Test
    void arabicLaysTheWindowOutFromTheRightButTimeStillRunsLeftToRight(FxRobot robot) {
        choose(robot, Language.ARABIC);
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, window.getEffectiveNodeOrientation());
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, window.timeline().getEffectiveNodeOrientation());
        assertEquals("_ملف", firstMenu(robot));
        // the bundled story's English quotes keep running left to right, their quotation marks where English puts them
        var statements = robot.lookup(".statement-text").queryAll();
        assertFalse(statements.isEmpty());
        for (javafx.scene.Node text : statements) {
            assertEquals(NodeOrientation.LEFT_TO_RIGHT, text.getEffectiveNodeOrientation());
        }

        choose(robot, Language.ENGLISH);
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, window.getEffectiveNodeOrientation());
    }

    @Test
    void arabicWordsOfTheWindowStandUprightForArabicHasNoItalic(FxRobot robot) {
        // the oblique sans face has no Arabic letters: "غير مذكور" in italic drew as stray marks
        choose(robot, Language.ARABIC);
        Label notMentioned = null;
        for (var event : viewModel.storyProperty().get().events()) {
            robot.interact(() -> viewModel.selectedEventProperty().set(event));
            WaitForAsyncUtils.waitForFxEvents();
            var found = robot.lookup(".not-mentioned-text").tryQueryAs(Label.class);
            if (found.isPresent()) {
                notMentioned = found.get();
                break;
            }
        }
        assertTrue(notMentioned != null, "some event of the bundled story has a side that said nothing on a topic");
        assertFalse(
                notMentioned
                        .getFont()
                        .getStyle()
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("italic"),
                notMentioned.getFont().getStyle());
        assertFalse(
                notMentioned
                        .getFont()
                        .getStyle()
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("oblique"),
                notMentioned.getFont().getStyle());

        choose(robot, Language.ENGLISH);
        Label english = robot.lookup(".not-mentioned-text").queryAs(Label.class);
        assertTrue(
                english.getFont().getStyle().toLowerCase(java.util.Locale.ROOT).matches(".*(italic|oblique).*"),
                english.getFont().getStyle());
    }

    @Test
    void theTimelineAnnouncesTheSelectedEventWithItsDateTopicsAndStatements(FxRobot robot) {
        robot.interact(() -> viewModel.selectedEventProperty().set(phoneCall()));
        String spoken = window.timeline().getAccessibleText();
        assertTrue(spoken.startsWith(phoneCall().title() + ", 2 May 2017, "), spoken);
        assertTrue(spoken.matches(".*, \\d+ statements?$"), spoken);

        choose(robot, Language.GERMAN);
        assertTrue(window.timeline().getAccessibleText().contains("2. Mai 2017"));
    }

    @Test
    void reduceMotionMakesZoomsJumpInsteadOfGliding(FxRobot robot) {
        var timeline = viewModel.timeline();
        Runnable narrow = () ->
                timeline.setWindow(timeline.getVisibleStart() + 86_400 * 10, timeline.getVisibleStart() + 86_400 * 12);
        // asked in the same pulse as the zoom: under load the glide may be over before the robot asks again
        java.util.concurrent.atomic.AtomicBoolean gliding = new java.util.concurrent.atomic.AtomicBoolean();
        robot.interact(() -> {
            narrow.run();
            window.timeline().zoomToFit();
            gliding.set(window.timeline().isAnimating());
        });
        assertTrue(gliding.get(), "with motion, the zoom glides");
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> {
            viewModel.settings().reduceMotionProperty().set(true);
            narrow.run();
            window.timeline().zoomToFit();
            assertTrue(!window.timeline().isAnimating(), "with Reduce Motion, the zoom jumps");
        });
        double start = timeline.getVisibleStart();
        double end = timeline.getVisibleEnd();
        robot.interact(() -> {
            timeline.zoomToFit();
            assertEquals(start, timeline.getVisibleStart(), 1);
            assertEquals(end, timeline.getVisibleEnd(), 1);
        });
    }
}
