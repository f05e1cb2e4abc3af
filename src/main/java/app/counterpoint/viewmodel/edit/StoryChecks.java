package app.counterpoint.viewmodel.edit;

import app.counterpoint.io.validate.FieldRules;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Excerpt;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.text.PassageFinder;
import java.util.List;
import java.util.Optional;

/**
 * What an edited item must keep so that the story still passes {@code check}: the reader's field rules
 * ({@link FieldRules}) and its rules across items (ids unique per kind, every reference naming an existing item).
 * Each check throws an {@link InvalidEditException} with the reader's words for the first thing wrong.
 */
final class StoryChecks {

    private StoryChecks() {}

    static void require(String field, String problem) {
        if (problem != null) {
            throw new InvalidEditException(field + ": " + problem);
        }
    }

    static void event(Story story, Event event) {
        require("Title", FieldRules.requiredText(event.title()));
        require("Id", FieldRules.requiredText(event.id()));
        require("End", FieldRules.endNotBeforeStart(event.start(), event.end()));
        for (String t : event.topicIds()) {
            require(
                    "Topics",
                    references(
                            "topic", t, story.topics().stream().map(Topic::id).toList()));
        }
        for (String a : event.actorIds()) {
            require(
                    "Sides",
                    references(
                            "actor", a, story.actors().stream().map(Actor::id).toList()));
        }
        for (String s : event.sourceIds()) {
            require(
                    "Sources",
                    references(
                            "source",
                            s,
                            story.sources().stream().map(Source::id).toList()));
        }
    }

    static void statement(Story story, Statement statement) {
        require("Text", FieldRules.requiredText(statement.text()));
        require("Id", FieldRules.requiredText(statement.id()));
        require("Topics", FieldRules.statementTopics(statement.topicIds().size()));
        if (story.events().stream().noneMatch(e -> e.id().equals(statement.eventId()))) {
            require("Event", FieldRules.unknownReference("event", statement.eventId(), ""));
        }
        require(
                "Side",
                references(
                        "actor",
                        statement.actorId(),
                        story.actors().stream().map(Actor::id).toList()));
        for (String t : statement.topicIds()) {
            require(
                    "Topics",
                    references(
                            "topic", t, story.topics().stream().map(Topic::id).toList()));
        }
        Optional<Source> source = Optional.empty();
        if (statement.sourceId() != null) {
            require(
                    "Source",
                    references(
                            "source",
                            statement.sourceId(),
                            story.sources().stream().map(Source::id).toList()));
            source = story.source(statement.sourceId());
        }
        Excerpt excerpt = statement.excerpt();
        if (excerpt != null && source.isPresent() && source.get().hasText()) {
            require(
                    "Excerpt",
                    FieldRules.excerptInSource(
                            excerpt,
                            source.get().id(),
                            new PassageFinder(source.get().text())));
        }
    }

    static void actor(Actor actor) {
        require("Id", FieldRules.requiredText(actor.id()));
        require("Name", FieldRules.requiredText(actor.name()));
        require("Colour", FieldRules.color(actor.color()));
    }

    static void topic(Topic topic) {
        require("Id", FieldRules.requiredText(topic.id()));
        require("Label", FieldRules.requiredText(topic.label()));
        require("Colour", FieldRules.color(topic.color()));
    }

    static void source(Source source) {
        require("Id", FieldRules.requiredText(source.id()));
        require("Title", FieldRules.requiredText(source.title()));
        if (source.url() != null) {
            require("Link", FieldRules.webAddress(source.url()));
        }
    }

    /** The reader's message for a reference to an id the story lacks; {@code null} when it has it. */
    private static String references(String kind, String id, List<String> known) {
        return known.contains(id)
                ? null
                : FieldRules.unknownReference(kind, id, "(known: " + String.join(", ", known) + ")");
    }

    static void uniqueId(String kind, String id, boolean taken) {
        if (taken) {
            throw new InvalidEditException("Id: " + FieldRules.duplicateId(kind, id, ""));
        }
    }
}
