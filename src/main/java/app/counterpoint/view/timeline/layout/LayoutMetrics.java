package app.counterpoint.view.timeline.layout;

/**
 * Sizes of the timeline's items in pixels, all derived from the label font size so the whole drawing scales with it.
 *
 * @param rowHeight        height of one row of items in a lane
 * @param markerRadius     radius of a point event's marker
 * @param barHeight        height of a range event's bar
 * @param laneHeaderHeight room above a lane's rows for its name; 0 when lanes are unnamed
 * @param lanePadding      space above and below a lane's rows
 * @param labelGap         space between an item and its label
 * @param itemSpacing      least space between two items in a row
 * @param clusterPadding   space each side of a cluster's count
 * @param maxLabelWidth    the most room a label claims when rows are filled: one long title must not push a crowd
 *                         into clusters; a longer one may still use free room after it, else it is shortened
 */
public record LayoutMetrics(
        double rowHeight,
        double markerRadius,
        double barHeight,
        double laneHeaderHeight,
        double lanePadding,
        double labelGap,
        double itemSpacing,
        double clusterPadding,
        double maxLabelWidth) {

    public static LayoutMetrics forFontSize(double fontSize, boolean namedLanes) {
        return new LayoutMetrics(
                Math.ceil(fontSize * 2),
                Math.round(fontSize * 0.5),
                Math.round(fontSize * 1.4),
                namedLanes ? Math.ceil(fontSize * 1.8) : 0,
                6,
                Math.round(fontSize * 0.6),
                12,
                7,
                Math.round(fontSize * 32));
    }
}
