package app.counterpoint.viewmodel.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.fixture.StoryBuilder;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.SampleStories;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shown events are exactly those the filter's event predicate lets through, event by event. */
class ShownEventsTest {

    private static final List<String> TOPICS = List.of("a", "b", "c");
    private static final List<String> SIDES = List.of("x", "y", "z");

    private final FilterViewModel filter = new FilterViewModel();
    private ObservableList<Event> all;
    private ShownEvents shown;
    /** The shown events as their changes tell them to a listener. */
    private final List<Event> told = new ArrayList<>();

    @BeforeEach
    void open() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            events.add(event(i, "Event " + i + (i % 5 == 0 ? " in Nairobi" : "")));
        }
        Story story = StoryBuilder.story("Mixed")
                .sources(SampleStories.ARTICLE)
                .actors(SIDES.stream()
                        .map(s -> new Actor(s, "Side " + s, "#112233"))
                        .toList())
                .topics(TOPICS.stream()
                        .map(t -> new Topic(t, "Topic " + t, "#445566"))
                        .toList())
                .events(events)
                .statements(List.of())
                .build();
        PreparedStory prepared = PreparedStory.of(story);
        filter.setStory(prepared);
        all = FXCollections.observableArrayList(prepared.eventsInTimeOrder());
        shown = new ShownEvents(all);
        told.addAll(shown);
        shown.addListener((ListChangeListener<Event>) c -> {
            while (c.next()) {
                told.subList(c.getFrom(), c.getFrom() + c.getRemovedSize()).clear();
                told.addAll(c.getFrom(), c.getAddedSubList());
            }
        });
        filter.stateProperty().addListener(o -> shown.setFilter(filter.getState()));
        shown.setFilter(filter.getState());
    }

    /** Event {@code i}: topics and sides by the bits of {@code i} (none, one, several), on a day by {@code i}. */
    private static Event event(int i, String title) {
        List<String> topics = new ArrayList<>();
        List<String> sides = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            if ((i >> k & 1) == 1) {
                topics.add(TOPICS.get(k));
            }
            if ((i >> (k + 3) & 1) == 1) {
                sides.add(SIDES.get(k));
            }
        }
        return EventBuilder.event("e" + i)
                .titled(title)
                .on(String.format("2020-%02d-%02d", 1 + (i * 7) % 12, 1 + (i * 11) % 28))
                .summary("About " + i)
                .topics(topics)
                .actors(sides)
                .sources("article")
                .build();
    }

    private void assertShownAsThePredicateSays(String what) {
        List<Event> expected =
                all.stream().filter(filter.getState().eventFilter()).toList();
        assertEquals(ids(expected), ids(shown), what);
        assertEquals(ids(expected), ids(told), what + ": as the changes told it");
        for (int i = 0; i < shown.size(); i++) {
            int place = shown.getSourceIndex(i);
            assertEquals(shown.get(i), all.get(place), what);
            assertEquals(i, shown.getViewIndex(place), what);
        }
    }

    private static List<String> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }

    @Test
    void showsWhatTheEventFilterLetsThroughInEveryFilterState() {
        assertShownAsThePredicateSays("all on");
        assertEquals(48, shown.size());
        filter.setTopicSelected("a", false);
        assertShownAsThePredicateSays("topic a off");
        filter.setTopicSelected("b", false);
        assertShownAsThePredicateSays("topics a and b off");
        filter.setActorSelected("x", false);
        assertShownAsThePredicateSays("and side x off");
        filter.searchTextProperty().set("nairobi");
        assertShownAsThePredicateSays("and a search");
        filter.reset();
        filter.searchTextProperty().set("nairobi");
        assertShownAsThePredicateSays("a search only");
        filter.searchTextProperty().set("nothing like this");
        assertShownAsThePredicateSays("a search that finds nothing");
        assertTrue(shown.isEmpty());
        filter.reset();
        SIDES.forEach(s -> filter.setActorSelected(s, false));
        assertShownAsThePredicateSays("no side");
        TOPICS.forEach(t -> filter.setTopicSelected(t, false));
        assertShownAsThePredicateSays("no side, no topic");
        assertTrue(shown.size() > 0 && shown.size() < 48, "events without topics or sides stay: " + shown.size());
        filter.focusOn("y", "c");
        assertShownAsThePredicateSays("focus on one side and topic");
        filter.reset();
        assertShownAsThePredicateSays("reset");
        assertEquals(48, shown.size());
    }

    @Test
    void followsTheEventsChangingUnderAFilter() {
        filter.setTopicSelected("a", false);
        filter.setActorSelected("y", false);
        filter.searchTextProperty().set("event");
        assertShownAsThePredicateSays("filter on");

        all.add(0, event(3, "Event moved to the front"));
        assertShownAsThePredicateSays("an event added at the front");
        all.add(event(12, "Event at the end"));
        assertShownAsThePredicateSays("an event added at the end");
        all.add(10, event(7, "An event with a new title"));
        assertShownAsThePredicateSays("an event the search misses added inside");
        all.remove(5);
        all.remove(all.size() - 1);
        assertShownAsThePredicateSays("events removed");
        all.set(20, event(16, "Event replaced"));
        all.set(21, event(1, "Event replaced"));
        assertShownAsThePredicateSays("events replaced");
        all.subList(8, 30).clear();
        assertShownAsThePredicateSays("a stretch removed");
        all.addAll(4, List.of(event(40, "Event a"), event(41, "Event b"), event(42, "Event c")));
        assertShownAsThePredicateSays("a stretch added");
        FXCollections.sort(all, (p, q) -> p.title().compareTo(q.title()));
        assertShownAsThePredicateSays("the events reordered");
        filter.searchTextProperty().set("nairobi");
        assertShownAsThePredicateSays("a new search over the reordered events, not the list it indexed");

        filter.reset();
        assertShownAsThePredicateSays("the filter reset after the edits");
        all.clear();
        assertShownAsThePredicateSays("no events");
        all.setAll(List.of(event(9, "Event again"), event(33, "Event too")));
        assertShownAsThePredicateSays("new events");
        filter.setTopicSelected("a", false);
        assertShownAsThePredicateSays("a topic off for the new events");
    }

    @Test
    void followsEditsMadeWithEverythingShownAndChangesOfSeveralStretches() {
        all.add(3, event(6, "Event added with everything on"));
        all.remove(10);
        assertShownAsThePredicateSays("edits before any filter");
        filter.setTopicSelected("b", false);
        assertShownAsThePredicateSays("a topic off after the edits");
        // removing scattered events is one change of several stretches
        all.removeAll(List.of(all.get(1), all.get(7), all.get(8), all.get(30)));
        assertShownAsThePredicateSays("scattered events removed at once");
        all.add(2, event(2, "Event b"));
        assertShownAsThePredicateSays("an event added after them");
        filter.reset();
        all.clear();
        all.setAll(List.of(event(5, "Event five"), event(6, "Event six")));
        filter.setActorSelected("x", false);
        assertShownAsThePredicateSays("a side off on new events");
    }

    @Test
    void typingOnInTheSearchAndBackShowsWhatThePredicateSays() {
        filter.setTopicSelected("b", false);
        for (String typed : List.of("e", "ev", "event", "event 1", "event 1 ", "event 1 in", "event 10")) {
            filter.searchTextProperty().set(typed);
            assertShownAsThePredicateSays("typed \"" + typed + "\"");
        }
        for (String typed : List.of("event 1", "event", "in nairobi", "nairobi", "nai")) {
            filter.searchTextProperty().set(typed);
            assertShownAsThePredicateSays("typed back to \"" + typed + "\"");
        }
        filter.setTopicSelected("b", true);
        assertShownAsThePredicateSays("a topic on again under the same search");
        filter.searchTextProperty().set("nairobi");
        assertShownAsThePredicateSays("typed on after the topic came back");
    }

    @Test
    void aSearchTypedOnInAnEditedStoryFindsTheEventsTheEditMadeItFind() {
        filter.searchTextProperty().set("event 1");
        filter.searchTextProperty().set("event 1 in");
        assertTrue(shown.isEmpty(), "no event is called \"Event 1 in ...\"");
        // the story edited: a new event the search will find, under the same search text
        List<Event> events = new ArrayList<>(all);
        Story edited = StoryBuilder.story("Mixed")
                .sources(SampleStories.ARTICLE)
                .actors(SIDES.stream()
                        .map(s -> new Actor(s, "Side " + s, "#112233"))
                        .toList())
                .topics(TOPICS.stream()
                        .map(t -> new Topic(t, "Topic " + t, "#445566"))
                        .toList())
                .events(events.stream()
                        .map(e -> e.id().equals("e1") ? event(1, "Event 1 in Mombasa") : e)
                        .toList())
                .statements(List.of())
                .build();
        PreparedStory prepared = PreparedStory.of(edited);
        all.setAll(prepared.eventsInTimeOrder());
        filter.storyEdited(prepared);
        filter.searchTextProperty().set("event 1 in m");
        assertShownAsThePredicateSays("typed on after the edit");
        assertEquals(List.of("e1"), ids(shown));
    }

    @Test
    void theShownPositionsAreTheSourcePlacesOfTheShownEvents() {
        filter.setTopicSelected("a", false);
        filter.searchTextProperty().set("event");
        int[] positions = shown.shownPositions();
        assertEquals(shown.size(), positions.length);
        for (int i = 0; i < positions.length; i++) {
            assertEquals(shown.getSourceIndex(i), positions[i]);
        }
    }
}
