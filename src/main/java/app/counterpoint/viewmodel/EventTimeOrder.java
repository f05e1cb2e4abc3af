package app.counterpoint.viewmodel;

import app.counterpoint.model.Event;

import java.util.Comparator;

/** The order events take on the timeline: by first instant, then the shorter first, then by id so ties are stable. */
public final class EventTimeOrder {

    public static final Comparator<Event> COMPARATOR = Comparator
            .comparingLong(Event::startEpochSecond)
            .thenComparingLong(Event::endEpochSecondExclusive)
            .thenComparing(Event::id);

    private EventTimeOrder() {
    }
}
