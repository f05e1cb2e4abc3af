package app.counterpoint.view.timeline;

import app.counterpoint.model.Event;
import app.counterpoint.view.timeline.layout.TimelineEventIndex;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;

/**
 * An index of a list of events following that list's changes, as the timeline and the overview keep theirs: an
 * edit's few replaced, removed or inserted events are spliced in ({@link TimelineEventIndex#spliced}); a change that
 * reorders, updates in place or holds many changes is not followed, and the caller builds the index again.
 */
final class FollowedIndex {

    /** More changes than this in one list change are cheaper to follow by building the index again. */
    private static final int MOST_FOLLOWED_CHANGES = 8;

    private FollowedIndex() {}

    /** {@code index} after {@code change} of the list it indexes (its elements are events); empty when not followed. */
    static Optional<TimelineEventIndex> after(TimelineEventIndex index, ListChangeListener.Change<?> change) {
        change.reset();
        try {
            TimelineEventIndex followed = index;
            int count = 0;
            while (change.next()) {
                if (change.wasPermutated() || change.wasUpdated() || ++count > MOST_FOLLOWED_CHANGES) {
                    return Optional.empty();
                }
                List<?> added = change.wasAdded() ? change.getAddedSubList() : List.of();
                if (added.size() > MOST_FOLLOWED_CHANGES) {
                    return Optional.empty();
                }
                @SuppressWarnings("unchecked") // the lists the skins watch hold events
                List<? extends Event> events = (List<? extends Event>) added;
                Optional<TimelineEventIndex> next = followed.spliced(change.getFrom(), change.getRemovedSize(), events);
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                followed = next.get();
            }
            return followed.size() == change.getList().size() ? Optional.of(followed) : Optional.empty();
        } finally {
            change.reset();
        }
    }
}
