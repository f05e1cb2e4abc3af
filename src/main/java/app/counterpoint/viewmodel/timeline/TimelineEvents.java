package app.counterpoint.viewmodel.timeline;

import app.counterpoint.model.Event;
import app.counterpoint.viewmodel.story.EventTimeOrder;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.TransformationList;

/**
 * The events a timeline has: all of the story's, the ones the filter shows, and the shown ones in time order (kept
 * until they change). When the shown events filter a list already in time order (a prepared story's), they are never
 * sorted again, and where each stands among all of them is read off the filter.
 */
final class TimelineEvents {

    final ObservableList<Event> all;
    final ObservableList<Event> shown;
    /** The shown events as a filtered view of {@link #all}, when given so; null otherwise. */
    private final TransformationList<Event, Event> filteredView;
    /** Whether the shown events come in time order already. */
    private final boolean inTimeOrderAlready;
    /** The shown events by time, rebuilt on demand after they change: cheaper than a SortedList on big filters. */
    private List<Event> inTimeOrder;

    TimelineEvents(
            ObservableList<Event> all,
            ObservableList<Event> shown,
            TransformationList<Event, Event> filteredView,
            boolean inTimeOrderAlready) {
        this.all = all;
        this.shown = shown;
        this.filteredView = filteredView;
        this.inTimeOrderAlready = inTimeOrderAlready;
        shown.addListener((ListChangeListener<Event>) change -> inTimeOrder = null);
    }

    /** True when the timeline was given one list: every event it has is shown, none can be dimmed. */
    boolean everyEventShown() {
        return all == shown;
    }

    /** Where each shown event stands in {@link #all}, when the shown events filter it; empty otherwise. */
    Optional<int[]> shownPositions() {
        if (filteredView == null) {
            return Optional.empty();
        }
        int[] positions = new int[filteredView.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = filteredView.getSourceIndex(i);
        }
        return Optional.of(positions);
    }

    /** The shown events by time (see {@link EventTimeOrder}); read-only, valid until the shown events change. */
    List<Event> inTimeOrder() {
        if (inTimeOrder == null) {
            inTimeOrder = inTimeOrderAlready
                    ? List.copyOf(shown)
                    : Collections.unmodifiableList(EventTimeOrder.sorted(shown));
        }
        return inTimeOrder;
    }
}
