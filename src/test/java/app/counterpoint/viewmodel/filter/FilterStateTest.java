package app.counterpoint.viewmodel.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpoint.io.StoryReader;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.SampleStories;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The filter is one value, replaced once per change, that every filtering view model follows. */
class FilterStateTest {

    private final Story story = SampleStories.phoneCall();
    private final FilterViewModel filter = new FilterViewModel();
    private final AtomicInteger invalidations = new AtomicInteger();
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void open() {
        filter.setStory(story);
        filter.stateProperty().addListener((Observable o) -> {
            invalidations.incrementAndGet();
            filter.getState(); // validates the property again, so the next change is reported too
        });
        filter.stateProperty().addListener((obs, old, now) -> changes.incrementAndGet());
    }

    private void assertNotified(int times, Runnable change, String what) {
        invalidations.set(0);
        changes.set(0);
        change.run();
        assertEquals(times, invalidations.get(), what + ": invalidations");
        assertEquals(times, changes.get(), what + ": changes");
    }

    @Test
    void everyKindOfChangeNotifiesExactlyOnce() {
        assertNotified(1, () -> filter.setTopicSelected("nk", false), "a topic");
        assertNotified(1, () -> filter.setActorSelected("kr", false), "a side");
        assertNotified(1, () -> filter.searchTextProperty().set("call"), "the search");
        assertNotified(1, () -> filter.focusOn("wh", "terrorism"), "a focus on one side and topic");
        assertNotified(1, filter::reset, "a reset of topics, sides and search together");
        assertNotified(1, () -> filter.setStory(SampleStories.threeSides()), "a new story");
    }

    @Test
    void aChangeThatChangesNothingNotifiesNobody() {
        assertNotified(0, () -> filter.setTopicSelected("nk", true), "a topic already on");
        assertNotified(0, filter::reset, "a reset with everything on");
        assertNotified(0, () -> filter.searchTextProperty().set("  "), "blanks");
        filter.searchTextProperty().set("call");
        assertNotified(0, () -> filter.searchTextProperty().set(" CALL "), "the same search in capitals");
    }

    @Test
    void theStateNamesTheChoices() {
        filter.focusOn("kr", "nk");
        filter.searchTextProperty().set("  Restraint ");
        FilterState state = filter.getState();
        assertEquals(Set.of("nk"), state.topicIds());
        assertEquals(Set.of("kr"), state.actorIds());
        assertEquals("restraint", state.searchText());
    }

    /** A listener of either predicate used to see the other one still from before the change. */
    @Test
    void bothPredicatesOfANotificationAreFromTheSameChange() {
        Event strikeOnSyriaOnly = story.event("strike").orElseThrow();
        Statement onSyriaOnly = story.statements().get(0);
        List<String> seen = new ArrayList<>();
        filter.stateProperty()
                .addListener((obs, old, now) -> seen.add(now.shows(strikeOnSyriaOnly) + " " + now.shows(onSyriaOnly)));
        filter.setTopicSelected("syria", false);
        filter.setTopicSelected("syria", true);
        assertEquals(List.of("false false", "true true"), seen);
    }

    @Test
    void everyFilteringViewModelRebuildsOnceAndFollowsTheChange() {
        MainViewModel main = new MainViewModel(new StoryReader(), Runnable::run, Runnable::run);
        main.show("call.json", story);
        main.coverage().onlyFilteredProperty().set(true);
        main.actorTimeline().actorProperty().set(SampleStories.KREMLIN);
        AtomicInteger comparison = countChanges(main.comparison().rows());
        AtomicInteger coverage = countChanges(main.coverage().matrixProperty());
        AtomicInteger acrossEvents = countChanges(main.actorTimeline().rows());
        AtomicInteger shown = countChanges(main.shownEvents());

        main.filter().setTopicSelected("nk", false);

        assertEquals(1, comparison.get(), "the comparison rebuilt once");
        assertEquals(1, coverage.get(), "the coverage rebuilt once");
        assertEquals(1, acrossEvents.get(), "the across-events view rebuilt once");
        assertEquals(1, shown.get(), "the shown events filtered once");
        assertEquals(
                List.of("Syria", "Terrorism"),
                main.comparison().rows().stream().map(r -> r.topic().label()).toList());
        assertEquals(
                List.of("Syria", "Terrorism"),
                main.coverage().matrixProperty().get().topics().stream()
                        .map(Topic::label)
                        .toList());
        assertEquals(
                List.of("Syria", "Terrorism"),
                main.actorTimeline().rows().stream().map(r -> r.topic().label()).toList());
        assertEquals("4 events, 7 statements", main.statusProperty().get(), "every event has another topic on");
    }

    private static AtomicInteger countChanges(ObservableList<?> list) {
        AtomicInteger count = new AtomicInteger();
        list.addListener((Observable o) -> count.incrementAndGet());
        return count;
    }

    private static AtomicInteger countChanges(ObservableValue<?> value) {
        AtomicInteger count = new AtomicInteger();
        value.addListener((Observable o) -> {
            count.incrementAndGet();
            value.getValue();
        });
        return count;
    }

    @Test
    void aSearchNarrowsTheOneBeforeOnlyWhenTypedOnInTheSameStoryWithTheSameChoices() {
        filter.searchTextProperty().set("ca");
        FilterState before = filter.getState();
        filter.searchTextProperty().set("cal");
        assertEquals(true, filter.getState().narrows(before), "typed on");
        FilterState typedOn = filter.getState();
        filter.searchTextProperty().set("c");
        assertEquals(false, filter.getState().narrows(typedOn), "a letter taken back");
        filter.searchTextProperty().set("call");
        FilterState call = filter.getState();
        filter.setTopicSelected("nk", false);
        assertEquals(false, filter.getState().narrows(call), "a topic switched off: not a search typed on");
        FilterState topicOff = filter.getState();
        filter.setStory(story);
        filter.setTopicSelected("nk", false);
        filter.searchTextProperty().set("call");
        assertEquals(false, filter.getState().narrows(topicOff), "the same choices in a story opened again");
        assertEquals(false, filter.getState().narrows(FilterState.everything()), "the state before any story");
    }
}
