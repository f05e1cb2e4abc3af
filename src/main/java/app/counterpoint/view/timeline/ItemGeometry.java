package app.counterpoint.view.timeline;

import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;

import java.util.function.ToDoubleFunction;

/** Turns events into shapes (marker or bar, label beside or inside) for one window; pure. */
final class ItemGeometry {

    private static final double DAY_SECONDS = 86_400;

    private final double start;
    private final double pixelsPerSecond;
    private final double width;
    private final LayoutMetrics metrics;
    private final ToDoubleFunction<Event> labelWidth;

    ItemGeometry(double start, double pixelsPerSecond, double width, LayoutMetrics metrics,
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

    PlacedItem shape(Event event, long first, long afterLast, int lane, int row, double centerY) {
        double x0 = (first - start) * pixelsPerSecond;
        double x1 = (afterLast - start) * pixelsPerSecond;
        double label = labelWidth.applyAsDouble(event);
        double r = metrics.markerRadius();
        if (isPoint(event, x1 - x0)) {
            double x = (x0 + x1) / 2;
            double labelX = x + r + metrics.labelGap();
            double leftLabelX = x - r - metrics.labelGap() - label;
            if (labelX + label > width && leftLabelX >= 0) {
                // Near the right edge the label reads better on the left than cut off.
                return new PlacedItem(event, lane, row, true, x, x, centerY, leftLabelX, x + r, leftLabelX, false);
            }
            return new PlacedItem(event, lane, row, true, x, x, centerY, x - r, labelX + label, labelX, false);
        }
        x1 = Math.max(x1, x0 + 2 * r);
        // Labels go at the visible start of a bar that begins off-canvas.
        double visibleLeft = Math.max(x0, -r);
        double visibleRight = Math.min(x1, width + r);
        // A label inside a bar starts where the bar comes into view.
        double insideLeft = Math.max(visibleLeft, 0) + metrics.clusterPadding();
        if (visibleRight - metrics.clusterPadding() - insideLeft >= label) {
            return new PlacedItem(event, lane, row, false, x0, x1, centerY, visibleLeft, visibleRight,
                    insideLeft, true);
        }
        double labelX = visibleRight + metrics.labelGap();
        double leftLabelX = visibleLeft - metrics.labelGap() - label;
        if (labelX + label > width && leftLabelX >= 0) {
            return new PlacedItem(event, lane, row, false, x0, x1, centerY, leftLabelX, visibleRight, leftLabelX,
                    false);
        }
        return new PlacedItem(event, lane, row, false, x0, x1, centerY, visibleLeft, labelX + label,
                labelX, false);
    }
}
