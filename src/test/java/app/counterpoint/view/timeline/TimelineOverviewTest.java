package app.counterpoint.view.timeline;

import static app.counterpoint.fixture.StoryBuilder.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Topic;
import app.counterpoint.view.timeline.layout.OverviewDomain;
import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TimelineOverviewTest {

    private static final double DAY = 86_400;
    private final ObjectProperty<Story> story = new SimpleObjectProperty<>();
    private final ObservableList<Event> shown = FXCollections.observableArrayList();
    private TimelineViewModel vm;
    private TimelineOverview overview;

    private static Event event(String id, String start) {
        return EventBuilder.event(id).on(start).topics("t").build();
    }

    @Start
    void start(Stage stage) {
        List<Event> events = List.of(
                event("a", "2010-01-01"), event("b", "2012-06-01"), event("c", "2015-03-10"), event("d", "2019-12-31"));
        vm = new TimelineViewModel(story, shown, new SimpleObjectProperty<>());
        shown.setAll(events);
        story.set(story("Decade")
                .topics(new Topic("t", "T", "#0072B2"))
                .events(events)
                .build());
        overview = new TimelineOverview(vm);
        stage.setScene(new Scene(new VBox(overview), 800, 44));
        stage.show();
    }

    /** A point of the strip at a fraction of its width, in screen coordinates. */
    private Point2D at(double fraction) {
        return overview.localToScreen(overview.getWidth() * fraction, overview.getHeight() / 2);
    }

    private void setWindowYearAround(FxRobot robot, String date) {
        double middle = StoryDate.parse(date).startEpochSecond();
        robot.interact(() -> vm.setWindow(middle - 180 * DAY, middle + 180 * DAY));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Where the brush's middle is drawn, as a fraction of the strip: from the same domain the skin uses. */
    private double brushMiddleFraction() {
        OverviewDomain domain = OverviewDomain.around(
                StoryDate.parse("2010-01-01").startEpochSecond(),
                StoryDate.parse("2019-12-31").endEpochSecondExclusive());
        return ((vm.getVisibleStart() + vm.getVisibleEnd()) / 2 - domain.start()) / domain.span();
    }

    @Test
    void draggingTheBrushPansTheTimelineByTheDraggedShareOfTheStory(FxRobot robot) {
        setWindowYearAround(robot, "2012-06-01");
        double span = vm.getVisibleSpan();
        double startBefore = vm.getVisibleStart();
        double from = brushMiddleFraction();
        robot.drag(at(from)).moveTo(at(from + 0.25)).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        OverviewDomain domain = OverviewDomain.around(
                StoryDate.parse("2010-01-01").startEpochSecond(),
                StoryDate.parse("2019-12-31").endEpochSecondExclusive());
        double pixel = domain.span() / overview.getWidth();
        assertEquals(startBefore + 0.25 * domain.span(), vm.getVisibleStart(), 2 * pixel);
        assertEquals(span, vm.getVisibleSpan(), span * 1e-9, "moving the brush does not zoom");
    }

    @Test
    void draggingTheBrushEdgeZooms(FxRobot robot) {
        setWindowYearAround(robot, "2015-03-10");
        double start = vm.getVisibleStart();
        double span = vm.getVisibleSpan();
        OverviewDomain domain = OverviewDomain.around(
                StoryDate.parse("2010-01-01").startEpochSecond(),
                StoryDate.parse("2019-12-31").endEpochSecondExclusive());
        double rightEdge = (vm.getVisibleEnd() - domain.start()) / domain.span();
        robot.drag(at(rightEdge)).moveTo(at(rightEdge + 0.1)).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start, vm.getVisibleStart(), domain.span() / overview.getWidth() * 2);
        assertTrue(vm.getVisibleSpan() > span + 0.08 * domain.span(), "the window widened");
    }

    @Test
    void clickingOutsideTheBrushCentresTheWindowThere(FxRobot robot) {
        setWindowYearAround(robot, "2010-06-01");
        double span = vm.getVisibleSpan();
        robot.clickOn(at(0.8));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.8, brushMiddleFraction(), 2 / overview.getWidth());
        assertEquals(span, vm.getVisibleSpan(), span * 1e-9);
    }
}
