package app.counterpoint.viewmodel.story;

import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import java.util.Collection;
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
        DatePrecision finest = DatePrecision.YEAR;
        for (Event e : events) {
            first = Math.min(first, e.startEpochSecond());
            last = Math.max(last, e.endEpochSecondExclusive());
            if (e.start().precision().compareTo(finest) > 0) {
                finest = e.start().precision();
            }
        }
        return Optional.of(new TimeExtent(first, last, finest));
    }
}
