package app.counterpoint.viewmodel;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Compare across events": one actor's statements, a row per topic (story order) with the statements in time
 * order, so a class can follow how a side's line on a topic moved from one event to the next. Honours the filter.
 */
public final class ActorTimelineViewModel {

    private final ReadOnlyObjectProperty<Story> story;
    private final ObservableValue<FilterState> filter;
    private final ObservableList<Actor> actors = FXCollections.observableArrayList();
    private final ObjectProperty<Actor> actor = new SimpleObjectProperty<>(this, "actor");
    private final ObservableList<ActorTimelineRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");

    /** Indexes of the open story, made once per story (at the first rebuild that runs) so a filter change only filters. */
    private Map<String, Event> eventsById = Map.of();
    private Map<String, Source> sourcesById = Map.of();
    private List<Statement> statementsInTimeOrder = List.of();
    private Story indexedStory;

    private final DeferredRebuild deferred = new DeferredRebuild(this, this::rebuildNow);

    /**
     * @param filter the shared filter: statements it hides are left out, and so are statements about events it
     *               hides (the search narrows events)
     */
    public ActorTimelineViewModel(ReadOnlyObjectProperty<Story> story, ObservableValue<FilterState> filter) {
        this.story = story;
        this.filter = filter;
        story.addListener((Observable o) -> storyChanged());
        filter.addListener((Observable o) -> rebuild());
        actor.addListener((Observable o) -> rebuild());
        storyChanged();
    }

    /** The actors to choose from, in story order. */
    public ObservableList<Actor> actors() {
        return actors;
    }

    /** The chosen actor; the first actor of a newly opened story. */
    public ObjectProperty<Actor> actorProperty() {
        return actor;
    }

    public ObservableList<ActorTimelineRow> rows() {
        return rows;
    }

    /** Why there are no rows, or empty when there are some. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    private void storyChanged() {
        Story s = story.get();
        indexedStory = null; // indexed at the first rebuild that runs, so a hidden tab costs nothing when a story opens
        actors.setAll(s == null ? List.of() : s.actors());
        actor.set(actors.isEmpty() ? null : actors.get(0));
        rebuild();
    }

    /** Whether anyone is looking: while inactive (its tab hidden) filter changes skip the work until it is shown. */
    public BooleanProperty activeProperty() {
        return deferred.activeProperty();
    }

    private void rebuild() {
        deferred.request();
    }

    /** Indexes the open story: events and sources by id, statements in time order of their events. */
    private void index(Story s) {
        eventsById = s.events().stream().collect(Collectors.toMap(Event::id, e -> e));
        sourcesById = s.sources().stream().collect(Collectors.toMap(Source::id, x -> x));
        Map<String, Integer> rank = EventTimeOrder.ranks(s.events());
        // each statement's rank looked up once, not at every comparison of the sort; the sort is stable
        List<RankedStatement> ranked = new ArrayList<>(s.statements().size());
        for (Statement st : s.statements()) {
            ranked.add(new RankedStatement(rank.get(st.eventId()), st));
        }
        ranked.sort(Comparator.comparingInt(RankedStatement::rank));
        statementsInTimeOrder = ranked.stream().map(RankedStatement::statement).toList();
        indexedStory = s;
    }

    private record RankedStatement(int rank, Statement statement) {
    }

    private void rebuildNow() {
        Story s = story.get();
        if (s != null && s != indexedStory) {
            index(s);
        }
        Actor chosen = actor.get();
        if (s == null || chosen == null) {
            rows.clear();
            placeholder.set("Choose a side to follow its statements across events.");
            return;
        }
        Map<String, Event> events = eventsById;
        Map<String, Source> sources = sourcesById;
        FilterState state = filter.getValue();
        Predicate<Statement> shown = state.statementFilter();
        Predicate<Event> shownEvents = state.eventFilter();
        List<StatementListing> said = statementsInTimeOrder.stream()
                .filter(st -> st.actorId().equals(chosen.id()) && shown.test(st)
                        && shownEvents.test(events.get(st.eventId())))
                .map(st -> new StatementListing(events.get(st.eventId()),
                        new ComparisonEntry(st, st.sourceId() == null ? null : sources.get(st.sourceId()))))
                .toList();
        List<ActorTimelineRow> newRows = new ArrayList<>();
        for (Topic topic : s.topics()) {
            List<StatementListing> onTopic = said.stream()
                    .filter(l -> StatementTopics.shownOn(shown, l.entry().statement(), topic.id())).toList();
            if (!onTopic.isEmpty()) {
                newRows.add(new ActorTimelineRow(topic, onTopic));
            }
        }
        placeholder.set(newRows.isEmpty() ? chosen.name() + " has no statements under the current filter." : "");
        rows.setAll(newRows);
    }
}
