package app.counterpoint.viewmodel.compare;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.common.DeferredRebuild;
import app.counterpoint.viewmodel.common.TopicShapes;
import app.counterpoint.viewmodel.filter.FilterState;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
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

    private final ObservableValue<PreparedStory> story;
    private final ObservableValue<FilterState> filter;
    private final ObservableList<Actor> actors = FXCollections.observableArrayList();
    private final ObjectProperty<Actor> actor = new SimpleObjectProperty<>(this, "actor");
    private final ObservableList<ActorTimelineRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");

    private final DeferredRebuild deferred = new DeferredRebuild(this, this::rebuildNow);

    /**
     * @param filter the shared filter: statements it hides are left out, and so are statements about events it
     *               hides (the search narrows events)
     */
    private final ObjectProperty<app.counterpoint.i18n.Messages> messages = new SimpleObjectProperty<>(
            this, "messages", app.counterpoint.i18n.Messages.of(app.counterpoint.i18n.Language.ENGLISH));

    public ActorTimelineViewModel(ObservableValue<PreparedStory> story, ObservableValue<FilterState> filter) {
        this.story = story;
        this.filter = filter;
        messages.addListener((Observable o) -> rebuild());
        story.addListener((Observable o) -> storyChanged());
        filter.addListener((Observable o) -> rebuild());
        actor.addListener((Observable o) -> rebuild());
        storyChanged();
    }

    /** The window's language, for the placeholder and the statements' labels. */
    public ObjectProperty<app.counterpoint.i18n.Messages> messagesProperty() {
        return messages;
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
        PreparedStory s = story.getValue();
        actors.setAll(s == null ? List.of() : s.story().actors());
        Actor first = actors.isEmpty() ? null : actors.get(0);
        if (actor.get() == first) {
            rebuild();
        } else {
            actor.set(first); // which rebuilds
        }
    }

    /** Whether anyone is looking: while inactive (its tab hidden) filter changes skip the work until it is shown. */
    public BooleanProperty activeProperty() {
        return deferred.activeProperty();
    }

    private void rebuild() {
        deferred.request();
    }

    private void rebuildNow() {
        PreparedStory s = story.getValue();
        Actor chosen = actor.get();
        if (s == null || chosen == null) {
            rows.clear();
            placeholder.set(messages.get().text("actorTimeline.placeholder.choose"));
            return;
        }
        FilterState state = filter.getValue();
        Predicate<Statement> shown = state.statementFilter();
        Predicate<Event> shownEvents = state.eventFilter();
        List<StatementListing> said = s.statementsInTimeOrder().stream()
                .filter(st -> st.actorId().equals(chosen.id()) && shown.test(st) && shownEvents.test(s.eventOf(st)))
                .map(st -> new StatementListing(
                        s.eventOf(st),
                        new ComparisonEntry(st, s.source(st.sourceId()).orElse(null), messages.get())))
                .toList();
        List<ActorTimelineRow> newRows = new ArrayList<>();
        TopicShapes shapes = new TopicShapes(s.story().topics());
        for (Topic topic : s.story().topics()) {
            List<StatementListing> onTopic = said.stream()
                    .filter(l -> StatementTopics.shownOn(shown, l.entry().statement(), topic.id()))
                    .toList();
            if (!onTopic.isEmpty()) {
                newRows.add(new ActorTimelineRow(topic, shapes.of(topic.id()), onTopic));
            }
        }
        placeholder.set(newRows.isEmpty() ? messages.get().text("actorTimeline.placeholder.none", chosen.name()) : "");
        rows.setAll(newRows);
    }
}
