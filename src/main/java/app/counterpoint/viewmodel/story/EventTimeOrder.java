package app.counterpoint.viewmodel.story;

import app.counterpoint.model.Event;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The order events take on the timeline: by first instant, then the shorter first, then by id so ties are stable. */
public final class EventTimeOrder {

    public static final Comparator<Event> COMPARATOR = Comparator.comparingLong(Event::startEpochSecond)
            .thenComparingLong(Event::endEpochSecondExclusive)
            .thenComparing(Event::id);

    /** An event with its instants worked out once: comparing these costs no calendar arithmetic. */
    private record Keyed(long start, long end, Event event) {}

    /** The same order as {@link #COMPARATOR}'s, written out: no chain of lambdas at each of a sort's comparisons. */
    private static final Comparator<Keyed> KEYED = (a, b) -> {
        int c = Long.compare(a.start(), b.start());
        if (c == 0) {
            c = Long.compare(a.end(), b.end());
        }
        return c != 0 ? c : a.event().id().compareTo(b.event().id());
    };

    /**
     * Events in time order with the instants a story's extent needs, worked out by the sort anyway.
     *
     * @param firstStart the first event's first instant ({@code Long.MAX_VALUE} for no events)
     * @param lastEnd    the latest instant just after an event ({@code Long.MIN_VALUE} for no events)
     * @param starts     each event's first instant, in the order of {@code events}
     * @param ends       each event's instant just after it
     */
    record Sorted(List<Event> events, long firstStart, long lastEnd, long[] starts, long[] ends) {}

    private EventTimeOrder() {}

    /**
     * The events in {@link #COMPARATOR}'s order. Each event's instants are computed once rather than at every
     * comparison, which makes sorting 100,000 events many times faster.
     */
    public static List<Event> sorted(Collection<Event> events) {
        return sortedWithEnd(events).events();
    }

    /** The events in {@link #COMPARATOR}'s order, with their instants and the first start and last end among them. */
    static Sorted sortedWithEnd(Collection<Event> events) {
        List<Keyed> keyed = new ArrayList<>(events.size());
        long lastEnd = Long.MIN_VALUE;
        for (Event e : events) {
            Keyed k = new Keyed(e.startEpochSecond(), e.endEpochSecondExclusive(), e);
            lastEnd = Math.max(lastEnd, k.end());
            keyed.add(k);
        }
        keyed.sort(KEYED);
        List<Event> result = new ArrayList<>(keyed.size());
        long[] starts = new long[keyed.size()];
        long[] ends = new long[keyed.size()];
        for (int i = 0; i < keyed.size(); i++) {
            Keyed k = keyed.get(i);
            result.add(k.event());
            starts[i] = k.start();
            ends[i] = k.end();
        }
        return new Sorted(
                result, keyed.isEmpty() ? Long.MAX_VALUE : keyed.get(0).start(), lastEnd, starts, ends);
    }

    /** Each event's id with its place in time order (0 for the earliest), for sorting what refers to events. */
    public static Map<String, Integer> ranks(Collection<Event> events) {
        List<Event> ordered = sorted(events);
        Map<String, Integer> ranks = new HashMap<>(ordered.size() * 2);
        for (int i = 0; i < ordered.size(); i++) {
            ranks.put(ordered.get(i).id(), i);
        }
        return ranks;
    }

    /**
     * Where one step from {@code current} lands in {@code ordered} (sorted by {@link #COMPARATOR}): the next or, for
     * a negative {@code direction}, the previous event; the first or the last when nothing is current; from where it
     * would sit when {@code current} is not among them (filtered out). -1 past either end.
     */
    public static int step(List<Event> ordered, Event current, int direction) {
        int target;
        if (current == null) {
            target = direction > 0 ? 0 : ordered.size() - 1;
        } else {
            int found = Collections.binarySearch(ordered, current, COMPARATOR);
            if (found >= 0) {
                target = found + direction;
            } else {
                int insertion = -found - 1;
                target = direction > 0 ? insertion : insertion - 1;
            }
        }
        return target < 0 || target >= ordered.size() ? -1 : target;
    }
}
