package app.counterpoint.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole story file: its sides, topics, events and what each side said. Lists keep the file's order; the reader
 * guarantees that every id is unique per kind and every reference resolves. {@code extra} holds the top-level fields
 * this version does not know, written back on saving.
 */
public record Story(
        String title,
        String description,
        List<Source> sources,
        List<Actor> actors,
        List<Topic> topics,
        List<Event> events,
        List<Statement> statements,
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
        extra = ExtraFields.orNone(extra);
    }

    public Story(
            String title,
            String description,
            List<Source> sources,
            List<Actor> actors,
            List<Topic> topics,
            List<Event> events,
            List<Statement> statements) {
        this(title, description, sources, actors, topics, events, statements, ExtraFields.NONE);
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
}
