package app.counterpoint.view.timeline;

import static app.counterpoint.fixture.StoryBuilder.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.view.timeline.layout.PanGlide;
import app.counterpoint.viewmodel.timeline.LaneMode;
import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    private static final Topic SYRIA = new Topic("syria", "Syria", "#009E73");
    private static final Topic TERROR = new Topic("terror", "Terrorism", "#CC79A7");

    private final Event summit = event("summit", "Summit in Hamburg", "2017-07-07", null, "syria");
    private final Event strike = event("strike", "Missile strike", "2017-04-07T04:40", null, "syria");
    private final Event talks = event("talks", "Ceasefire talks", "2017-05-03", "2017-05-04", "terror");
    private final Event visit = event("visit", "Lavrov visits Washington", "2017-05-10", null, "terror");
    private final Event sanctions = event("sanctions", "Sanctions debate", "2017-06", null, "syria");

    private final ObjectProperty<Story> story = new SimpleObjectProperty<>();
    private final ObservableList<Event> shown = FXCollections.observableArrayList();
    private final ObjectProperty<Event> selected = new SimpleObjectProperty<>();
    private TimelineViewModel vm;
    private TimelineView view;

    private static Event event(String id, String title, String start, String end, String topic) {
        return EventBuilder.event(id)
                .titled(title)
                .on(start)
                .until(end)
                .topics(topic)
                .actors("wh", "kr")
                .build();
    }

    @Start
    void start(Stage stage) {
        List<Event> events = List.of(summit, strike, talks, visit, sanctions);
        vm = new TimelineViewModel(story, shown, selected);
        shown.setAll(events);
        story.set(story("Syria 2017")
                .actors(new Actor("wh", "White House", "#0072B2"), new Actor("kr", "Kremlin", "#D55E00"))
                .topics(SYRIA, TERROR)
                .events(events)
                .build());
        view = new TimelineView(vm);
        stage.setScene(new Scene(view, 900, 400));
        stage.show();
    }

    private Canvas canvas() {
        return (Canvas) view.lookup(".timeline-canvas");
    }

    /** The date under a point of the control, from the view model's window and the canvas geometry. */
    private double dateAt(double controlX) {
        Canvas c = canvas();
        return vm.getVisibleStart() + (controlX - c.getLayoutX()) / c.getWidth() * vm.getVisibleSpan();
    }

    private double pixelsPerSecond() {
        return canvas().getWidth() / vm.getVisibleSpan();
    }

    @Test
    void storyIsFittedAndEveryEventVisible(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Event e : shown) {
            assertTrue(vm.getVisibleStart() < e.startEpochSecond() && vm.getVisibleEnd() > e.endEpochSecondExclusive());
        }
        assertTrue(canvas().getWidth() > 800 && canvas().getHeight() > 300);
    }

    @Test
    void wheelZoomKeepsTheDateUnderThePointer(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double x = 312;
        double before = dateAt(x);
        double spanBefore = vm.getVisibleSpan();
        robot.interact(() -> javafx.event.Event.fireEvent(view, scroll(x, 200, 0, 120)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.getVisibleSpan() < spanBefore * 0.9, "scrolling up zooms in");
        assertEquals(0, (dateAt(x) - before) * pixelsPerSecond(), 1.0);

        robot.interact(() -> javafx.event.Event.fireEvent(view, scroll(x, 200, 0, -240)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.getVisibleSpan() > spanBefore, "scrolling down zooms out");
        assertEquals(0, (dateAt(x) - before) * pixelsPerSecond(), 1.0);
    }

    @Test
    void robotWheelZoomsAtThePointer(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double x = 640;
        Point2D onScreen = view.localToScreen(x, 250);
        double before = dateAt(x);
        double spanBefore = vm.getVisibleSpan();
        robot.moveTo(onScreen);
        robot.scroll(2, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.getVisibleSpan() != spanBefore, "the wheel zoomed");
        assertEquals(0, (dateAt(x) - before) * pixelsPerSecond(), 1.0);
    }

    @Test
    void dragPansByTheDraggedDistance(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double startBefore = vm.getVisibleStart();
        double span = vm.getVisibleSpan();
        double perPixel = span / canvas().getWidth();
        robot.drag(view.localToScreen(500, 380), MouseButton.PRIMARY).moveBy(-150, 0);
        // Held still before letting go: put down, not flung, so no glide.
        robot.sleep(250);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.isAnimating(), "no glide after a slow release");
        assertEquals(span, vm.getVisibleSpan(), 1e-3, "dragging does not zoom");
        assertEquals(150, (vm.getVisibleStart() - startBefore) / perPixel, 2.0, "dragging left shows later times");
        assertNull(selected.get(), "a drag is not a click");
    }

    /** A quick flick: press, drag events in one go, release while moving; {@code dx} pixels in all. */
    private void fling(double dx) {
        double y = 380;
        fireMouse(MouseEvent.MOUSE_PRESSED, 500, y);
        for (int step = 1; step <= 10; step++) {
            fireMouse(MouseEvent.MOUSE_DRAGGED, 500 + dx * step / 10, y);
        }
        fireMouse(MouseEvent.MOUSE_RELEASED, 500 + dx, y);
    }

    private void fireMouse(javafx.event.EventType<MouseEvent> type, double x, double y) {
        javafx.event.Event.fireEvent(
                view,
                new MouseEvent(
                        type,
                        x,
                        y,
                        x,
                        y,
                        MouseButton.PRIMARY,
                        1,
                        false,
                        false,
                        false,
                        false,
                        type != MouseEvent.MOUSE_RELEASED,
                        false,
                        false,
                        false,
                        false,
                        false,
                        null));
    }

    @Test
    void aDragReleasedWithSpeedGlidesOnAndSlowsToAStop(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double startBefore = vm.getVisibleStart();
        double span = vm.getVisibleSpan();
        double perPixel = span / canvas().getWidth();
        robot.interact(() -> fling(-100));
        assertTrue(view.isAnimating(), "it glides on after the release");
        waitForGlide();
        // The events came within a millisecond or so: as fast a fling as there is.
        double glide = PanGlide.MAX_SPEED * PanGlide.DURATION / 3;
        assertEquals(
                100 + glide,
                (vm.getVisibleStart() - startBefore) / perPixel,
                1.0,
                "dragged 100 pixels left, then glided on the same way");
        assertEquals(span, vm.getVisibleSpan(), span * 1e-9, "gliding does not zoom");
    }

    @Test
    void aClickAKeyOrTheWheelStopsTheGlideAtOnce(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Runnable> stoppers = List.of(
                () -> fireMouse(MouseEvent.MOUSE_PRESSED, 300, 380),
                () -> javafx.event.Event.fireEvent(
                        view, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.A, false, false, false, false)),
                () -> javafx.event.Event.fireEvent(view, scroll(300, 200, 0, 40)));
        for (Runnable stopper : stoppers) {
            AtomicReference<Double> released = new AtomicReference<>();
            robot.interact(() -> {
                fling(120);
                released.set(vm.getVisibleStart());
            });
            robot.sleep(80);
            AtomicReference<Double> beforeStop = new AtomicReference<>();
            AtomicReference<Double> stoppedAt = new AtomicReference<>();
            robot.interact(() -> {
                beforeStop.set(vm.getVisibleStart());
                stopper.run();
                stoppedAt.set(vm.getVisibleStart());
            });
            assertFalse(view.isAnimating(), "stopped");
            assertTrue(beforeStop.get() < released.get(), "it had glided on (to earlier times) before it was stopped");
            robot.sleep((long) (PanGlide.DURATION * 1000) + 100);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(stoppedAt.get(), vm.getVisibleStart(), 0.0, "and went no further after");
            robot.interact(() -> fireMouse(MouseEvent.MOUSE_RELEASED, 300, 380));
        }
    }

    @Test
    void clickingAnEventSelectsIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Event target : List.of(visit, strike, summit)) {
            Point2D drawn = positionOf(robot, target);
            double expectedX = canvas().getLayoutX()
                    + ((target.startEpochSecond() + target.endEpochSecondExclusive()) / 2.0 - vm.getVisibleStart())
                            * pixelsPerSecond();
            assertEquals(expectedX, drawn.getX(), 1.0, "marker sits at the middle of its day or minute");
            robot.clickOn(view.localToScreen(drawn));
            WaitForAsyncUtils.waitForFxEvents();
            assertSame(target, selected.get());
            assertTrue(view.getAccessibleText().startsWith(target.title()), view.getAccessibleText());
        }
    }

    @Test
    void clickingARangeBarSelectsItAndHitTestingAgrees(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Point2D drawn = positionOf(robot, sanctions);
        assertSame(sanctions, eventAt(robot, drawn));
        robot.clickOn(view.localToScreen(drawn));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(sanctions, selected.get());
        assertTrue(view.getAccessibleText().contains("June 2017")
                && view.getAccessibleText().contains("Syria"));
    }

    @Test
    void rightArrowWalksTheSelectionInTimeOrder(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(view::requestFocus);
        List<Event> expected = List.of(strike, talks, visit, sanctions, summit);
        for (Event e : expected) {
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
            assertSame(e, selected.get());
            assertTrue(vm.getVisibleStart() <= e.startEpochSecond() && vm.getVisibleEnd() > e.startEpochSecond());
        }
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(sanctions, selected.get());
    }

    @Test
    void keyboardZoomsAndFits(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(view::requestFocus);
        double fitted = vm.getVisibleSpan();
        robot.type(KeyCode.EQUALS);
        waitForGlide();
        assertEquals(fitted / 1.5, vm.getVisibleSpan(), fitted * 1e-6);
        robot.type(KeyCode.MINUS, KeyCode.MINUS);
        waitForGlide();
        assertEquals(fitted * 1.5, vm.getVisibleSpan(), fitted * 1e-6, "two quick presses zoom out twice");
        robot.type(KeyCode.HOME);
        waitForGlide();
        assertEquals(fitted, vm.getVisibleSpan(), fitted * 1e-6);
    }

    @Test
    void keyboardZoomGlidesThroughIntermediateWindows(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(view::requestFocus);
        double fitted = vm.getVisibleSpan();
        List<Double> spans = new java.util.ArrayList<>();
        robot.interact(() -> vm.visibleEndProperty().addListener((o, a, b) -> spans.add(vm.getVisibleSpan())));
        robot.type(KeyCode.EQUALS);
        waitForGlide();
        assertTrue(
                spans.stream().anyMatch(s -> s < fitted * 0.99 && s > fitted / 1.5 * 1.01),
                "some frame lies between the old and the new zoom: " + spans);
    }

    @Test
    void shiftArrowsPanWithoutChangingTheSelection(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(view::requestFocus);
        Event before = selected.get();
        double start = vm.getVisibleStart();
        double span = vm.getVisibleSpan();
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        waitForGlide();
        assertEquals(start + span / 4, vm.getVisibleStart(), span * 1e-6);
        assertEquals(span, vm.getVisibleSpan(), span * 1e-6);
        assertSame(before, selected.get());
    }

    @Test
    void enterHandsTheSelectedEventToTheOpenHandler(FxRobot robot) {
        AtomicReference<Event> opened = new AtomicReference<>();
        robot.interact(() -> {
            view.setOnOpenEvent(opened::set);
            vm.setSelectedEvent(visit);
            view.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(visit, opened.get());
    }

    @Test
    void dimModeKeepsFilteredOutEventsDrawnAndHideModeDropsThem(FxRobot robot) {
        ObservableList<Event> all = FXCollections.observableArrayList(shown);
        ObservableList<Event> filtered = FXCollections.observableArrayList(shown);
        TimelineViewModel dimmable = new TimelineViewModel(story, all, filtered, selected);
        AtomicReference<TimelineView> other = new AtomicReference<>();
        robot.interact(() -> {
            TimelineView v = new TimelineView(dimmable);
            view.getScene().setRoot(v);
            filtered.remove(visit);
            other.set(v);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TimelineView v = other.get();
        robot.interact(() -> assertTrue(v.positionOf(visit).isEmpty(), "hidden"));
        robot.interact(
                () -> dimmable.setFilteredEventDisplay(app.counterpoint.viewmodel.timeline.FilteredEventDisplay.DIM));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertTrue(v.positionOf(visit).isPresent(), "dimmed but drawn"));
    }

    private void waitForGlide() {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> !view.isAnimating());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the zoom never finished", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void eachLaneModeDrawsAndHitTestsTheEvent(FxRobot robot) {
        for (LaneMode mode : LaneMode.values()) {
            robot.interact(() -> vm.setLaneMode(mode));
            WaitForAsyncUtils.waitForFxEvents();
            assertSame(visit, eventAt(robot, positionOf(robot, visit)), mode.toString());
        }
    }

    private Event eventAt(FxRobot robot, Point2D point) {
        AtomicReference<Event> at = new AtomicReference<>();
        robot.interact(() -> at.set(view.eventAt(point.getX(), point.getY()).orElse(null)));
        return at.get();
    }

    private Point2D positionOf(FxRobot robot, Event event) {
        AtomicReference<Point2D> at = new AtomicReference<>();
        robot.interact(
                () -> at.set(view.positionOf(event).orElseThrow(() -> new AssertionError(event + " not drawn"))));
        return at.get();
    }

    private static ScrollEvent scroll(double x, double y, double deltaX, double deltaY) {
        return new ScrollEvent(
                ScrollEvent.SCROLL,
                x,
                y,
                x,
                y,
                false,
                false,
                false,
                false,
                false,
                false,
                deltaX,
                deltaY,
                deltaX,
                deltaY,
                ScrollEvent.HorizontalTextScrollUnits.NONE,
                0,
                ScrollEvent.VerticalTextScrollUnits.NONE,
                0,
                0,
                null);
    }
}
