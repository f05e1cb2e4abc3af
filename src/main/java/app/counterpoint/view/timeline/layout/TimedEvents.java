package app.counterpoint.view.timeline.layout;

import app.counterpoint.model.Event;
import java.util.List;

/**
 * Events with their first and just-after-last instants computed once, so layout loops over big windows read numbers
 * rather than recomputing calendar arithmetic for every comparison.
 *
 * @param latestEnds the latest end among events 0..i, for each i: lets the layout find where nothing before can reach
 *                   by search instead of a walk over every event
 */
public record TimedEvents(List<Event> events, long[] starts, long[] ends, long[] latestEnds) {

    public TimedEvents(List<Event> events, long[] starts, long[] ends) {
        this(events, starts, ends, latestEnds(ends));
    }

    public static TimedEvents of(List<Event> events) {
        long[] starts = new long[events.size()];
        long[] ends = new long[events.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = events.get(i).startEpochSecond();
            ends[i] = events.get(i).endEpochSecondExclusive();
        }
        return new TimedEvents(events, starts, ends);
    }

    private static long[] latestEnds(long[] ends) {
        long[] latest = new long[ends.length];
        long so = Long.MIN_VALUE;
        for (int i = 0; i < ends.length; i++) {
            so = Math.max(so, ends[i]);
            latest[i] = so;
        }
        return latest;
    }

    public int size() {
        return starts.length;
    }
}
