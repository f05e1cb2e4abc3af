package app.counterpoint.view.timeline.layout;

import app.counterpoint.model.Event;
import java.util.List;

/**
 * Events with their first and just-after-last instants computed once, so layout loops over big windows read numbers
 * rather than recomputing calendar arithmetic for every comparison.
 */
public record TimedEvents(List<Event> events, long[] starts, long[] ends) {

    public static TimedEvents of(List<Event> events) {
        long[] starts = new long[events.size()];
        long[] ends = new long[events.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = events.get(i).startEpochSecond();
            ends[i] = events.get(i).endEpochSecondExclusive();
        }
        return new TimedEvents(events, starts, ends);
    }

    public int size() {
        return starts.length;
    }
}
