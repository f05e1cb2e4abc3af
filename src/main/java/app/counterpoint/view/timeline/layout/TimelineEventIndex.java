package app.counterpoint.view.timeline.layout;

import app.counterpoint.model.Event;
import app.counterpoint.viewmodel.story.EventInstants;
import app.counterpoint.viewmodel.story.EventTimeOrder;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

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
    /** Every event with its instants; shares this index's arrays, which the layout only reads. */
    private final TimedEvents whole;
    /** The events are in the order they were given in, so positions in that list are positions here. */
    private final boolean inInputOrder;

    private TimelineEventIndex(Event[] events) {
        this(events, new long[events.length], new long[events.length], false);
        for (int i = 0; i < events.length; i++) {
            starts[i] = events[i].startEpochSecond();
            ends[i] = events[i].endEpochSecondExclusive();
        }
        computeLatestEnds();
    }

    private TimelineEventIndex(Event[] events, long[] starts, long[] ends, boolean inInputOrder) {
        this(events, starts, ends, new long[events.length], inInputOrder);
        computeLatestEnds();
    }

    /** An index of arrays already filled, {@code latestEndSoFar} included (a cut works it out as it copies). */
    private TimelineEventIndex(
            Event[] events, long[] starts, long[] ends, long[] latestEndSoFar, boolean inInputOrder) {
        this.inInputOrder = inInputOrder;
        this.events = events;
        this.starts = starts;
        this.ends = ends;
        this.latestEndSoFar = latestEndSoFar;
        this.whole = new TimedEvents(readOnly(events), starts, ends, latestEndSoFar);
    }

    private void computeLatestEnds() {
        long latest = Long.MIN_VALUE;
        for (int i = 0; i < events.length; i++) {
            latest = Math.max(latest, ends[i]);
            latestEndSoFar[i] = latest;
        }
    }

    public static TimelineEventIndex of(Collection<Event> events) {
        return of(events, null);
    }

    /**
     * The index of {@code events}, taking the instants of the events it shares with {@code previous} (the index of
     * the same list before an edit) instead of working them out again: after an edit of one event, its neighbours
     * are the same objects in the same order, one place off at most, and calendar arithmetic for 100,000 events took
     * most of the time an edit needs to reach the screen.
     */
    public static TimelineEventIndex of(Collection<Event> events, TimelineEventIndex previous) {
        return of(events, previous, Optional.empty());
    }

    /**
     * As {@link #of(Collection, TimelineEventIndex)}, but when {@code known} holds these very events in this order
     * (checked by identity, a pass over references), its instants are taken as they are: a story just opened was
     * sorted by them off the FX thread, so the index costs no calendar arithmetic at all.
     */
    public static TimelineEventIndex of(
            Collection<Event> events, TimelineEventIndex previous, Optional<EventInstants> known) {
        Event[] all = events.toArray(new Event[0]);
        if (known.isPresent() && sameEvents(all, known.get().events())) {
            return new TimelineEventIndex(all, known.get().starts(), known.get().ends(), true);
        }
        long[] starts = new long[all.length];
        long[] ends = new long[all.length];
        Event[] before = previous == null ? new Event[0] : previous.events;
        int p = 0;
        boolean sorted = true;
        for (int i = 0; i < all.length; i++) {
            Event e = all[i];
            // the same event here, or one place on (the one before it was taken out or replaced)
            int same =
                    p < before.length && before[p] == e ? p : p + 1 < before.length && before[p + 1] == e ? p + 1 : -1;
            if (same >= 0) {
                starts[i] = previous.starts[same];
                ends[i] = previous.ends[same];
                p = same + 1;
            } else {
                starts[i] = e.startEpochSecond();
                ends[i] = e.endEpochSecondExclusive();
                if (p < before.length && (i + 1 >= all.length || before[p] != all[i + 1])) {
                    p++; // e took the place of before[p] (replaced), unless before[p] comes next (e was put in)
                }
            }
            if (i > 0 && sorted) {
                // by instants only: events of the same instants may stand in any order for the index, and comparing
                // their ids (a generated story has thousands of ties) took most of an edit's time on 100,000 events
                sorted = followsInTime(starts, ends, i);
            }
        }
        if (sorted) {
            // The usual case: the main view model keeps events in time order already.
            return new TimelineEventIndex(all, starts, ends, true);
        }
        Arrays.sort(all, EventTimeOrder.COMPARATOR);
        return new TimelineEventIndex(all);
    }

    private static boolean sameEvents(Event[] events, List<Event> known) {
        if (events.length != known.size()) {
            return false;
        }
        for (int i = 0; i < events.length; i++) {
            if (events[i] != known.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index of the events at ascending {@code positions} in {@code all}, when this index kept the order of its
     * input (already in time order) and holds {@code all}'s very events at those positions; empty otherwise (it was
     * built from other events). Reuses the computed instants, so a filter change costs no calendar arithmetic; checks
     * each event against {@code all} itself rather than against the filtered list (whose every read goes through its
     * source: most of a filter change's time at 1,000,000 events), and works out the latest ends as it copies.
     */
    public Optional<TimelineEventIndex> subset(List<Event> all, int[] positions) {
        if (!inInputOrder) {
            return Optional.empty();
        }
        int n = positions.length;
        Event[] chosen = new Event[n];
        long[] chosenStarts = new long[n];
        long[] chosenEnds = new long[n];
        long[] chosenLatest = new long[n];
        Event[] own = this.events;
        int size = Math.min(own.length, all.size());
        long latest = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int p = positions[i];
            if (p < 0 || p >= size || own[p] != all.get(p)) {
                return Optional.empty();
            }
            long end = ends[p];
            chosen[i] = own[p];
            chosenStarts[i] = starts[p];
            chosenEnds[i] = end;
            latest = Math.max(latest, end);
            chosenLatest[i] = latest;
        }
        return Optional.of(new TimelineEventIndex(chosen, chosenStarts, chosenEnds, chosenLatest, true));
    }

    /**
     * This index with {@code removed} events from {@code from} replaced by {@code added}, when it is in the order of
     * the list it indexes and that list is in time order: block copies, the instants worked out for the added events
     * only. An edit of one event of 100,000 then costs the index a few array copies instead of a walk through the
     * observable list (one call per event, which took most of an edit's time on screen). Empty when the index is not in
     * its list's order, the place is outside it, or the result leaves time order: the caller builds the index again.
     */
    public Optional<TimelineEventIndex> spliced(int from, int removed, List<? extends Event> added) {
        if (!inInputOrder || from < 0 || removed < 0 || from + removed > events.length) {
            return Optional.empty();
        }
        int length = events.length - removed + added.size();
        Event[] e = new Event[length];
        long[] s = new long[length];
        long[] en = new long[length];
        System.arraycopy(events, 0, e, 0, from);
        System.arraycopy(starts, 0, s, 0, from);
        System.arraycopy(ends, 0, en, 0, from);
        for (int i = 0; i < added.size(); i++) {
            Event a = added.get(i);
            e[from + i] = a;
            s[from + i] = a.startEpochSecond();
            en[from + i] = a.endEpochSecondExclusive();
        }
        int tail = events.length - from - removed;
        System.arraycopy(events, from + removed, e, from + added.size(), tail);
        System.arraycopy(starts, from + removed, s, from + added.size(), tail);
        System.arraycopy(ends, from + removed, en, from + added.size(), tail);
        if (!inTimeOrder(s, en, from - 1, from + added.size())) {
            return Optional.empty();
        }
        return Optional.of(new TimelineEventIndex(e, s, en, true));
    }

    /** Whether the instants from {@code first} to {@code last} (inclusive, clipped to the arrays) are in time order. */
    private static boolean inTimeOrder(long[] starts, long[] ends, int first, int last) {
        for (int i = Math.max(first, 0) + 1; i <= Math.min(last, starts.length - 1); i++) {
            if (!followsInTime(starts, ends, i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the event at {@code i} comes no earlier than the one before it, by its instants alone. */
    private static boolean followsInTime(long[] starts, long[] ends, int i) {
        return starts[i - 1] < starts[i] || (starts[i - 1] == starts[i] && ends[i - 1] <= ends[i]);
    }

    public int size() {
        return events.length;
    }

    /** Every event of this index with its instants, by start. */
    public TimedEvents all() {
        return whole;
    }

    /** The events overlapping the window from {@code from} (inclusive) to {@code to} (exclusive), by start. */
    public List<Event> overlapping(double from, double to) {
        return overlappingTimed(from, to).events();
    }

    /** As {@link #overlapping}, with the instants this index already holds. */
    public TimedEvents overlappingTimed(double from, double to) {
        int first = firstWithLatestEndAfter(from);
        int last = firstStartingAtOrAfter(to);
        int capacity = Math.max(0, last - first);
        if (allEndAfter(first, last, from)) {
            // The usual case (no long event ending before the window): block copies, or, for the whole story, the
            // index's own arrays, instead of one add per event.
            if (first == 0 && last == events.length) {
                return whole;
            }
            // Nothing before first ends after from, and every event from first on does: the index's latest ends
            // are the window's own.
            return new TimedEvents(
                    readOnly(Arrays.copyOfRange(events, first, first + capacity)),
                    Arrays.copyOfRange(starts, first, first + capacity),
                    Arrays.copyOfRange(ends, first, first + capacity),
                    Arrays.copyOfRange(latestEndSoFar, first, first + capacity));
        }
        // Some events end before the window: counted first, so the arrays are made once at their size, then the
        // stretches of those kept are copied whole.
        int kept = 0;
        for (int i = first; i < last; i++) {
            if (ends[i] > from) {
                kept++;
            }
        }
        Event[] out = new Event[kept];
        long[] outStarts = new long[kept];
        long[] outEnds = new long[kept];
        long[] outLatest = new long[kept];
        int n = 0;
        int i = first;
        while (i < last) {
            while (i < last && !(ends[i] > from)) {
                i++;
            }
            int stretch = i;
            while (i < last && ends[i] > from) {
                i++;
            }
            System.arraycopy(events, stretch, out, n, i - stretch);
            System.arraycopy(starts, stretch, outStarts, n, i - stretch);
            System.arraycopy(ends, stretch, outEnds, n, i - stretch);
            // the events left out end at or before from, before the first one kept: they raise no latest end
            System.arraycopy(latestEndSoFar, stretch, outLatest, n, i - stretch);
            n += i - stretch;
        }
        return new TimedEvents(readOnly(out), outStarts, outEnds, outLatest);
    }

    /** Every window's list is of this one kind, so the layout's calls on it stay monomorphic (and inlined). */
    private static List<Event> readOnly(Event[] events) {
        return Collections.unmodifiableList(Arrays.asList(events));
    }

    private boolean allEndAfter(int first, int last, double instant) {
        if (first < last && starts[first] > instant) {
            // every event from first on starts after the instant, so ends after it: no walk over the whole story
            return true;
        }
        for (int i = first; i < last; i++) {
            if (!(ends[i] > instant)) {
                return false;
            }
        }
        return true;
    }

    /** The first instant of the event at {@code position} (by start). */
    public long startAt(int position) {
        return starts[position];
    }

    /** The latest instant (exclusive) any event up to {@code position} (inclusive) reaches. */
    public long latestEndThrough(int position) {
        return latestEndSoFar[position];
    }

    /** The position of the first event that may overlap {@code instant} or come after it: none before it does. */
    public int firstReaching(double instant) {
        return firstWithLatestEndAfter(instant);
    }

    /** The position of the first event starting at or after {@code instant}; the size when none does. */
    public int firstStartingAt(double instant) {
        return firstStartingAtOrAfter(instant);
    }

    /** The first instant of the earliest event; 0 when empty. */
    public long firstStart() {
        return starts.length == 0 ? 0 : starts[0];
    }

    /** The latest instant any event reaches (exclusive); 0 when empty. */
    public long lastEnd() {
        return latestEndSoFar.length == 0 ? 0 : latestEndSoFar[latestEndSoFar.length - 1];
    }

    /** The instants of the events by start; for binning the whole story. */
    public long[] starts() {
        return starts;
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
