package app.counterpoint.view.timeline;

import static app.counterpoint.fixture.EventBuilder.event;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Event;
import app.counterpoint.model.StoryDate;
import app.counterpoint.view.timeline.layout.TimelineEventIndex;
import app.counterpoint.viewmodel.story.EventTimeOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.junit.jupiter.api.Test;

/**
 * An index that follows its list's changes (the timeline's and the overview's after an edit) must be exactly the
 * index built from the list, change after change, on the list of every event and on a filtered view of it; and it
 * must follow an edit's few changes rather than give up on them, or the edit costs a walk through every event again.
 */
class FollowedIndexTest {

    private static Event dated(int n, int month, int day) {
        return event("e" + n)
                .titled("Event " + n)
                .on(StoryDate.ofDay(2017, month, day))
                .build();
    }

    /** Follows {@code list}'s changes as the skins do, counting the changes it followed and those it built again. */
    private static final class Follower implements ListChangeListener<Event> {
        TimelineEventIndex index;
        int followed;
        int rebuilt;

        Follower(ObservableList<Event> list) {
            index = TimelineEventIndex.of(list);
            list.addListener(this);
        }

        @Override
        public void onChanged(Change<? extends Event> change) {
            Optional<TimelineEventIndex> next = FollowedIndex.after(index, change);
            if (next.isPresent()) {
                followed++;
                index = next.get();
            } else {
                rebuilt++;
                index = TimelineEventIndex.of(new ArrayList<Event>(change.getList()));
            }
            assertSameIndex(change.getList(), index);
        }
    }

    private static void assertSameIndex(List<? extends Event> events, TimelineEventIndex index) {
        TimelineEventIndex fresh = TimelineEventIndex.of(new ArrayList<>(events));
        assertEquals(fresh.all().events(), index.all().events());
        assertArrayEquals(fresh.starts(), index.starts());
        assertArrayEquals(fresh.all().ends(), index.all().ends());
        for (int i = 0; i < fresh.size(); i++) {
            assertEquals(fresh.latestEndThrough(i), index.latestEndThrough(i), "latest end through " + i);
        }
    }

    private static int placeFor(List<Event> ordered, Event e) {
        int at = java.util.Collections.binarySearch(ordered, e, EventTimeOrder.COMPARATOR);
        return at >= 0 ? at : -at - 1;
    }

    @Test
    void editsInTimeOrderAreFollowedAndEqualTheIndexBuiltFromTheList() {
        Random random = new Random(23);
        List<Event> start = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            start.add(dated(i, 1 + i / 28, 1 + i % 28));
        }
        ObservableList<Event> all = FXCollections.observableArrayList(EventTimeOrder.sorted(start));
        FilteredList<Event> shown = new FilteredList<>(all, e -> e.id().hashCode() % 3 != 0);
        Follower ofAll = new Follower(all);
        Follower ofShown = new Follower(shown);
        int next = 1000;
        for (int round = 0; round < 600; round++) {
            int at = random.nextInt(all.size());
            switch (random.nextInt(5)) {
                // a title edited: the same instants, in place
                case 0 ->
                    all.set(
                            at,
                            event(all.get(at).id())
                                    .like(all.get(at))
                                    .titled("Edited " + round)
                                    .build());
                // an event deleted
                case 1 -> all.remove(at);
                // an event added where time puts it
                case 2 -> {
                    Event added = dated(next++, 1 + random.nextInt(12), 1 + random.nextInt(28));
                    all.add(placeFor(all, added), added);
                }
                // a date edited: taken out and put back where its new date goes, as the main view model does
                case 3 -> {
                    Event moved = all.remove(at);
                    Event redated = event(moved.id())
                            .like(moved)
                            .on(StoryDate.ofDay(2017, 1 + random.nextInt(12), 1 + random.nextInt(28)))
                            .build();
                    all.add(placeFor(all, redated), redated);
                }
                // the filter changed
                default -> shown.setPredicate(e -> e.id().hashCode() % (2 + random.nextInt(3)) != 0);
            }
        }
        assertTrue(ofAll.followed > 400 && ofAll.rebuilt == 0, ofAll.followed + " followed, " + ofAll.rebuilt);
        assertTrue(ofShown.followed > 200, ofShown.followed + " followed");
    }

    @Test
    void aChangeThatBreaksTheTimeOrderIsNotFollowed() {
        ObservableList<Event> all = FXCollections.observableArrayList(dated(1, 1, 1), dated(2, 2, 1), dated(3, 3, 1));
        Follower follower = new Follower(all);
        // out of time order: the index sorts; only building it again gives that
        all.set(0, dated(4, 12, 1));
        assertEquals(0, follower.followed);
        assertEquals(1, follower.rebuilt);
        all.add(1, dated(5, 6, 1));
        all.setAll(EventTimeOrder.sorted(new ArrayList<>(all)));
        assertEquals(
                List.of("e2", "e3", "e5", "e4"),
                follower.index.all().events().stream().map(Event::id).toList());
    }
}
