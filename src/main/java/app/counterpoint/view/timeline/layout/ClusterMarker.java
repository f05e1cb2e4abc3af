package app.counterpoint.view.timeline.layout;

import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;

/**
 * Events of a lane that found no free row, gathered into one marker showing their count; always two or more.
 *
 * @param startSecond the first instant of its events
 * @param endSecond   the last instant of its events (exclusive)
 * @param finest      the finest date precision among its events: a zoom to reveal them goes no finer
 * @param oneDate     whether its events all cover the same dates, so that no zoom can separate them
 * @param first       its earliest event
 */
public record ClusterMarker(
        int lane,
        double centerY,
        double boxLeft,
        double boxRight,
        int count,
        double startSecond,
        double endSecond,
        DatePrecision finest,
        boolean oneDate,
        Event first) {

    /** The text the marker shows: "+3" reads as "three more here". */
    public String label() {
        return label(count());
    }

    static String label(int count) {
        return "+" + count;
    }
}
