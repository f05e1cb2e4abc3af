package app.counterpoint.view.timeline.layout;

/**
 * Events of a lane that found no free row, gathered into one marker showing their count.
 *
 * @param startSecond the first instant of its events
 * @param endSecond   the last instant of its events (exclusive)
 */
public record ClusterMarker(
        int lane, double centerY, double boxLeft, double boxRight, int count, double startSecond, double endSecond) {

    /** The text the marker shows: "+3" reads as "three more here". */
    public String label() {
        return label(count());
    }

    static String label(int count) {
        return "+" + count;
    }
}
