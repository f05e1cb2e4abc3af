package app.counterpoint.viewmodel.filter;

import app.counterpoint.model.Event;
import app.counterpoint.viewmodel.common.WholeListChange;
import app.counterpoint.viewmodel.story.SearchHits;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.TransformationList;

/**
 * The events a {@link FilterState} shows, as a live view of a list of events (the story's, in time order), for every
 * view to follow. It does what a {@code FilteredList} with the state's event filter does, more cheaply: each event's
 * topics and sides are numbered by pattern as the event comes in (a story has few patterns), so a new filter asks
 * {@link FilterState#choicesFilter()} once per pattern and then only reads a number per event; the search, when
 * there is one, is asked about the events the choices let through, and a search typed on (see
 * {@link FilterState#narrows}) only about the events shown before it. A filter change at 1,000,000 events no longer
 * looks into a million events and their topic lists scattered over the heap.
 */
public final class ShownEvents extends TransformationList<Event, Event> {

    private static final byte UNASKED = 0;
    private static final byte SHOWN = 1;
    private static final byte HIDDEN = 2;

    /** An event's topics and sides: all the choices look at. */
    private record Pattern(List<String> topicIds, List<String> actorIds) {}

    private final Map<Pattern, Integer> patternIds = new HashMap<>();
    /** One event of each pattern, by pattern number: what the choices are asked about for all of that pattern. */
    private final List<Event> examples = new ArrayList<>();
    /** What the filter's choices answered for each pattern so far. */
    private byte[] answers = new byte[0];

    /** Each source event's pattern number, by its place in the source, once {@link #patternsKnown}. */
    private int[] patternAt = new int[0];
    /**
     * Whether {@link #patternAt} is worked out: not until a filter looks at topics or sides, so that showing a story
     * with everything on (as it opens) does not look into its events here (a third of a second at 1,000,000).
     */
    private boolean patternsKnown;
    /** How many events of the source the arrays here cover: its size, once each change of it is taken in. */
    private int places;
    /** The places in the source of the shown events, ascending; {@link #size} of them. */
    private int[] shown = new int[0];
    /** The array {@link #shown} was before the last filter change, reused for the next one. */
    private int[] spare = new int[0];

    private int size;
    private FilterState filter = FilterState.everything();
    /**
     * The places in the source of the events the filter's search found, when its hits can be read by place (the
     * source is the list the search indexed); null when each event is to be asked about. Only until the source
     * changes: its places move then.
     */
    private BitSet searchPlaces;

    public ShownEvents(ObservableList<Event> source) {
        super(source);
        beginChange();
        sourceChanged(0, 0, List.of(), source.size());
        endChange();
    }

    /** Shows what {@code next} lets through, in one change replacing every shown event. */
    public void setFilter(FilterState next) {
        // typing on in the search: only the events shown now can still be shown
        boolean amongShown = next.narrows(filter);
        filter = next;
        Arrays.fill(answers, UNASKED);
        int n = getSource().size();
        searchPlaces = next.searchFilter() instanceof SearchHits hits ? hits.placesIn(getSource()) : null;
        if (!patternsKnown && choosesByPattern()) {
            patternAt = new int[n];
            for (int place = 0; place < n; place++) {
                patternAt[place] = patternOf(getSource().get(place));
            }
            patternsKnown = true;
        }
        if (spare.length < n) {
            spare = new int[n];
        }
        int[] before = shown;
        int sizeBefore = size;
        int count = 0;
        if (amongShown) {
            for (int k = 0; k < sizeBefore; k++) {
                int place = before[k];
                if (passes(place)) {
                    spare[count++] = place;
                }
            }
        } else {
            for (int place = 0; place < n; place++) {
                if (passes(place)) {
                    spare[count++] = place;
                }
            }
        }
        shown = spare;
        spare = before;
        size = count;
        if (sizeBefore == 0 && count == 0) {
            return;
        }
        // the source did not change: the events shown before are read off their old places while listeners look
        List<Event> removed = new AbstractList<>() {
            @Override
            public Event get(int index) {
                return getSource().get(before[index]);
            }

            @Override
            public int size() {
                return sizeBefore;
            }
        };
        fireChange(new WholeListChange<>(this, removed));
    }

    /** The filter the shown events follow. */
    public FilterState filter() {
        return filter;
    }

    @Override
    public Event get(int index) {
        return getSource().get(getSourceIndex(index));
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int getSourceIndex(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return shown[index];
    }

    /** The places in the source of the shown events, ascending: {@link #getSourceIndex} of each, in one copy. */
    public int[] shownPositions() {
        return Arrays.copyOf(shown, size);
    }

    @Override
    public int getViewIndex(int index) {
        int found = Arrays.binarySearch(shown, 0, size, index);
        return found >= 0 ? found : -1;
    }

    @Override
    protected void sourceChanged(ListChangeListener.Change<? extends Event> c) {
        searchPlaces = null;
        beginChange();
        while (c.next()) {
            if (c.wasPermutated() || c.wasUpdated()) {
                everyPlaceAgain();
            } else {
                sourceChanged(c.getFrom(), c.getRemovedSize(), c.getRemoved(), c.getAddedSize());
            }
        }
        endChange();
    }

    /**
     * One stretch of the source replaced: {@code removedCount} events at {@code from} by {@code addedCount} others.
     * Call inside a change.
     */
    private void sourceChanged(int from, int removedCount, List<? extends Event> removed, int addedCount) {
        int shownFrom = firstShownAtOrAfter(from);
        int shownTo = firstShownAtOrAfter(from + removedCount);
        List<Event> removedShown = new ArrayList<>(shownTo - shownFrom);
        for (int k = shownFrom; k < shownTo; k++) {
            removedShown.add(removed.get(shown[k] - from));
        }
        int placesBefore = places;
        places = placesBefore - removedCount + addedCount;
        if (places == 0) {
            // a story gone: its patterns and the events that stand for them go with it; the next story's are
            // worked out when a filter looks at them
            patternIds.clear();
            examples.clear();
            answers = new byte[0];
            patternAt = new int[0];
            patternsKnown = choosesByPattern();
        } else if (patternsKnown) {
            int[] patterns = patternAt.length >= places ? patternAt : Arrays.copyOf(patternAt, places);
            System.arraycopy(
                    patternAt, from + removedCount, patterns, from + addedCount, placesBefore - from - removedCount);
            patternAt = patterns;
            for (int place = from; place < from + addedCount; place++) {
                patternAt[place] = patternOf(getSource().get(place));
            }
        }

        int[] added = new int[addedCount];
        int addedShown = 0;
        for (int place = from; place < from + addedCount; place++) {
            if (passes(place)) {
                added[addedShown++] = place;
            }
        }
        int tail = size - shownTo;
        int newSize = shownFrom + addedShown + tail;
        int[] next = shown.length >= newSize ? shown : Arrays.copyOf(shown, Math.max(newSize, places));
        System.arraycopy(shown, shownTo, next, shownFrom + addedShown, tail);
        System.arraycopy(added, 0, next, shownFrom, addedShown);
        int shift = addedCount - removedCount;
        for (int k = shownFrom + addedShown; k < newSize; k++) {
            next[k] += shift;
        }
        shown = next;
        size = newSize;
        if (!removedShown.isEmpty()) {
            nextRemove(shownFrom, removedShown);
        }
        if (addedShown > 0) {
            nextAdd(shownFrom, shownFrom + addedShown);
        }
    }

    /** The source reordered or its events changed in place: every place looked at again, in one replacing change. */
    private void everyPlaceAgain() {
        List<Event> removed = new ArrayList<>(this);
        int n = getSource().size();
        patternAt = new int[n];
        patternsKnown = true;
        places = n;
        shown = new int[n];
        size = 0;
        for (int place = 0; place < n; place++) {
            patternAt[place] = patternOf(getSource().get(place));
            if (passes(place)) {
                shown[size++] = place;
            }
        }
        nextReplace(0, size, removed);
    }

    /** The index among the shown events of the first one at {@code place} or after it in the source. */
    private int firstShownAtOrAfter(int place) {
        int found = Arrays.binarySearch(shown, 0, size, place);
        return found >= 0 ? found : -found - 1;
    }

    /** Whether the filter looks at topics or sides: then the shown events need each event's pattern. */
    private boolean choosesByPattern() {
        return filter.choicesFilter() != FilterState.EVERY_EVENT;
    }

    private boolean passes(int place) {
        if (!choosesByPattern()) {
            return found(place);
        }
        int pattern = patternAt[place];
        if (pattern >= answers.length) {
            answers = Arrays.copyOf(answers, Math.max(pattern + 1, 2 * answers.length));
        }
        if (answers[pattern] == UNASKED) {
            answers[pattern] = filter.choicesFilter().test(examples.get(pattern)) ? SHOWN : HIDDEN;
        }
        if (answers[pattern] == HIDDEN) {
            return false;
        }
        return found(place);
    }

    /** Whether the search, if there is one, found the event at {@code place}: read off its hits where it can be. */
    private boolean found(int place) {
        if (filter.searchFilter() == FilterState.EVERY_EVENT) {
            return true;
        }
        return searchPlaces != null
                ? searchPlaces.get(place)
                : filter.searchFilter().test(getSource().get(place));
    }

    private int patternOf(Event e) {
        return patternIds.computeIfAbsent(new Pattern(e.topicIds(), e.actorIds()), p -> {
            examples.add(e);
            return examples.size() - 1;
        });
    }
}
