package app.counterpoint.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.StoryReader;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.timeline.LaneMode;
import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Lanes taller than the view scroll (issue #11), and the timeline asks for the height its rows need. */
@ExtendWith(ApplicationExtension.class)
class TimelineLanesViewTest {

    private final ObjectProperty<Story> story = new SimpleObjectProperty<>();
    private final ObservableList<Event> shown = FXCollections.observableArrayList();
    private final ObjectProperty<Event> selected = new SimpleObjectProperty<>();
    private TimelineViewModel vm;
    private TimelineView view;
    private Story five;

    @Start
    void start(Stage stage) throws Exception {
        Path file =
                Path.of(getClass().getResource("/stories/layout/sides-5.json").toURI());
        five = new StoryReader().read(file).story();
        vm = new TimelineViewModel(story, shown, selected);
        shown.setAll(five.events());
        story.set(five);
        view = new TimelineView(vm);
        StackPane root = new StackPane(view);
        stage.setScene(new Scene(root, 900, 230));
        stage.show();
    }

    private Optional<Point2D> positionOf(FxRobot robot, Event event) {
        AtomicReference<Optional<Point2D>> at = new AtomicReference<>();
        robot.interact(() -> at.set(view.positionOf(event)));
        return at.get();
    }

    private ScrollBar lanesScroll() {
        return (ScrollBar) view.lookup(".timeline-lanes-scroll");
    }

    @Test
    void theOtherLaneBelowTheViewIsReachedWithShiftWheelAndKeys(FxRobot robot) {
        robot.interact(() -> vm.setLaneMode(LaneMode.BY_ACTOR));
        WaitForAsyncUtils.waitForFxEvents();
        Event quiet = five.event("quiet").orElseThrow(); // no side spoke about it: the "Other" lane, the last of six
        assertTrue(lanesScroll().isVisible(), "six lanes do not fit in 230 px: a scroll bar");
        assertTrue(positionOf(robot, quiet).isEmpty(), "the last lane is below the view at first");

        robot.interact(() -> {
            for (int i = 0; i < 40; i++) {
                view.fireEvent(shiftWheel(450, 150, -40));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        Point2D at = positionOf(robot, quiet).orElseThrow(() -> new AssertionError("Other lane not reached"));
        assertTrue(at.getY() > 0 && at.getY() < view.getHeight(), "drawn inside the view: " + at);
        assertEquals(lanesScroll().getMax(), lanesScroll().getValue(), 1e-6, "scrolled to the end");

        robot.interact(view::requestFocus);
        robot.type(KeyCode.PAGE_UP, 10);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, lanesScroll().getValue(), 1e-6, "Page Up goes back to the first lane");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lanesScroll().getValue() > 0, "Down scrolls on");
    }

    @Test
    void selectingAnEventInALaneOutOfViewScrollsToIt(FxRobot robot) {
        robot.interact(() -> vm.setLaneMode(LaneMode.BY_ACTOR));
        Event quiet = five.event("quiet").orElseThrow();
        robot.interact(() -> vm.setSelectedEvent(quiet));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(positionOf(robot, quiet).isPresent(), "its lane was scrolled into view");
    }

    @Test
    void thePreferredHeightIsWhatTheRowsNeed(FxRobot robot) {
        AtomicReference<double[]> heights = new AtomicReference<>();
        robot.interact(() -> {
            double single = view.prefHeight(-1);
            vm.setLaneMode(LaneMode.BY_ACTOR);
            view.applyCss();
            double bySide = view.prefHeight(-1);
            double insets = view.getInsets().getTop() + view.getInsets().getBottom();
            heights.set(new double[] {single - insets, bySide - insets, view.getNeededHeight()});
        });
        double[] h = heights.get();
        double axis = 2 * Math.ceil(15 * 1.9);
        // one lane: 17 events ask for eight rows of 30 px and the padding
        assertEquals(axis + 12 + 8 * 30, h[0], 1e-9, "one lane");
        assertTrue(h[1] > h[0], "six lanes need more: " + h[1]);
        assertEquals(h[1], h[2], 1e-9, "the property says the same");
        assertTrue(h[1] <= axis + 14 * 30 + 1e-9, "capped at fourteen rows");
    }

    private static ScrollEvent shiftWheel(double x, double y, double deltaY) {
        return new ScrollEvent(
                ScrollEvent.SCROLL,
                x,
                y,
                x,
                y,
                true,
                false,
                false,
                false,
                false,
                false,
                0,
                deltaY,
                0,
                deltaY,
                ScrollEvent.HorizontalTextScrollUnits.NONE,
                0,
                ScrollEvent.VerticalTextScrollUnits.NONE,
                0,
                0,
                null);
    }
}
