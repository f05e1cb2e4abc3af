package app.counterpoint.viewmodel.edit;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One of the story's lists of named entries the other items refer to by id: its sides, topics or sources. Says how
 * an event and a statement refer to an entry, so that renaming an id or deleting an entry can carry the change into
 * every reference ({@link EntryEdits}). The three kinds differ only in the accessors they are made with, so one
 * class serves them all.
 *
 * @param <T> the kind of entry
 */
public final class EntryKind<T> {

    public static final EntryKind<Actor> SIDES = new EntryKind<>(
            "actor",
            "side",
            Story::actors,
            Actor::id,
            Actor::name,
            StoryChecks::actor,
            (story, entries, events, statements) ->
                    StoryChange.of(story, ListChange.none(), entries, ListChange.none(), events, statements),
            Event::actorIds,
            Event::withActorIds,
            (s, oldId, newId) -> {
                if (!s.actorId().equals(oldId)) {
                    return s;
                }
                return newId == null ? null : s.withActorId(newId);
            });

    public static final EntryKind<Topic> TOPICS = new EntryKind<>(
            "topic",
            "topic",
            Story::topics,
            Topic::id,
            Topic::label,
            StoryChecks::topic,
            (story, entries, events, statements) ->
                    StoryChange.of(story, ListChange.none(), ListChange.none(), entries, events, statements),
            Event::topicIds,
            Event::withTopicIds,
            (s, oldId, newId) -> {
                List<String> topics = replaced(s.topicIds(), oldId, newId);
                if (topics == s.topicIds()) {
                    return s;
                }
                return topics.isEmpty() ? null : s.withTopicIds(topics);
            });

    public static final EntryKind<Source> SOURCES = new EntryKind<>(
            "source",
            "source",
            Story::sources,
            Source::id,
            Source::title,
            StoryChecks::source,
            (story, entries, events, statements) ->
                    StoryChange.of(story, entries, ListChange.none(), ListChange.none(), events, statements),
            Event::sourceIds,
            Event::withSourceIds,
            (s, oldId, newId) -> Objects.equals(s.sourceId(), oldId) ? s.withSourceId(newId) : s);

    /** How a change to one kind's list, with the events and statements it touches, becomes a story change. */
    @FunctionalInterface
    private interface ChangeMaker<T> {
        StoryChange change(
                Story story, ListChange<T> entries, ListChange<Event> events, ListChange<Statement> statements);
    }

    /** How a statement refers to an entry of the kind: see {@link #inStatement}. */
    @FunctionalInterface
    private interface StatementReference {
        Statement replace(Statement statement, String oldId, String newId);
    }

    private final String formatName;
    private final String displayName;
    private final Function<Story, List<T>> list;
    private final Function<T, String> id;
    private final Function<T, String> name;
    private final Consumer<T> check;
    private final ChangeMaker<T> change;
    private final Function<Event, List<String>> eventIds;
    private final BiFunction<Event, List<String>, Event> withEventIds;
    private final StatementReference inStatement;

    private EntryKind(
            String formatName,
            String displayName,
            Function<Story, List<T>> list,
            Function<T, String> id,
            Function<T, String> name,
            Consumer<T> check,
            ChangeMaker<T> change,
            Function<Event, List<String>> eventIds,
            BiFunction<Event, List<String>, Event> withEventIds,
            StatementReference inStatement) {
        this.formatName = formatName;
        this.displayName = displayName;
        this.list = list;
        this.id = id;
        this.name = name;
        this.check = check;
        this.change = change;
        this.eventIds = eventIds;
        this.withEventIds = withEventIds;
        this.inStatement = inStatement;
    }

    /** The reader's word for the kind ("actor", "topic", "source"), as in its messages. */
    String formatName() {
        return formatName;
    }

    /** How a person names one: "side", "topic", "source". */
    public String displayName() {
        return displayName;
    }

    public List<T> list(Story story) {
        return list.apply(story);
    }

    public String id(T entry) {
        return id.apply(entry);
    }

    /** The entry's name, label or title. */
    public String name(T entry) {
        return name.apply(entry);
    }

    void check(T entry) {
        check.accept(entry);
    }

    StoryChange change(Story story, ListChange<T> entries, ListChange<Event> events, ListChange<Statement> statements) {
        return change.change(story, entries, events, statements);
    }

    /** The event with {@code oldId} replaced by {@code newId} (removed when null); the same event when unaffected. */
    Event inEvent(Event event, String oldId, String newId) {
        List<String> ids = eventIds.apply(event);
        List<String> now = replaced(ids, oldId, newId);
        return now == ids ? event : withEventIds.apply(event, now);
    }

    /**
     * The statement with {@code oldId} replaced by {@code newId} (removed when null); the same statement when
     * unaffected; {@code null} when it cannot stay without the entry (its only topic, its side).
     */
    Statement inStatement(Statement statement, String oldId, String newId) {
        return inStatement.replace(statement, oldId, newId);
    }

    static List<String> replaced(List<String> ids, String oldId, String newId) {
        if (!ids.contains(oldId)) {
            return ids;
        }
        List<String> result = new ArrayList<>(ids.size());
        for (String id : ids) {
            String now = id.equals(oldId) ? newId : id;
            if (now != null && !result.contains(now)) {
                result.add(now);
            }
        }
        return result;
    }
}
