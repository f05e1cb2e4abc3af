package app.counterpoint.view.timeline;

import app.counterpoint.model.Event;
import app.counterpoint.view.timeline.layout.TimelineEventIndex;
import app.counterpoint.viewmodel.timeline.FilteredEventDisplay;
import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.collections.ListChangeListener;

/**
 * The index {@link TimelineSkin} lays out from: of the shown events, or in dim mode of every event with the set the
 * filter lets through. Under a filter the shown events' index is cut from the index of all events, so a filter
 * change costs a copy rather than working out every event's instants again.
 */
final class ShownEventIndex {

    private final TimelineViewModel vm;
    private TimelineEventIndex index = TimelineEventIndex.of(List.of());
    /** Every event of the story, when the timeline has a filter; cut down to the shown ones on a filter change. */
    private TimelineEventIndex allIndex;
    /** The events the filter lets through, in dim mode only; null when filtered-out events are hidden. */
    private Set<Event> shown;

    ShownEventIndex(TimelineViewModel vm) {
        this.vm = vm;
    }

    /** Indexes the events again after they, the filter or the way filtered-out events are shown changed. */
    void rebuild() {
        if (vm.showsEveryEvent()) {
            index = TimelineEventIndex.of(vm.getShownEvents(), index, vm.knownInstants());
            shown = null;
        } else if (vm.getFilteredEventDisplay() == FilteredEventDisplay.DIM) {
            index = allIndex();
            shown = Collections.newSetFromMap(
                    new IdentityHashMap<>(vm.getShownEvents().size() * 2));
            shown.addAll(vm.getShownEvents());
        } else {
            TimelineEventIndex before = index;
            index = filteredIndex().orElseGet(() -> TimelineEventIndex.of(vm.getShownEvents(), before));
            shown = null;
        }
    }

    /**
     * After the shown events changed by {@code change}: the index follows the change where it can (an edit replaces,
     * removes or inserts a few events), else it is built again.
     */
    void shownChanged(ListChangeListener.Change<?> change) {
        if (shown == null) {
            Optional<TimelineEventIndex> followed = FollowedIndex.after(index, change);
            if (followed.isPresent()) {
                index = followed.get();
                return;
            }
        }
        rebuild();
    }

    /**
     * After every event's list changed by {@code change} (under a filter): the index of all events follows it, or is
     * built again when next needed; in dim mode, which draws them all, the index drawn is that one.
     */
    void allChanged(ListChangeListener.Change<?> change) {
        if (allIndex != null) {
            allIndex = FollowedIndex.after(allIndex, change).orElse(null);
        }
        if (shown != null) {
            rebuild();
        }
    }

    /** The events to lay out. */
    TimelineEventIndex index() {
        return index;
    }

    /** Whether the event is drawn faded: in dim mode, one the filter does not let through. */
    boolean dimmed(Event event) {
        return shown != null && !shown.contains(event);
    }

    /** The index of every event; rebuilt when the events it holds are no longer the story's. */
    private TimelineEventIndex allIndex() {
        List<Event> all = vm.getAllEvents();
        if (allIndex == null
                || allIndex.size() != all.size()
                || (!all.isEmpty() && allIndex.subset(all, new int[] {0}).isEmpty())) {
            allIndex = TimelineEventIndex.of(all, allIndex, vm.knownInstants());
        }
        return allIndex;
    }

    /** The shown events' index cut from the index of all, when they are a filtered view of all of them. */
    private Optional<TimelineEventIndex> filteredIndex() {
        Optional<int[]> shownPositions = vm.shownPositions();
        if (shownPositions.isEmpty()) {
            return Optional.empty();
        }
        int[] positions = shownPositions.get();
        // the shown events are the events of all at these positions: checked against all, a plain list
        Optional<TimelineEventIndex> cut = allIndex().subset(vm.getAllEvents(), positions);
        if (cut.isEmpty()) {
            // The story changed under a stale index: build it again once.
            allIndex = TimelineEventIndex.of(vm.getAllEvents(), allIndex, vm.knownInstants());
            cut = allIndex.subset(vm.getAllEvents(), positions);
        }
        return cut;
    }
}
