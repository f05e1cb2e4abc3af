package app.counterpoint.view.timeline;

import app.counterpoint.model.Event;
import app.counterpoint.viewmodel.EventTimeOrder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The shown events sorted by start, with their instants cached, so the events of a window are found by binary search
 * and drawing costs follow the visible events rather than the whole story.
 */
public final class TimelineEventIndex {

    private final Event[] events;
    private final long[] starts;
    private final long[] ends;
    /** The latest end among events 0..i; nondecreasing, so long events starting far left are found by search too. */
    private final long[] latestEndSoFar;

    private TimelineEventIndex(Event[] events) {
        this.events = events;
        this.starts = new long[events.length];
        this.ends = new long[events.length];
        this.latestEndSoFar = new long[events.length];
        long latest = Long.MIN_VALUE;
        for (int i = 0; i < events.length; i++) {
            starts[i] = events[i].startEpochSecond();
            ends[i] = events[i].endEpochSecondExclusive();
            latest = Math.max(latest, ends[i]);
            latestEndSoFar[i] = latest;
        }
    }

    public static TimelineEventIndex of(Collection<Event> events) {
        Event[] sorted = events.toArray(new Event[0]);
        Arrays.sort(sorted, EventTimeOrder.COMPARATOR);
        return new TimelineEventIndex(sorted);
    }

    public int size() {
        return events.length;
    }

    /** The events overlapping the window from {@code from} (inclusive) to {@code to} (exclusive), by start. */
    public List<Event> overlapping(double from, double to) {
        int first = firstWithLatestEndAfter(from);
        int last = firstStartingAtOrAfter(to);
        List<Event> out = new ArrayList<>(Math.max(0, last - first));
        for (int i = first; i < last; i++) {
            if (ends[i] > from) {
                out.add(events[i]);
            }
        }
        return out;
    }

    private int firstWithLatestEndAfter(double instant) {
        int lo = 0;
        int hi = events.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (latestEndSoFar[mid] > instant) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private int firstStartingAtOrAfter(double instant) {
        int lo = 0;
        int hi = events.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] >= instant) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
