package app.counterpoint.viewmodel.timeline;

import app.counterpoint.model.DatePrecision;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The stretch of time the timeline shows, from a first to a last visible instant in epoch seconds, and the moves of
 * it: set, zoom about an anchor, pan, fit around dates, reveal a cluster. Every move keeps the window between the
 * narrowest and the widest span the story's reach allows and pans no further than the reach.
 */
final class TimeWindow {

    private final DoubleProperty start;
    private final DoubleProperty end;
    /** The widest window and how far panning goes, grown for a story that spans more than ten thousand years. */
    private WindowReach reach = WindowReach.ORDINARY;

    /** @param bean the view model whose {@code visibleStart} and {@code visibleEnd} these are */
    TimeWindow(Object bean) {
        start = new SimpleDoubleProperty(bean, "visibleStart");
        end = new SimpleDoubleProperty(bean, "visibleEnd");
    }

    DoubleProperty startProperty() {
        return start;
    }

    DoubleProperty endProperty() {
        return end;
    }

    double span() {
        return end.get() - start.get();
    }

    WindowReach reach() {
        return reach;
    }

    void setReach(WindowReach reach) {
        this.reach = reach;
    }

    /** From {@code from} to {@code to}, kept within the reach's spans; a window too narrow or too wide keeps its centre. */
    void set(double from, double to) {
        if (!Double.isFinite(from) || !Double.isFinite(to)) {
            return;
        }
        double centre = (from + to) / 2;
        double span = reach.clampSpan(to - from, centre);
        apply(centre - span / 2, span);
    }

    /** Zooms by {@code factor} keeping the instant at {@code anchorFraction} of the width where it is. */
    void zoomAt(double anchorFraction, double factor) {
        if (!(factor > 0) || !Double.isFinite(factor) || !Double.isFinite(anchorFraction)) {
            return;
        }
        double span = span();
        double anchor = start.get() + anchorFraction * span;
        double newSpan = reach.clampSpan(span / factor, anchor);
        apply(anchor - anchorFraction * newSpan, newSpan);
    }

    /** Moves by a share of the width; positive shows later times. */
    void panByFraction(double fraction) {
        if (!Double.isFinite(fraction)) {
            return;
        }
        double span = span();
        apply(start.get() + fraction * span, span);
    }

    /** Around dates from {@code first} to {@code last}, with room suited to their precision. */
    void fit(long first, long last, DatePrecision precision) {
        double[] window = FittedWindow.around(first, last, precision);
        set(window[0], window[1]);
    }

    /**
     * Zooms in on a cluster from {@code from} to {@code to} so that its events can separate, by at most
     * {@code mostZoom} times and never narrower than suits {@code finest}.
     *
     * @return whether it zoomed: not when no zoom would separate them (one date, or the window that narrow already)
     */
    boolean reveal(double from, double to, DatePrecision finest, boolean oneDate, double mostZoom) {
        double span = span();
        double range = Math.max(to - from, 1);
        double target = Math.max(
                range * (1 + FittedWindow.MARGIN_BEFORE + FittedWindow.MARGIN_AFTER), FittedWindow.leastSpan(finest));
        target = Math.max(target, span / mostZoom);
        if (oneDate || target > span * 0.9) {
            return false;
        }
        double before = (target - range)
                * FittedWindow.MARGIN_BEFORE
                / (FittedWindow.MARGIN_BEFORE + FittedWindow.MARGIN_AFTER);
        double middle = (from + to) / 2;
        // Keep the events where they were when a limited zoom cannot take in all of them: zoom at their middle.
        double left = range <= target ? from - before : middle - target / 2;
        set(left, left + target);
        return true;
    }

    /** Pans, without zooming, so that {@code instant} lies in the left three quarters of the window. */
    void ensureVisible(double instant) {
        double span = span();
        if (instant < start.get() + span * 0.05) {
            apply(instant - span * 0.1, span);
        } else if (instant > start.get() + span * 0.75) {
            // Leave a quarter of the width for the event's label.
            apply(instant - span * 0.75, span);
        }
    }

    private void apply(double from, double span) {
        double clampedStart = reach.clampStart(from, span);
        start.set(clampedStart);
        end.set(clampedStart + span);
    }
}
