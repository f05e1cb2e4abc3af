package app.counterpoint.viewmodel.story;

import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The stretch of time some events cover, for fitting them into the timeline's window.
 *
 * @param start        the first instant any of them covers, epoch seconds
 * @param endExclusive the instant just after the last one ends
 * @param finest       the finest precision of their start dates: it decides how narrow a fitted window may be
 */
public record TimeExtent(long start, long endExclusive, DatePrecision finest) {

    /** The extent of {@code events}; empty when there are none. */
    public static Optional<TimeExtent> of(Collection<Event> events) {
        if (events.isEmpty()) {
            return Optional.empty();
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Event e : events) {
            first = Math.min(first, e.startEpochSecond());
            last = Math.max(last, e.endEpochSecondExclusive());
        }
        return Optional.of(new TimeExtent(first, last, finestOf(events, DatePrecision.coarsest())));
    }

    /**
     * The extent after an edit took {@code out} away from the events of {@code before} and put {@code in}, without
     * working out every event's instants again: the first instant is the first event's in time order, the last is
     * scanned for only when an event that left reached it, and the finest precision only when one that left had it
     * and none that came in has (a scan of precisions, no calendar arithmetic).
     *
     * @param inTimeOrder the events after the edit, in {@link EventTimeOrder}'s order
     */
    public static Optional<TimeExtent> edited(
            Optional<TimeExtent> before, Collection<Event> out, Collection<Event> in, List<Event> inTimeOrder) {
        if (before.isEmpty() || inTimeOrder.isEmpty()) {
            return of(inTimeOrder);
        }
        TimeExtent was = before.get();
        boolean finestStays = in.stream().anyMatch(e -> e.start().precision().compareTo(was.finest()) >= 0);
        boolean endLeft = false;
        boolean finestLeft = false;
        for (Event e : out) {
            endLeft |= e.endEpochSecondExclusive() >= was.endExclusive();
            finestLeft |= !finestStays && e.start().precision() == was.finest();
        }
        long last = was.endExclusive();
        if (endLeft) {
            last = Long.MIN_VALUE;
            for (Event e : inTimeOrder) {
                last = Math.max(last, e.endEpochSecondExclusive());
            }
        } else {
            for (Event e : in) {
                last = Math.max(last, e.endEpochSecondExclusive());
            }
        }
        DatePrecision finest =
                finestLeft ? finestOf(inTimeOrder, DatePrecision.coarsest()) : finestOf(in, was.finest());
        return Optional.of(new TimeExtent(inTimeOrder.get(0).startEpochSecond(), last, finest));
    }

    /** The finest start precision among {@code events}, or {@code from} when none is finer. */
    static DatePrecision finestOf(Collection<Event> events, DatePrecision from) {
        DatePrecision finest = from;
        for (Event e : events) {
            if (e.start().precision().compareTo(finest) > 0) {
                finest = e.start().precision();
            }
        }
        return finest;
    }
}
