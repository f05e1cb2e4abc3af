package app.counterpoint.viewmodel.story;

import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the search looks in: every event's text, lower-cased, laid end to end in one string. A query is then found
 * by one {@code indexOf} pass over that string, jumping to the next event after each hit, instead of one
 * {@code contains} per event per view: typing into the search of a 100,000-event story stays quick.
 */
final class SearchIndex {

    /** Ends every event's text (a query is one line, so a match rarely reaches past it; see matching()). */
    private static final char END = '\n';

    private final String text;
    /** Where each event's text starts in {@link #text}, in the order of {@link #events}. */
    private final int[] starts;

    private final List<Event> events;

    /** Events of {@link #events} taken out of the story by edits since the index was built (by identity). */
    private final Set<Event> removed;
    /** Events edits put into the story since, with their lower-cased texts (by identity). */
    private final Map<Event, String> added;

    /**
     * @param events the events, in the order their texts come (kept, not copied: give an unmodifiable list)
     * @param texts  each event's own text, in any case; the index lower-cases it
     */
    SearchIndex(List<Event> events, List<String> texts) {
        if (events.size() != texts.size()) {
            throw new IllegalArgumentException(events.size() + " events but " + texts.size() + " texts");
        }
        this.events = events;
        StringBuilder all = new StringBuilder();
        starts = new int[events.size()];
        for (int i = 0; i < events.size(); i++) {
            starts[i] = all.length();
            all.append(texts.get(i).toLowerCase(Locale.ROOT)).append(END);
        }
        text = all.toString();
        removed = Set.of();
        added = Map.of();
    }

    private SearchIndex(List<Event> events, String text, int[] starts) {
        this.events = events;
        this.text = text;
        this.starts = starts;
        removed = Set.of();
        added = Map.of();
    }

    /**
     * Lays the events' texts end to end as they are made, lower-cased straight into one builder of the right size:
     * no text per event and no copy of it lower-cased, which for a 100,000-event story were most of what preparing
     * it allocated. Gives the same index as the constructor given the same texts.
     */
    static final class Builder {
        private final StringBuilder all;
        private final int[] starts;
        private int count;

        /** @param length the texts' length with a line break after each, or less: the builder grows if needed */
        Builder(int events, int length) {
            starts = new int[events];
            all = new StringBuilder(length);
        }

        /** Starts the next event's text (after the first, one line break ends the one before). */
        void startEvent() {
            if (count > 0) {
                all.append(END);
            }
            starts[count++] = all.length();
        }

        /** Adds a line break and {@code line} to the current event's text. */
        void appendLine(String line) {
            all.append('\n');
            appendLowerCased(line);
        }

        /** Adds {@code piece} to the current event's text, lower-cased as {@code toLowerCase(Locale.ROOT)} does. */
        void appendLowerCased(String piece) {
            int n = piece.length();
            for (int i = 0; i < n; i++) {
                if (piece.charAt(i) >= 0x80) {
                    // beyond ASCII a letter may lower-case to two (and a sigma by its place): the whole text's rules
                    all.append(piece.toLowerCase(Locale.ROOT));
                    return;
                }
            }
            for (int i = 0; i < n; i++) {
                char c = piece.charAt(i);
                all.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
        }

        /** @param events the events whose texts were made, in that order (kept: give an unmodifiable list) */
        SearchIndex build(List<Event> events) {
            if (events.size() != count) {
                throw new IllegalArgumentException(events.size() + " events but " + count + " texts");
            }
            if (count > 0) {
                all.append(END);
            }
            return new SearchIndex(events, all.toString(), starts);
        }
    }

    private SearchIndex(SearchIndex base, Set<Event> removed, Map<Event, String> added) {
        this.text = base.text;
        this.starts = base.starts;
        this.events = base.events;
        this.removed = removed;
        this.added = added;
    }

    /**
     * This index after an edit: {@code out} left the story, {@code in} came into it with their own texts (in any
     * case). The long text is shared, not rebuilt; the changed events are searched one by one.
     */
    SearchIndex edited(Collection<Event> out, Map<Event, String> in) {
        Set<Event> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        gone.addAll(removed);
        Map<Event, String> now = new IdentityHashMap<>(added);
        for (Event e : out) {
            if (now.remove(e) == null) {
                gone.add(e);
            }
        }
        in.forEach((e, t) -> now.put(e, t.toLowerCase(Locale.ROOT)));
        return new SearchIndex(this, gone, now);
    }

    /** How many events edits have changed since the index was built: past a few thousand, build it again. */
    int editedCount() {
        return removed.size() + added.size();
    }

    /** The lower-cased text of an event edits put into the story, or null for one of the built index. */
    String editedTextOf(Event event) {
        return added.get(event);
    }

    /** The event at {@code index} of the built index. */
    Event eventAt(int index) {
        return events.get(index);
    }

    /** Whether an event of the built index is still in the story. */
    boolean isCurrent(int index) {
        return removed.isEmpty() || !removed.contains(events.get(index));
    }

    /** The lower-cased text the search looks in for the event at {@code index} in the order given. */
    String textOf(int index) {
        int end = index + 1 < starts.length ? starts[index + 1] : text.length();
        return text.substring(starts[index], end - 1);
    }

    /**
     * The events whose text contains {@code query} (already lower-cased, without line breaks). The work is done
     * here, once; the hits give the places of the events found in the order given, which the shown events read
     * by place, and otherwise look an event up by identity (not by its id string). An event not given to the index
     * is never found.
     */
    SearchHits matching(String query) {
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
        List<Event> addedHits = new ArrayList<>();
        added.forEach((e, t) -> {
            if (t.contains(query)) {
                addedHits.add(e);
            }
        });
        if (!removed.isEmpty()) {
            for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
                if (removed.contains(events.get(i))) {
                    hits.clear(i);
                }
            }
        }
        return new SearchHits(events, hits, addedHits, !removed.isEmpty() || !added.isEmpty());
    }

    /** What the search looks in for one event: its title, summary and statements, one per line. */
    static String searchTextOf(Event e, List<Statement> said) {
        StringBuilder text = new StringBuilder(e.title());
        if (e.summary() != null) {
            text.append('\n').append(e.summary());
        }
        for (Statement st : said) {
            text.append('\n').append(st.text());
        }
        return text.toString();
    }

    /** The same text as {@link #searchTextOf}, lower-cased straight into the index being built. */
    static void appendSearchText(Builder texts, Event e, List<Statement> said) {
        texts.startEvent();
        texts.appendLowerCased(e.title());
        if (e.summary() != null) {
            texts.appendLine(e.summary());
        }
        for (int i = 0; i < said.size(); i++) {
            texts.appendLine(said.get(i).text());
        }
    }

    /** How long the search text of the whole story is, at least: the index's builder is made that big at once. */
    static int searchLength(Story story) {
        long length = 0;
        for (Event e : story.events()) {
            length += e.title().length()
                    + 1L
                    + (e.summary() == null ? 0 : e.summary().length() + 1L);
        }
        for (Statement st : story.statements()) {
            length += st.text().length() + 1L;
        }
        return (int) Math.min(length, Integer.MAX_VALUE - 16);
    }
}
