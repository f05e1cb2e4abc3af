package app.counterpoint.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.settings.Theme;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window from the keyboard alone: Tab walks every control top to bottom (the filter above the timeline above the
 * comparison), and in every theme the control that has the focus looks different from the same control without it.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardFocusOrderTest {

    private static final int MOST_TABS = 60;

    private MainViewModel viewModel;
    private Scene scene;
    /** Where each control of the last round was when it had the focus, in the scene. */
    private final List<Bounds> whereFocused = new ArrayList<>();

    @Start
    void start(Stage stage) {
        MainWindowFixture fixture = MainWindowFixture.onBundledStory(stage, 1024, 768);
        viewModel = fixture.viewModel();
        scene = stage.getScene();
    }

    /** The focus owners Tab walks through from the first control, once round. */
    private List<Node> tabRound(FxRobot robot) {
        List<Node> seen = new ArrayList<>();
        robot.interact(() -> robot.lookup("#search").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        Node first = scene.getFocusOwner();
        seen.add(first);
        whereFocused.clear();
        whereFocused.add(first.localToScene(first.getBoundsInLocal()));
        for (int i = 0; i < MOST_TABS; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node now = scene.getFocusOwner();
            if (now == first) {
                break;
            }
            seen.add(now);
            whereFocused.add(now.localToScene(now.getBoundsInLocal()));
        }
        return seen;
    }

    private static String name(Node n) {
        return n == null ? "null" : n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId());
    }

    @Test
    void tabGoesFromTheFilterToTheTimelineToTheComparisonAndFocusIsAlwaysOnAShownControl(FxRobot robot) {
        List<Node> round = tabRound(robot);
        List<String> names = round.stream().map(KeyboardFocusOrderTest::name).toList();
        int search = names.indexOf("CustomTextField#search");
        int timeline = names.indexOf("TimelineView#timeline");
        int tabs = -1;
        for (int i = 0; i < round.size(); i++) {
            if (isInside(round.get(i), "comparison-tabs")) {
                tabs = i;
                break;
            }
        }
        assertTrue(search >= 0 && timeline > search && tabs > timeline, "the order of Tab: " + names);
        for (int i = 0; i < round.size(); i++) {
            Node n = round.get(i);
            assertTrue(n != null && n.isVisible() && n.getScene() == scene, "focus on a shown control: " + names);
            Bounds b = whereFocused.get(i);
            assertTrue(
                    b.getMaxX() > 0
                            && b.getMinX() < scene.getWidth()
                            && b.getMaxY() > 0
                            && b.getMinY() < scene.getHeight(),
                    name(n) + " is on screen: " + b);
        }
    }

    @Test
    void theFocusedControlShowsItsFocusInEveryTheme(FxRobot robot) {
        List<Node> round = tabRound(robot);
        Set<Node> distinct = new LinkedHashSet<>(round);
        List<String> invisible = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            robot.interact(() -> viewModel.settings().themeProperty().set(theme));
            WaitForAsyncUtils.waitForFxEvents();
            for (Node n : distinct) {
                if (!showsFocus(robot, n)) {
                    invisible.add(theme + ": " + name(n));
                }
            }
        }
        assertEquals(List.of(), invisible, "controls whose focus cannot be seen");
    }

    /** The control's pixels, a few around it included (a focus ring sits outside), differ with and without focus. */
    private boolean showsFocus(FxRobot robot, Node n) {
        AtomicReference<WritableImage> focused = new AtomicReference<>();
        AtomicReference<WritableImage> unfocused = new AtomicReference<>();
        robot.interact(n::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> focused.set(shot(n)));
        robot.interact(() -> scene.getRoot().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> unfocused.set(shot(n)));
        return differ(focused.get(), unfocused.get());
    }

    private WritableImage shot(Node n) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        SnapshotParameters p = new SnapshotParameters();
        p.setViewport(new javafx.geometry.Rectangle2D(
                Math.max(0, b.getMinX() - 3), Math.max(0, b.getMinY() - 3), b.getWidth() + 6, b.getHeight() + 6));
        return scene.getRoot().snapshot(p, null);
    }

    private static boolean differ(WritableImage a, WritableImage b) {
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int w = (int) Math.min(a.getWidth(), b.getWidth());
        int h = (int) Math.min(a.getHeight(), b.getHeight());
        int changed = 0;
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    changed++;
                }
            }
        }
        return changed >= 8;
    }

    private static boolean isInside(Node n, String id) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (id.equals(p.getId())) {
                return true;
            }
        }
        return false;
    }
}
