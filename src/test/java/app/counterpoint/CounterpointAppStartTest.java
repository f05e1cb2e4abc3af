package app.counterpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The application started as a user starts it, with a file on the command line (as a double-click does): the real
 * {@link CounterpointApp}, its real settings store (which the build keeps under target/).
 */
class CounterpointAppStartTest {

    @TempDir
    Path dir;

    private Preferences settings;
    private Application app;

    @BeforeEach
    void settings() throws Exception {
        assumeTrue(
                System.getProperty("java.util.prefs.userRoot") != null,
                "run by Maven, which keeps the settings under target/, never the user's own");
        settings = Preferences.userRoot().node("app/counterpoint");
        settings.clear();
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.asyncFx(() -> {
            List.copyOf(Window.getWindows()).forEach(Window::hide);
            // the primary stage is shared with the test classes that run after this one: undo what the app set
            Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
            stage.setOnHidden(null);
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.getIcons().clear();
        });
        WaitForAsyncUtils.waitForFxEvents();
        if (settings != null) {
            settings.clear();
        }
    }

    @Test
    void aBrokenFileAtLaunchOpensTheLastGoodStoryUnderTheProblemsDialog() throws Exception {
        Path last = TestResources.copy("stories/valid/minimal.json", dir);
        Path broken = TestResources.copy("view/broken-story.json", dir);
        settings.put("lastStory", last.toString());
        settings.flush();

        app = FxToolkit.setupApplication(CounterpointApp.class, broken.toString());
        DialogPane dialog = waitForProblemsDialog();

        Stage main = FxToolkit.toolkitContext().getRegisteredStage();
        assertEquals("Syria, April 2017 \u2014 Counterpoint", main.getTitle(), "the last good story is on screen");
        String advice = ((Label) dialog.lookup(".problem-advice")).getText();
        assertTrue(
                advice.startsWith("Counterpoint opened the story you had open last, minimal.json, in its place."),
                advice);
    }

    @Test
    void aBrokenFileAtFirstLaunchOpensTheBundledStory() throws Exception {
        Path broken = TestResources.copy("view/broken-story.json", dir);

        app = FxToolkit.setupApplication(CounterpointApp.class, broken.toString());
        DialogPane dialog = waitForProblemsDialog();

        Stage main = FxToolkit.toolkitContext().getRegisteredStage();
        assertTrue(main.getTitle().endsWith("\u2014 Counterpoint"), main.getTitle());
        assertTrue(main.getTitle().contains("Trump"), "the bundled story, not an empty window: " + main.getTitle());
        String advice = ((Label) dialog.lookup(".problem-advice")).getText();
        assertTrue(advice.startsWith("Counterpoint opened its example story in its place."), advice);
    }

    private static DialogPane waitForProblemsDialog() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> problemsDialog().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return problemsDialog().orElseThrow();
    }

    private static Optional<DialogPane> problemsDialog() {
        return Window.getWindows().stream()
                .filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(root -> root instanceof DialogPane && "problems-dialog".equals(root.getId()))
                .map(DialogPane.class::cast)
                .findFirst();
    }
}
