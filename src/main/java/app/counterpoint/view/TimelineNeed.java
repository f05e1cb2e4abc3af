package app.counterpoint.view;

import app.counterpoint.view.timeline.layout.LayoutMetrics;
import app.counterpoint.viewmodel.timeline.LaneMode;
import app.counterpoint.viewmodel.timeline.TimelineLanes;
import app.counterpoint.viewmodel.timeline.TimelineViewModel;

/**
 * How tall the timeline's drawing should be to show its rows: the two-row axis, then per lane its name and rows. In
 * one lane the rows stack a few events before clusters take over; named lanes get two rows each. An estimate from
 * the timeline's own metrics, for the window's default divider until the timeline has measured its rows
 * ({@link app.counterpoint.view.timeline.TimelineView#getNeededHeight()}), and while presenting, when the timeline
 * is zoomed to the current step and two rows show it and its neighbours.
 */
final class TimelineNeed {

    private static final int MAX_SINGLE_LANE_ROWS = 8;
    private static final int ROWS_PER_NAMED_LANE = 2;
    /** The divider's own pixels and the split's rounding, which would otherwise cost the last row. */
    private static final double SLACK = 10;

    private TimelineNeed() {}

    /**
     * @param presenting while presenting the timeline is zoomed to the current step: a couple of rows show it and
     *                   its neighbours, and the comparison gets the rest
     */
    static double height(TimelineViewModel timeline, double fontSize, boolean presenting) {
        LaneMode mode = timeline.getLaneMode();
        boolean named = mode != null && mode != LaneMode.SINGLE;
        LayoutMetrics metrics = LayoutMetrics.forFontSize(fontSize, named);
        double axis = 2 * Math.ceil(fontSize * 1.9);
        int lanes = TimelineLanes.of(timeline.getStory(), mode).lanes().size();
        int rows = named || presenting
                ? ROWS_PER_NAMED_LANE
                : Math.max(
                        2,
                        Math.min(MAX_SINGLE_LANE_ROWS, timeline.getShownEvents().size()));
        return axis
                + lanes * (metrics.laneHeaderHeight() + 2 * metrics.lanePadding() + rows * metrics.rowHeight())
                + SLACK;
    }
}
