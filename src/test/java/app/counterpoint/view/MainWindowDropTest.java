package app.counterpoint.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.TestResources;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.MainViewModel;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Files dragged onto the real main window. The files come from a drag source inside the window (an app cannot be
 * handed files from outside in a headless test), so the drag runs through the toolkit's own drag and drop: the
 * robot presses, moves and releases the mouse, and the window gets the drag-over and drop events a desktop sends.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowDropTest {

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final PseudoClass DROP_REFUSED = PseudoClass.getPseudoClass("drop-refused");

    @TempDir
    Path dir;

    /** What the drag source puts on the dragboard. */
    private final List<File> dragged = new ArrayList<>();

    private MainViewModel viewModel;
    private MainWindow window;
    private Label source;

    @Start
    void start(Stage stage) {
        MainWindowFixture fixture = MainWindowFixture.onBundledStory(stage);
        viewModel = fixture.viewModel();
        window = fixture.window();
        source = new Label("files");
        source.setId("drag-source");
        source.setOnDragDetected(e -> {
            Dragboard board = source.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.copyOf(dragged));
            board.setContent(content);
            e.consume();
        });
        // not laid out by the window: it sits over the comparison, where a file might be dropped
        source.setManaged(false);
        window.getChildren().add(source);
        source.resizeRelocate(40, 640, 80, 30);
    }

    /**
     * Monocle (17.0.10) remembers the view of the last mouse drag, an earlier test's scene, until a drag and drop
     * ends, and on the next one tells that closed view the drag has left it, which throws and leaves the drag
     * hanging. Forgetting it, as the end of a drop does, is a test-harness workaround; the drag itself is real.
     */
    private static void forgetStaleMonocleDragView(FxRobot robot) {
        robot.interact(() -> {
            try {
                Class<?> mouseInput = Class.forName("com.sun.glass.ui.monocle.MouseInput");
                Method instance = mouseInput.getDeclaredMethod("getInstance");
                instance.setAccessible(true);
                Field dragView = mouseInput.getDeclaredField("dragView");
                dragView.setAccessible(true);
                dragView.set(instance.invoke(null), null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Monocle's mouse input has changed; see this workaround", e);
            }
        });
    }

    /** Drags the files from the source to the timeline, without letting go. */
    private void dragOverTheWindow(FxRobot robot) {
        forgetStaleMonocleDragView(robot);
        robot.drag(source, MouseButton.PRIMARY).moveTo("#timeline");
    }

    @AfterEach
    void letGo(FxRobot robot) {
        // a failed assertion mid-drag must not leave the button down for the tests that follow
        robot.release(new MouseButton[0]);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String statusHint(FxRobot robot) {
        return robot.lookup(".status-hint").queryAs(Label.class).getText();
    }

    private boolean showsDropTarget() {
        return window.getPseudoClassStates().contains(DROP_TARGET);
    }

    private boolean showsRefusal() {
        return window.getPseudoClassStates().contains(DROP_REFUSED);
    }

    @Test
    void aStoryFileDroppedOnTheWindowOpens(FxRobot robot) throws IOException {
        Story before = viewModel.storyProperty().get();
        Path story = TestResources.copy("stories/valid/minimal.json", dir);
        dragged.add(story.toFile());
        String keyboardHint = statusHint(robot);

        dragOverTheWindow(robot);
        assertEquals("Drop to open minimal.json", statusHint(robot));
        assertTrue(showsDropTarget(), "the window shows it will take the file");
        assertFalse(showsRefusal());
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(
                story.toAbsolutePath(), viewModel.currentFileProperty().get().toAbsolutePath());
        assertNotEquals(before, viewModel.storyProperty().get(), "the dropped story replaced the bundled one");
        assertEquals(keyboardHint, statusHint(robot), "the status line is back to its hint");
        assertFalse(showsDropTarget());
    }

    @Test
    void aFolderIsRefusedWithAReasonAndTheStoryStays(FxRobot robot) throws IOException {
        Story before = viewModel.storyProperty().get();
        dragged.add(Files.createDirectory(dir.resolve("stories")).toFile());

        dragOverTheWindow(robot);
        assertEquals("A folder cannot be opened: drop a story file (.json or .csv)", statusHint(robot));
        assertFalse(showsDropTarget());
        assertTrue(showsRefusal(), "the reason stands out in the status line");
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(showsRefusal(), "the reason goes with the drag");

        assertSame(before, viewModel.storyProperty().get());
        assertEquals(1, robot.listWindows().size(), "no problem dialog: nothing was opened");
    }
}
