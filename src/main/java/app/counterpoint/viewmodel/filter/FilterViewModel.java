package app.counterpoint.viewmodel.filter;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.common.MarkerShape;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The topic filter, the actor filter and the search text, shared by every view: each view listens to the one
 * {@link FilterState} this class publishes, so unchecking a topic hides its events and statements everywhere at once.
 */
public final class FilterViewModel {

    private final ObservableList<ToggleChoice<Topic>> topics = FXCollections.observableArrayList();
    private final ObservableList<ToggleChoice<Actor>> actors = FXCollections.observableArrayList();
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    /** The one value every filtering view listens to; replaced exactly once per change of the choices. */
    private final ReadOnlyObjectWrapper<FilterState> state =
            new ReadOnlyObjectWrapper<>(this, "state", FilterState.everything());

    private final ReadOnlyStringWrapper sidesSummary = new ReadOnlyStringWrapper(this, "sidesSummary", "");
    private final javafx.beans.property.ObjectProperty<app.counterpoint.i18n.Messages> messages =
            new javafx.beans.property.SimpleObjectProperty<>(
                    this, "messages", app.counterpoint.i18n.Messages.of(app.counterpoint.i18n.Language.ENGLISH));
    /** Set while several choices change as one (a new story, a focus, a reset), so that they publish once. */
    private boolean changingTogether;

    /** The open story, whose lower-cased texts the search looks in; null before the first. */
    private PreparedStory story;
    /** The last search run and what it found, kept while story and query stay: a topic change does not search. */
    private PreparedStory searchedStory;

    private String searchedQuery;
    private Predicate<Event> searchFound;

    public FilterViewModel() {
        messages.addListener(o -> summarizeSides());
        searchText.addListener((Observable o) -> choiceChanged());
    }

    /** Replaces the choices with those of a newly opened story, working out its counts and texts here. */
    public void setStory(Story story) {
        setStory(PreparedStory.of(story));
    }

    /** Replaces the choices with those of a newly opened story; everything starts switched on. */
    public void setStory(PreparedStory prepared) {
        story = prepared;
        Story s = prepared.story();
        changeTogether(
                () -> {
                    topics.setAll(choices(s.topics(), topicChoice(prepared)));
                    actors.setAll(choices(s.actors(), actorChoice(prepared)));
                    topics.forEach(c -> c.selectedProperty().addListener((Observable o) -> choiceChanged()));
                    actors.forEach(c -> c.selectedProperty().addListener((Observable o) -> choiceChanged()));
                    searchText.set("");
                },
                true);
    }

    /** The topics whose label contains the query, ignoring case, in the story's order; all of them for a blank one. */
    public List<ToggleChoice<Topic>> topicsMatching(String query) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        return topics.stream()
                .filter(c -> c.label().toLowerCase(Locale.ROOT).contains(q))
                .toList();
    }

    /** The side filter in a few words, for its button: "All sides", "2 of 3 sides", "No side". */
    public ReadOnlyStringProperty sidesSummaryProperty() {
        return sidesSummary.getReadOnlyProperty();
    }

    /**
     * Follows an edit of the open story: the choices stay as they are (a topic switched off stays off), their counts
     * follow, a new topic or side comes in switched on, a deleted one goes, and the search looks in the new texts.
     */
    public void storyEdited(PreparedStory prepared) {
        story = prepared;
        Story s = prepared.story();
        changeTogether(
                () -> {
                    reconcile(topics, s.topics(), topicChoice(prepared), prepared::eventsOnTopic);
                    reconcile(actors, s.actors(), actorChoice(prepared), prepared::eventsOfActor);
                },
                true);
    }

    /** A topic's choice, its shape by its place in the story's topics. */
    private static BiFunction<Topic, Integer, ToggleChoice<Topic>> topicChoice(PreparedStory prepared) {
        return (t, i) -> new ToggleChoice<>(
                t, t.id(), t.label(), t.color(), MarkerShape.forIndex(i), prepared.eventsOnTopic(t.id()));
    }

    /** A side's choice, its shape by its place in the story's sides. */
    private static BiFunction<Actor, Integer, ToggleChoice<Actor>> actorChoice(PreparedStory prepared) {
        return (a, i) -> new ToggleChoice<>(
                a, a.id(), a.name(), a.color(), MarkerShape.forIndex(i), prepared.eventsOfActor(a.id()));
    }

    private static <T> List<ToggleChoice<T>> choices(List<T> items, BiFunction<T, Integer, ToggleChoice<T>> make) {
        List<ToggleChoice<T>> made = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            made.add(make.apply(items.get(i), i));
        }
        return made;
    }

    /**
     * Keeps each choice whose item is unchanged and in its place, makes one for a new, changed or moved item (keeping
     * its on/off state): a moved item's shape follows its new place.
     */
    private <T> void reconcile(
            ObservableList<ToggleChoice<T>> choices,
            List<T> items,
            BiFunction<T, Integer, ToggleChoice<T>> make,
            ToIntFunction<String> count) {
        boolean same = choices.size() == items.size();
        for (int i = 0; same && i < items.size(); i++) {
            same = choices.get(i).item() == items.get(i);
        }
        if (same) {
            choices.forEach(c -> c.setCount(count.applyAsInt(c.id())));
            return;
        }
        Map<String, ToggleChoice<T>> old = new HashMap<>();
        choices.forEach(c -> old.put(c.id(), c));
        List<ToggleChoice<T>> next = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            ToggleChoice<T> made = make.apply(item, i);
            ToggleChoice<T> before = old.get(made.id());
            if (before != null && before.item() == item && before.shape() == made.shape()) {
                before.setCount(count.applyAsInt(before.id()));
                next.add(before);
                continue;
            }
            if (before != null) {
                made.setSelected(before.isSelected());
            }
            made.selectedProperty().addListener((Observable o) -> choiceChanged());
            next.add(made);
        }
        choices.setAll(next);
    }

    public ObservableList<ToggleChoice<Topic>> topics() {
        return topics;
    }

    public ObservableList<ToggleChoice<Actor>> actors() {
        return actors;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** Switches one topic on or off by id; unknown ids are ignored. */
    public void setTopicSelected(String topicId, boolean selected) {
        topics.stream().filter(c -> c.id().equals(topicId)).forEach(c -> c.setSelected(selected));
    }

    public void setActorSelected(String actorId, boolean selected) {
        actors.stream().filter(c -> c.id().equals(actorId)).forEach(c -> c.setSelected(selected));
    }

    /** Narrows the filter to one actor's statements on one topic: every other topic and actor switched off. */
    public void focusOn(String actorId, String topicId) {
        changeTogether(
                () -> {
                    topics.forEach(c -> c.setSelected(c.id().equals(topicId)));
                    actors.forEach(c -> c.setSelected(c.id().equals(actorId)));
                },
                false);
    }

    /**
     * The topics and sides switched off and the search typed, to bring back with {@link #restore} (a tour that set
     * the filter aside gives it back when presenting ends).
     */
    public record Choices(Set<String> topicsOff, Set<String> sidesOff, String search) {

        public Choices {
            topicsOff = Set.copyOf(topicsOff);
            sidesOff = Set.copyOf(sidesOff);
        }
    }

    /** The choices made now. */
    public Choices choices() {
        Set<String> topicsOff = new HashSet<>();
        topics.stream().filter(c -> !c.isSelected()).forEach(c -> topicsOff.add(c.id()));
        Set<String> sidesOff = new HashSet<>();
        actors.stream().filter(c -> !c.isSelected()).forEach(c -> sidesOff.add(c.id()));
        return new Choices(topicsOff, sidesOff, searchText.get() == null ? "" : searchText.get());
    }

    /** Makes {@code choices} again, published once; a topic or side no longer in the story is passed over. */
    public void restore(Choices choices) {
        changeTogether(
                () -> {
                    topics.forEach(c -> c.setSelected(!choices.topicsOff().contains(c.id())));
                    actors.forEach(c -> c.setSelected(!choices.sidesOff().contains(c.id())));
                    searchText.set(choices.search());
                },
                false);
    }

    /** Switches every topic and actor back on and clears the search. */
    public void reset() {
        changeTogether(
                () -> {
                    topics.forEach(c -> c.setSelected(true));
                    actors.forEach(c -> c.setSelected(true));
                    searchText.set("");
                },
                false);
    }

    /**
     * The topics, sides and search chosen now with the predicates every view filters by; replaced (never mutated)
     * exactly once per change, however many choices that change touched, and not at all when nothing changed.
     */
    public ReadOnlyObjectProperty<FilterState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public FilterState getState() {
        return state.get();
    }

    private void choiceChanged() {
        if (!changingTogether) {
            publish(false);
        }
    }

    /** Makes several changes of the choices, then publishes the result once. */
    private void changeTogether(Runnable changes, boolean newStory) {
        changingTogether = true;
        try {
            changes.run();
        } finally {
            changingTogether = false;
        }
        publish(newStory);
    }

    private void summarizeSides() {
        long on = actors.stream().filter(ToggleChoice::isSelected).count();
        app.counterpoint.i18n.Messages m = messages.get();
        sidesSummary.set(
                on == actors.size()
                        ? m.text("filter.sidesSummary.all", actors.size())
                        : on == 0
                                ? m.text("filter.sidesSummary.none")
                                : m.text("filter.sidesSummary.some", on, actors.size()));
    }

    /** The window's language, for the side filter's summary. */
    public javafx.beans.property.ObjectProperty<app.counterpoint.i18n.Messages> messagesProperty() {
        return messages;
    }

    /** @param newStory publish even when the choices look the same: the new story's search texts differ */
    private void publish(boolean newStory) {
        summarizeSides();
        FilterState next = buildState();
        if (newStory || !next.sameChoicesAs(state.get())) {
            state.set(next);
        }
    }

    private FilterState buildState() {
        Set<String> onTopics = selectedIds(topics);
        Set<String> onActors = selectedIds(actors);
        boolean allActors = onActors.size() == actors.size();
        String query = searchText.get() == null ? "" : searchText.get().trim().toLowerCase(Locale.ROOT);

        Predicate<Statement> statements = s -> onActors.contains(s.actorId()) && intersects(s.topicIds(), onTopics);
        if (onTopics.size() == topics.size() && allActors && query.isEmpty()) {
            // every event of a story has only the story's topics (the reader sees to it), so all of them pass:
            // a story opens without its events being looked at one by one on the FX thread
            return new FilterState(
                    onTopics,
                    onActors,
                    query,
                    FilterState.EVERY_EVENT,
                    statements,
                    FilterState.EVERY_EVENT,
                    FilterState.EVERY_EVENT,
                    story);
        }
        Predicate<Event> found = found(query);
        // by the event's topics and sides only, so that the shown events ask it once per pattern of them
        Predicate<Event> chosen = e -> {
            if (!e.topicIds().isEmpty() && !intersects(e.topicIds(), onTopics)) {
                return false;
            }
            return allActors || e.actorIds().isEmpty() || intersects(e.actorIds(), onActors);
        };
        Predicate<Event> events = e -> chosen.test(e) && found.test(e);
        return new FilterState(onTopics, onActors, query, events, statements, chosen, found, story);
    }

    /** The events the search finds: searched once over the whole story, not per event in every view. */
    private Predicate<Event> found(String query) {
        if (query.isEmpty()) {
            return FilterState.EVERY_EVENT;
        }
        if (story == null) {
            return e -> false;
        }
        if (story != searchedStory || !query.equals(searchedQuery)) {
            searchFound = story.eventsMatching(query);
            searchedStory = story;
            searchedQuery = query;
        }
        return searchFound;
    }

    private static boolean intersects(List<String> ids, Set<String> on) {
        for (String id : ids) {
            if (on.contains(id)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> selectedIds(List<? extends ToggleChoice<?>> choices) {
        Set<String> ids = new HashSet<>();
        for (ToggleChoice<?> c : choices) {
            if (c.isSelected()) {
                ids.add(c.id());
            }
        }
        return ids;
    }
}
