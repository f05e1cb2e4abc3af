package app.counterpoint.view.timeline.layout;

import java.util.List;

/** One thing {@link TimelineLayout} draws in a row: an event (its position in the lane) or a marker. */
record RowEntry(double left, double right, int position, LaneStacker.Gathered marker) {

    /**
     * A marker at the canvas's left or right edge is shifted in, as far as its neighbour in the row allows, so its
     * count reads whole.
     */
    static void shiftMarkersIn(List<RowEntry> entries, double width, double spacing) {
        if (entries.isEmpty()) {
            return;
        }
        RowEntry first = entries.get(0);
        if (first.marker() != null && first.left() < 0) {
            double room =
                    entries.size() > 1 ? entries.get(1).left() - spacing - first.right() : Double.POSITIVE_INFINITY;
            entries.set(0, first.shifted(Math.max(0, Math.min(-first.left(), room))));
        }
        int lastAt = entries.size() - 1;
        RowEntry last = entries.get(lastAt);
        if (last.marker() != null && last.right() > width) {
            double room =
                    lastAt > 0 ? last.left() - spacing - entries.get(lastAt - 1).right() : last.left();
            entries.set(lastAt, last.shifted(-Math.max(0, Math.min(last.right() - width, room))));
        }
    }

    private RowEntry shifted(double dx) {
        return new RowEntry(left + dx, right + dx, position, marker);
    }
}
