package app.counterpoint.view.timeline.layout;

/**
 * How fast the pointer was moving when a drag ended, from its last positions: the average over the final
 * {@link #WINDOW_NANOS}, so one jittery event does not decide, and nothing when the pointer stood still before it
 * let go. Pure: times are given, in nanoseconds.
 */
public final class DragVelocity {

    /** How far back the average reaches. */
    static final long WINDOW_NANOS = 100_000_000;
    /** A pointer that has not moved for this long before release was put down, not flung. */
    static final long STILL_NANOS = 60_000_000;

    private final long[] times = new long[32];
    private final double[] xs = new double[32];
    private int count;
    private int newest = -1;

    /** Starts a drag at {@code x}. */
    public void reset(long nanos, double x) {
        count = 0;
        newest = -1;
        add(nanos, x);
    }

    /** The pointer is at {@code x} at {@code nanos}. */
    public void add(long nanos, double x) {
        newest = (newest + 1) % times.length;
        times[newest] = nanos;
        xs[newest] = x;
        count = Math.min(count + 1, times.length);
    }

    /** Pixels per second at a release at {@code releaseNanos}; positive to the right, 0 when there was no fling. */
    public double velocityAt(long releaseNanos) {
        if (count < 2 || releaseNanos - times[newest] > STILL_NANOS) {
            return 0;
        }
        int oldest = newest;
        for (int k = 1; k < count; k++) {
            int i = Math.floorMod(newest - k, times.length);
            if (times[newest] - times[i] > WINDOW_NANOS) {
                break;
            }
            oldest = i;
        }
        long span = times[newest] - times[oldest];
        return span <= 0 ? 0 : (xs[newest] - xs[oldest]) / span * 1e9;
    }
}
