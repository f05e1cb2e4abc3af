package app.counterpoint.viewmodel.story;

import app.counterpoint.model.Event;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The events a search found, as the places of the indexed events that hold the words (and the events edits put in
 * since that do). Asked about an event, it looks it up by identity; a list of the story's events that is the
 * indexed list, place for place, can instead read the places themselves ({@link #placesIn}), without touching a
 * single event: at 1,000,000 events, looking each up cost a cache miss per event and most of a keystroke's time.
 */
public final class SearchHits implements Predicate<Event> {

    private final List<Event> indexed;
    /** The places in {@link #indexed} of the events found that are still in the story. */
    private final BitSet places;
    /** Events edits put into the story since the index was built that hold the words. */
    private final List<Event> addedHits;
    /** Whether edits took events out of the indexed list or put others in since it was built. */
    private final boolean edited;

    private Set<Event> found;

    SearchHits(List<Event> indexed, BitSet places, List<Event> addedHits, boolean edited) {
        this.indexed = indexed;
        this.places = places;
        this.addedHits = addedHits;
        this.edited = edited;
    }

    @Override
    public boolean test(Event event) {
        if (found == null) {
            Set<Event> set = Collections.newSetFromMap(new IdentityHashMap<>(places.cardinality() + addedHits.size()));
            places.stream().mapToObj(indexed::get).forEach(set::add);
            set.addAll(addedHits);
            found = set;
        }
        return found.contains(event);
    }

    /**
     * The places of the events found in {@code list}, when it holds exactly the indexed events in their order (as
     * the story's events in time order do until an edit); else null, and {@link #test} is to be asked instead. Checks
     * the list by reference, one comparison a place, and does not look into the events. Do not change the set given.
     */
    public BitSet placesIn(List<? extends Event> list) {
        if (edited || list.size() != indexed.size()) {
            return null;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) != indexed.get(i)) {
                return null;
            }
        }
        return places;
    }
}
