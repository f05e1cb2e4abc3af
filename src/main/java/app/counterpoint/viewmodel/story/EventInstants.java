package app.counterpoint.viewmodel.story;

import app.counterpoint.model.Event;
import java.util.List;

/**
 * Events in time order with the instants they cover, worked out once when a story is prepared (the sort needs them)
 * so that the timeline and its overview, which index the same events, need not work them out again on the FX thread.
 * Read only: nobody writes into the arrays.
 *
 * @param events the events in {@link EventTimeOrder}
 * @param starts each event's first instant, epoch seconds
 * @param ends   each event's instant just after it
 */
public record EventInstants(List<Event> events, long[] starts, long[] ends) {

    public EventInstants {
        if (starts.length != events.size() || ends.length != events.size()) {
            throw new IllegalArgumentException(
                    events.size() + " events, " + starts.length + " starts, " + ends.length + " ends");
        }
    }
}
