package app.counterpoint.viewmodel;

import app.counterpoint.model.Event;
import java.util.List;
import javafx.collections.ObservableList;

/**
 * Brings the observable list of every event in time order up to date after an edit with the fewest changes its
 * listeners must follow: one replacement for an event edited in place, a removal and an insertion for one that
 * moved, and all at once only when many changed.
 */
final class TimeOrderedEvents {

    private static final int MOST_SINGLE_CHANGES = 16;

    private TimeOrderedEvents() {}

    /**
     * @param shown the list the views watch, holding the events before the edit
     * @param now   the events after it, in time order
     */
    static void update(ObservableList<Event> shown, List<Event> now, List<Event> out, List<Event> in) {
        if (out.isEmpty() && in.isEmpty()) {
            return;
        }
        if (out.size() + in.size() > MOST_SINGLE_CHANGES || shown.size() - out.size() + in.size() != now.size()) {
            shown.setAll(now);
            return;
        }
        if (out.size() == 1 && in.size() == 1) {
            int before = indexOf(shown, out.get(0));
            int after = indexOf(now, in.get(0));
            if (before == after) {
                shown.set(before, in.get(0));
                return;
            }
        }
        for (Event e : out) {
            shown.remove(indexOf(shown, e));
        }
        int[] places = in.stream().mapToInt(e -> indexOf(now, e)).sorted().toArray();
        for (int place : places) {
            shown.add(place, now.get(place));
        }
        if (!sameItems(shown, now)) {
            shown.setAll(now); // cannot happen while both follow the same time order; never show a wrong list
        }
    }

    /** By identity; scanning 100,000 references costs less than a millisecond. */
    private static int indexOf(List<Event> list, Event event) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == event) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameItems(List<Event> a, List<Event> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
