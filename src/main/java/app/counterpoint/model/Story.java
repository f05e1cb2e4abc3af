package app.counterpoint.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole story file: its sides, topics, events and what each side said, and its tours. Lists keep the file's order;
 * the reader guarantees that every id is unique per kind and every reference resolves, the tours' references too.
 * {@code extra} holds the top-level fields this version does not know, written back on saving.
 */
public record Story(
        String title,
        String description,
        List<Source> sources,
        List<Actor> actors,
        List<Topic> topics,
        List<Event> events,
        List<Statement> statements,
        List<Tour> tours,
        ExtraFields extra) {

    /** The format name written in the {@code format} field of every version-1 story file. */
    public static final String FORMAT = "counterpoint/1";

    public Story {
        Objects.requireNonNull(title, "title");
        sources = List.copyOf(sources);
        actors = List.copyOf(actors);
        topics = List.copyOf(topics);
        events = List.copyOf(events);
        statements = List.copyOf(statements);
        tours = tours == null ? List.of() : List.copyOf(tours);
        extra = ExtraFields.orNone(extra);
    }

    /** A story without tours and without fields this version does not know. */
    public Story(
            String title,
            String description,
            List<Source> sources,
            List<Actor> actors,
            List<Topic> topics,
            List<Event> events,
            List<Statement> statements) {
        this(title, description, sources, actors, topics, events, statements, List.of(), ExtraFields.NONE);
    }

    /** The same story with other tours. */
    public Story withTours(List<Tour> newTours) {
        return new Story(title, description, sources, actors, topics, events, statements, newTours, extra);
    }

    public Optional<Actor> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Event> event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<Statement> statement(String id) {
        return statements.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
