package app.counterpoint.viewmodel;

import app.counterpoint.model.Event;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the search looks in: every event's text, lower-cased, laid end to end in one string. A query is then found
 * by one {@code indexOf} pass over that string, jumping to the next event after each hit, instead of one
 * {@code contains} per event per view: typing into the search of a 100,000-event story stays quick.
 */
final class SearchIndex {

    /** Ends every event's text (a query is one line, so a match rarely reaches past it; see matching()). */
    private static final char END = '\n';

    private final String text;
    /** Where each event's text starts in {@link #text}, in the order of the events given. */
    private final int[] starts;
    private final Map<String, Integer> indexById;
    private final List<Event> events;

    /** @param textOf an event's own text (any case); the index lower-cases it */
    SearchIndex(List<Event> events, Function<Event, String> textOf) {
        this.events = List.copyOf(events);
        StringBuilder all = new StringBuilder();
        starts = new int[events.size()];
        indexById = new HashMap<>(events.size() * 4 / 3 + 1);
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            starts[i] = all.length();
            all.append(textOf.apply(e).toLowerCase(Locale.ROOT)).append(END);
            indexById.put(e.id(), i);
        }
        text = all.toString();
    }

    /** The lower-cased text the search looks in for the event with this id; empty for an unknown id. */
    String textOf(String eventId) {
        Integer i = indexById.get(eventId);
        if (i == null) {
            return "";
        }
        int end = i + 1 < starts.length ? starts[i + 1] : text.length();
        return text.substring(starts[i], end - 1);
    }

    /**
     * The events whose text contains {@code query} (already lower-cased, without line breaks). The work is done
     * here, once; the predicate only looks the event up, by identity: the views test the story's own events, and
     * an identity look-up does not touch the id string and its hash table entry for each of 100,000 events.
     */
    Predicate<Event> matching(String query) {
        BitSet hits = new BitSet(starts.length);
        int from = 0;
        while (from < text.length()) {
            int at = text.indexOf(query, from);
            if (at < 0) {
                break;
            }
            int found = Arrays.binarySearch(starts, at);
            int event = found >= 0 ? found : -found - 2;
            int next = event + 1 < starts.length ? starts[event + 1] : text.length();
            if (at + query.length() < next) {
                hits.set(event);
                from = next;
            } else {
                // the match runs past this event's end into the next one: look on from just after its start
                from = at + 1;
            }
        }
        if (hits.isEmpty()) {
            return e -> false;
        }
        Set<Event> found = Collections.newSetFromMap(new IdentityHashMap<>(hits.cardinality()));
        hits.stream().forEach(i -> found.add(events.get(i)));
        return found::contains;
    }
}
