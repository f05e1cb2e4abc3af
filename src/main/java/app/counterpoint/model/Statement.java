package app.counterpoint.model;

import java.util.List;
import java.util.Objects;

/**
 * What one side said about an event, on one or more topics.
 *
 * @param sourceId the source it is taken from, or {@code null}
 * @param date     when it was said, or {@code null} when the story does not say
 * @param excerpt  where its words stand in the source's text, or {@code null}
 * @param original the language it was said in and its words there, when {@code text} is a translation, or
 *                 {@code null}
 * @param extra    the fields of the file this version does not know, written back on saving
 */
public record Statement(
        String id,
        String eventId,
        String actorId,
        List<String> topicIds,
        String text,
        StatementKind kind,
        String sourceId,
        StoryDate date,
        Excerpt excerpt,
        OriginalWords original,
        ExtraFields extra) {

    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        topicIds = List.copyOf(topicIds);
        if (topicIds.isEmpty()) {
            throw new IllegalArgumentException("statement " + id + " has no topic");
        }
        extra = ExtraFields.orNone(extra);
    }

    /** A statement in the words it was said in. */
    public Statement(
            String id,
            String eventId,
            String actorId,
            List<String> topicIds,
            String text,
            StatementKind kind,
            String sourceId,
            StoryDate date,
            Excerpt excerpt,
            ExtraFields extra) {
        this(id, eventId, actorId, topicIds, text, kind, sourceId, date, excerpt, null, extra);
    }

    public Statement(
            String id,
            String eventId,
            String actorId,
            List<String> topicIds,
            String text,
            StatementKind kind,
            String sourceId,
            StoryDate date,
            Excerpt excerpt) {
        this(id, eventId, actorId, topicIds, text, kind, sourceId, date, excerpt, null, ExtraFields.NONE);
    }

    /** A statement without an excerpt. */
    public Statement(
            String id,
            String eventId,
            String actorId,
            List<String> topicIds,
            String text,
            StatementKind kind,
            String sourceId,
            StoryDate date) {
        this(id, eventId, actorId, topicIds, text, kind, sourceId, date, null, null, ExtraFields.NONE);
    }

    /** This statement about another event; everything else, unknown fields too, kept. */
    public Statement withEventId(String event) {
        return new Statement(id, event, actorId, topicIds, text, kind, sourceId, date, excerpt, original, extra);
    }

    /** This statement said by another side. */
    public Statement withActorId(String actor) {
        return new Statement(id, eventId, actor, topicIds, text, kind, sourceId, date, excerpt, original, extra);
    }

    /** This statement on other topics. */
    public Statement withTopicIds(List<String> topics) {
        return new Statement(id, eventId, actorId, topics, text, kind, sourceId, date, excerpt, original, extra);
    }

    /** This statement taken from another source, or from none ({@code null}). */
    public Statement withSourceId(String source) {
        return new Statement(id, eventId, actorId, topicIds, text, kind, source, date, excerpt, original, extra);
    }

    /** This statement in other words, said in another language or none ({@code null}); everything else kept. */
    public Statement withOriginal(OriginalWords words) {
        return new Statement(id, eventId, actorId, topicIds, text, kind, sourceId, date, excerpt, words, extra);
    }

    /** A quote whose words are a translation and whose original words the story does not have. */
    public boolean isTranslatedQuote() {
        return kind == StatementKind.QUOTE && original != null && !original.hasWords();
    }
}
