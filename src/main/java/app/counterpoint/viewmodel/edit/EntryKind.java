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

/**
 * One of the story's lists of named entries the other items refer to by id: its sides, topics or sources. Says how
 * an event and a statement refer to an entry, so that renaming an id or deleting an entry can carry the change into
 * every reference ({@link EntryEdits}).
 *
 * @param <T> the kind of entry
 */
public abstract sealed class EntryKind<T> permits EntryKind.Sides, EntryKind.Topics, EntryKind.Sources {

    public static final EntryKind<Actor> SIDES = new Sides();
    public static final EntryKind<Topic> TOPICS = new Topics();
    public static final EntryKind<Source> SOURCES = new Sources();

    /** The reader's word for the kind ("actor", "topic", "source"), as in its messages. */
    abstract String formatName();

    /** How a person names one: "side", "topic", "source". */
    public abstract String displayName();

    public abstract List<T> list(Story story);

    public abstract String id(T entry);

    /** The entry's name, label or title. */
    public abstract String name(T entry);

    abstract void check(T entry);

    abstract StoryChange change(
            Story story, ListChange<T> entries, ListChange<Event> events, ListChange<Statement> statements);

    /** The event with {@code oldId} replaced by {@code newId} (removed when null); the same event when unaffected. */
    abstract Event inEvent(Event event, String oldId, String newId);

    /**
     * The statement with {@code oldId} replaced by {@code newId} (removed when null); the same statement when
     * unaffected; {@code null} when it cannot stay without the entry (its only topic, its side).
     */
    abstract Statement inStatement(Statement statement, String oldId, String newId);

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

    static final class Sides extends EntryKind<Actor> {
        @Override
        String formatName() {
            return "actor";
        }

        @Override
        public String displayName() {
            return "side";
        }

        @Override
        public List<Actor> list(Story story) {
            return story.actors();
        }

        @Override
        public String id(Actor entry) {
            return entry.id();
        }

        @Override
        public String name(Actor entry) {
            return entry.name();
        }

        @Override
        void check(Actor entry) {
            StoryChecks.actor(entry);
        }

        @Override
        StoryChange change(
                Story story, ListChange<Actor> entries, ListChange<Event> events, ListChange<Statement> statements) {
            return StoryChange.of(story, ListChange.none(), entries, ListChange.none(), events, statements);
        }

        @Override
        Event inEvent(Event e, String oldId, String newId) {
            List<String> actors = replaced(e.actorIds(), oldId, newId);
            return actors == e.actorIds() ? e : e.withActorIds(actors);
        }

        @Override
        Statement inStatement(Statement s, String oldId, String newId) {
            if (!s.actorId().equals(oldId)) {
                return s;
            }
            return newId == null ? null : s.withActorId(newId);
        }
    }

    static final class Topics extends EntryKind<Topic> {
        @Override
        String formatName() {
            return "topic";
        }

        @Override
        public String displayName() {
            return "topic";
        }

        @Override
        public List<Topic> list(Story story) {
            return story.topics();
        }

        @Override
        public String id(Topic entry) {
            return entry.id();
        }

        @Override
        public String name(Topic entry) {
            return entry.label();
        }

        @Override
        void check(Topic entry) {
            StoryChecks.topic(entry);
        }

        @Override
        StoryChange change(
                Story story, ListChange<Topic> entries, ListChange<Event> events, ListChange<Statement> statements) {
            return StoryChange.of(story, ListChange.none(), ListChange.none(), entries, events, statements);
        }

        @Override
        Event inEvent(Event e, String oldId, String newId) {
            List<String> topics = replaced(e.topicIds(), oldId, newId);
            return topics == e.topicIds() ? e : e.withTopicIds(topics);
        }

        @Override
        Statement inStatement(Statement s, String oldId, String newId) {
            List<String> topics = replaced(s.topicIds(), oldId, newId);
            if (topics == s.topicIds()) {
                return s;
            }
            return topics.isEmpty() ? null : s.withTopicIds(topics);
        }
    }

    static final class Sources extends EntryKind<Source> {
        @Override
        String formatName() {
            return "source";
        }

        @Override
        public String displayName() {
            return "source";
        }

        @Override
        public List<Source> list(Story story) {
            return story.sources();
        }

        @Override
        public String id(Source entry) {
            return entry.id();
        }

        @Override
        public String name(Source entry) {
            return entry.title();
        }

        @Override
        void check(Source entry) {
            StoryChecks.source(entry);
        }

        @Override
        StoryChange change(
                Story story, ListChange<Source> entries, ListChange<Event> events, ListChange<Statement> statements) {
            return StoryChange.of(story, entries, ListChange.none(), ListChange.none(), events, statements);
        }

        @Override
        Event inEvent(Event e, String oldId, String newId) {
            List<String> sources = replaced(e.sourceIds(), oldId, newId);
            return sources == e.sourceIds() ? e : e.withSourceIds(sources);
        }

        @Override
        Statement inStatement(Statement s, String oldId, String newId) {
            if (!Objects.equals(s.sourceId(), oldId)) {
                return s;
            }
            return s.withSourceId(newId);
        }
    }
}
