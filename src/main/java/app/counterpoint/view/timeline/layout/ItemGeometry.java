package app.counterpoint.view.timeline.layout;

import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import java.util.function.ToDoubleFunction;

/**
 * Turns events into shapes for one window; pure. Two kinds of extent: the <em>stacking box</em>, which decides rows and
 * depends only on the scale (never on where the canvas edges are, so rows stay put while the user pans), and the
 * <em>drawn</em> shape, whose label goes inside its bar, after its mark or, near the right edge, before it, always
 * touching its mark and never displaced along time.
 */
final class ItemGeometry {

    private static final double DAY_SECONDS = 86_400;
    /** Labels keep this clear of the canvas's left and right edges, so their first or last letter is not on it. */
    static final double EDGE_MARGIN = 4;

    private final double start;
    private final double pixelsPerSecond;
    private final double width;
    private final LayoutMetrics metrics;
    private final ToDoubleFunction<Event> labelWidth;
    private final ToDoubleFunction<Event> claimWidth;

    /**
     * @param labelWidth how wide an event's label is drawn
     * @param claimWidth how wide its label is taken to be when rows are filled: the same for every state of the event
     *                   (selected or not), so that selecting one does not move others
     */
    ItemGeometry(
            double start,
            double pixelsPerSecond,
            double width,
            LayoutMetrics metrics,
            ToDoubleFunction<Event> labelWidth,
            ToDoubleFunction<Event> claimWidth) {
        this.start = start;
        this.pixelsPerSecond = pixelsPerSecond;
        this.width = width;
        this.metrics = metrics;
        this.labelWidth = labelWidth;
        this.claimWidth = claimWidth;
    }

    LayoutMetrics metrics() {
        return metrics;
    }

    /** The canvas width in pixels. */
    double width() {
        return width;
    }

    /** Where an instant is drawn, in canvas pixels. */
    double x(double epochSecond) {
        return (epochSecond - start) * pixelsPerSecond;
    }

    /** Where an event's mark is: a point's centre, or a bar's start (which may be left of the canvas). */
    double anchorX(Event event, long first, long afterLast) {
        double x0 = x(first);
        double x1 = x(afterLast);
        return isPoint(event, x1 - x0) ? (x0 + x1) / 2 : x0;
    }

    /**
     * An instant such that every event starting before it has its anchor left of {@code x}: an anchor is never more
     * than half a point event's period (at most a day, and under 1.5 marker radii) right of where the event starts.
     * Lets crowded windows skip whole runs of events by binary search.
     */
    double startLimitForAnchorsBefore(double x) {
        double r = metrics.markerRadius();
        double t = x - Math.min(1.5 * r, DAY_SECONDS * pixelsPerSecond / 2);
        return start + t / pixelsPerSecond;
    }

    /** Day and finer events are points until zoomed in far enough to see the period they cover. */
    boolean isPoint(Event event, double periodPixels) {
        boolean coarse = event.start().precision().compareTo(DatePrecision.DAY) < 0;
        return event.end() == null && !coarse && periodPixels < metrics.markerRadius() * 3;
    }

    /** The left of the stacking box of an event anchored at {@code anchor}: its mark's left edge. */
    double stackLeft(Event event, long first, long afterLast, double anchor) {
        return isPoint(event, x(afterLast) - x(first)) ? anchor - metrics.markerRadius() : anchor;
    }

    /** Where an event's mark ends on the canvas: a point's right edge, or its bar's end (kept near the canvas). */
    double markRight(Event event, long first, long afterLast) {
        double x0 = x(first);
        double x1 = x(afterLast);
        double r = metrics.markerRadius();
        return isPoint(event, x1 - x0) ? (x0 + x1) / 2 + r : Math.min(Math.max(x1, x0 + 2 * r), width + r);
    }

    /** Where an event's mark ends, unclipped: a point's right edge, or its bar's end. */
    double markEnd(Event event, long first, long afterLast) {
        double x0 = x(first);
        double x1 = x(afterLast);
        double r = metrics.markerRadius();
        return isPoint(event, x1 - x0) ? (x0 + x1) / 2 + r : Math.max(x1, x0 + 2 * r);
    }

    /** The least left any stacking box of an event starting at or after {@code first} can have. */
    double leastLeftFrom(long first) {
        return x(first) - metrics.markerRadius();
    }

    /**
     * The right of the stacking box: the mark and, after it (or inside a bar long enough), the label at the width it
     * claims while rows are filled (its measured width, at most {@link LayoutMetrics#maxLabelWidth()}).
     */
    double stackRight(Event event, long first, long afterLast) {
        double label = Math.min(claimWidth.applyAsDouble(event), metrics.maxLabelWidth());
        double x0 = x(first);
        double x1 = x(afterLast);
        double r = metrics.markerRadius();
        if (isPoint(event, x1 - x0)) {
            return (x0 + x1) / 2 + r + metrics.labelGap() + label;
        }
        double end = Math.max(x1, x0 + 2 * r);
        return end - x0 - 2 * r - 2 * metrics.clusterPadding() >= label ? end : end + metrics.labelGap() + label;
    }

    /**
     * The furthest right the stacking box of an event from {@code first} to {@code afterLast} can reach, whatever its
     * label and kind: from its instants alone, so that crowds are looked through without touching each event.
     */
    double mostRight(long first, long afterLast) {
        double r = metrics.markerRadius();
        return Math.max(x(afterLast) + r, x(first) + 2 * r) + metrics.labelGap() + metrics.maxLabelWidth();
    }

    /**
     * The event as drawn in its row, between {@code previousRight} (where the previous thing drawn in its row ends,
     * label included) and {@code nextLeft} (where the next mark or cluster of its row begins). The whole label goes
     * inside its bar when the bar's visible part holds it, else after the mark, else (near the right edge) before it;
     * where it fits whole nowhere, it is shortened where it has the most room. A label after its mark starts a label
     * gap after it; one before ends a label gap before it: labels never leave their mark.
     */
    PlacedItem placed(
            Event event,
            long first,
            long afterLast,
            int lane,
            int row,
            double centerY,
            double previousRight,
            double nextLeft) {
        double x0 = x(first);
        double x1 = x(afterLast);
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
        double whole = labelWidth.applyAsDouble(event);
        double spacing = metrics.itemSpacing();
        // A bar's label inside it starts after the topic's shape drawn at the bar's start.
        double insideX = Math.max(point ? left : left + 2 * r, 0) + metrics.clusterPadding();
        double insideRoom = point ? -1 : Math.min(right, width) - metrics.clusterPadding() - insideX;
        double afterX = right + metrics.labelGap();
        double afterRoom = Math.min(nextLeft - spacing, width - EDGE_MARGIN) - afterX;
        double beforeEnd = left - metrics.labelGap();
        // Twice the spacing: two labels facing each other must not read as one line of text.
        double beforeRoom = beforeEnd - Math.max(previousRight + 2 * spacing, EDGE_MARGIN);
        LabelPlace place;
        double labelX;
        double room;
        if (insideRoom >= whole) {
            place = LabelPlace.INSIDE;
            labelX = insideX;
            room = whole;
        } else if (afterRoom >= whole) {
            place = LabelPlace.RIGHT;
            labelX = afterX;
            room = whole;
        } else if (beforeRoom >= whole) {
            // Near the right edge the label reads better before the mark than cut off.
            place = LabelPlace.LEFT;
            labelX = beforeEnd - whole;
            room = whole;
        } else if (beforeRoom > afterRoom && beforeRoom >= insideRoom && beforeRoom > 0) {
            place = LabelPlace.LEFT;
            labelX = beforeEnd - beforeRoom;
            room = beforeRoom;
        } else if (insideRoom > afterRoom && insideRoom > 0) {
            place = LabelPlace.INSIDE;
            labelX = insideX;
            room = insideRoom;
        } else {
            place = LabelPlace.RIGHT;
            labelX = afterX;
            room = Math.max(0, afterRoom);
        }
        double boxLeft = place == LabelPlace.LEFT && room > 0 ? labelX : left;
        double boxRight = place == LabelPlace.RIGHT && room > 0 ? Math.max(right, labelX + room) : right;
        return new PlacedItem(event, lane, row, point, x0, x1, centerY, boxLeft, boxRight, labelX, room, place);
    }
}
