package app.counterpoint.view.timeline.layout;

import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import java.util.function.ToDoubleFunction;

/** Turns events into shapes (marker or bar, label beside or inside) for one window; pure. */
final class ItemGeometry {

    private static final double DAY_SECONDS = 86_400;
    /** Labels keep this clear of the canvas's left and right edges, so their first or last letter is not on it. */
    static final double EDGE_MARGIN = 4;

    private final double start;
    private final double pixelsPerSecond;
    private final double width;
    private final LayoutMetrics metrics;
    private final ToDoubleFunction<Event> labelWidth;

    ItemGeometry(
            double start,
            double pixelsPerSecond,
            double width,
            LayoutMetrics metrics,
            ToDoubleFunction<Event> labelWidth) {
        this.start = start;
        this.pixelsPerSecond = pixelsPerSecond;
        this.width = width;
        this.metrics = metrics;
        this.labelWidth = labelWidth;
    }

    LayoutMetrics metrics() {
        return metrics;
    }

    /** The canvas width in pixels. */
    double width() {
        return width;
    }

    /** Where an event's shape starts: a marker's centre, or a bar's visible start. */
    double anchorX(Event event) {
        return anchorX(event, event.startEpochSecond(), event.endEpochSecondExclusive());
    }

    /** As {@link #anchorX(Event)} with the event's instants already known. */
    double anchorX(Event event, long first, long afterLast) {
        double x0 = (first - start) * pixelsPerSecond;
        double x1 = (afterLast - start) * pixelsPerSecond;
        return isPoint(event, x1 - x0) ? (x0 + x1) / 2 : Math.max(x0, -metrics.markerRadius());
    }

    /**
     * An instant such that every event starting before it has its anchor left of {@code x}: an anchor is never more
     * than half a point event's period (at most a day, and under 1.5 marker radii) right of where the event starts
     * (or of the left edge). Negative infinity when no event is sure to be. Lets crowded windows skip whole runs of
     * events by binary search.
     */
    double startLimitForAnchorsBefore(double x) {
        double r = metrics.markerRadius();
        double t = x - Math.min(1.5 * r, DAY_SECONDS * pixelsPerSecond / 2);
        return t > -r ? start + t / pixelsPerSecond : Double.NEGATIVE_INFINITY;
    }

    /** Day and finer events are points until zoomed in far enough to see the period they cover. */
    private boolean isPoint(Event event, double periodPixels) {
        boolean coarse = event.start().precision().compareTo(DatePrecision.DAY) < 0;
        return event.end() == null && !coarse && periodPixels < metrics.markerRadius() * 3;
    }

    PlacedItem shape(Event event, int lane, int row, double centerY) {
        return shape(event, event.startEpochSecond(), event.endEpochSecondExclusive(), lane, row, centerY);
    }

    /**
     * The item's shape with its label at the width it claims while rows are filled: its measured width, at most
     * {@link LayoutMetrics#maxLabelWidth()}. The label goes inside a bar that holds it, else after the item, else
     * before it; where it fits in none of these, where it has the most room, to be shortened there.
     * {@link #withLabelRoom} then gives it the room it finally has.
     */
    PlacedItem shape(Event event, long first, long afterLast, int lane, int row, double centerY) {
        double x0 = (first - start) * pixelsPerSecond;
        double x1 = (afterLast - start) * pixelsPerSecond;
        double label = Math.min(labelWidth.applyAsDouble(event), metrics.maxLabelWidth());
        double r = metrics.markerRadius();
        boolean point = isPoint(event, x1 - x0);
        double left;
        double right;
        if (point) {
            x0 = (x0 + x1) / 2;
            x1 = x0;
            left = x0 - r;
            right = x0 + r;
        } else {
            x1 = Math.max(x1, x0 + 2 * r);
            // A bar that begins or ends off-canvas is drawn, and labelled, from where it comes into view.
            left = Math.max(x0, -r);
            right = Math.min(x1, width + r);
        }
        // A label inside a bar starts where the bar comes into view.
        double insideX = Math.max(left, 0) + metrics.clusterPadding();
        double insideRoom = point ? -1 : Math.min(right, width) - metrics.clusterPadding() - insideX;
        double afterX = right + metrics.labelGap();
        double beforeEnd = left - metrics.labelGap();
        double beforeRoom = beforeEnd - EDGE_MARGIN;
        if (insideRoom >= label) {
            return new PlacedItem(
                    event, lane, row, point, x0, x1, centerY, left, right, insideX, label, LabelPlace.INSIDE);
        }
        double afterRoom = width - EDGE_MARGIN - afterX;
        if (afterRoom >= label) {
            return after(event, lane, row, point, x0, x1, centerY, left, afterX, label);
        }
        if (beforeRoom >= label) {
            // Near the right edge the label reads better before the item than cut off.
            return before(event, lane, row, point, x0, x1, centerY, right, beforeEnd, label);
        }
        // It fits whole nowhere: where it has the most room, to be shortened there.
        if (beforeRoom > afterRoom && beforeRoom >= insideRoom && beforeRoom > 0) {
            return before(event, lane, row, point, x0, x1, centerY, right, beforeEnd, beforeRoom);
        }
        if (insideRoom > afterRoom && insideRoom > 0) {
            return new PlacedItem(
                    event, lane, row, point, x0, x1, centerY, left, right, insideX, insideRoom, LabelPlace.INSIDE);
        }
        return after(event, lane, row, point, x0, x1, centerY, left, afterX, label);
    }

    private static PlacedItem after(
            Event event,
            int lane,
            int row,
            boolean point,
            double x0,
            double x1,
            double centerY,
            double left,
            double labelX,
            double label) {
        return new PlacedItem(
                event, lane, row, point, x0, x1, centerY, left, labelX + label, labelX, label, LabelPlace.RIGHT);
    }

    /** A label {@code label} wide ending at {@code end}, before an item ending at {@code right}. */
    private static PlacedItem before(
            Event event,
            int lane,
            int row,
            boolean point,
            double x0,
            double x1,
            double centerY,
            double right,
            double end,
            double label) {
        double labelX = end - label;
        return new PlacedItem(event, lane, row, point, x0, x1, centerY, labelX, right, labelX, label, LabelPlace.LEFT);
    }

    /**
     * The item with the room its label finally has after it: a label after its item may run on, up to its whole
     * width, until {@code limit} (where the next item of its row begins, less the spacing) or the canvas edge; one
     * inside a bar has the bar's visible inside; one before its item is left as it is (see {@link #withRoomBefore}).
     */
    PlacedItem withLabelRoom(PlacedItem item, double limit) {
        double whole = labelWidth.applyAsDouble(item.event());
        return switch (item.labelPlace()) {
            case LEFT -> item;
            case INSIDE ->
                item.withLabel(
                        item.boxLeft(),
                        item.boxRight(),
                        item.labelX(),
                        Math.max(
                                0,
                                Math.min(
                                        whole,
                                        Math.min(item.boxRight(), width) - metrics.clusterPadding() - item.labelX())));
            case RIGHT -> {
                double room = Math.max(0, Math.min(whole, Math.min(limit, width - EDGE_MARGIN) - item.labelX()));
                double shapeRight = item.point()
                        ? item.x0() + metrics.markerRadius()
                        : Math.min(item.x1(), width + metrics.markerRadius());
                yield item.withLabel(item.boxLeft(), Math.max(shapeRight, item.labelX() + room), item.labelX(), room);
            }
        };
    }

    /**
     * The item with the room its label finally has before it: a label before its item may reach back, up to its
     * whole width, to {@code limit} (where the previous item of its row ends, plus the spacing, or the canvas edge).
     */
    PlacedItem withRoomBefore(PlacedItem item, double limit) {
        if (item.labelPlace() != LabelPlace.LEFT) {
            return item;
        }
        double end = item.labelX() + item.labelWidth();
        double labelX = Math.min(
                item.labelX(), Math.max(Math.max(limit, EDGE_MARGIN), end - labelWidth.applyAsDouble(item.event())));
        return item.withLabel(labelX, item.boxRight(), labelX, end - labelX);
    }
}
