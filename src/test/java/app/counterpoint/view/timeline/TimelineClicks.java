package app.counterpoint.view.timeline;

import app.counterpoint.model.Event;
import javafx.geometry.Point2D;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Lets tests outside this package click an event where the timeline drew it. */
public final class TimelineClicks {

    private TimelineClicks() {}

    public static void clickEvent(FxRobot robot, TimelineView timeline, Event event) {
        Point2D local = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> timeline.positionOf(event))
                .orElseThrow(() -> new AssertionError("the timeline does not show " + event.title()));
        robot.clickOn(timeline.localToScreen(local));
    }
}
