package app.counterpoint.io.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every field the decoder reads, by the kind of object it belongs to, named as the JSON Schema's definitions
 * ({@code resources/counterpoint-story.schema.json}) name them. {@code StorySchemaAgreementTest} fails when this list
 * and the schema's properties differ, or when the decoder reads a field that is not listed here: a field added to the
 * format is added here, to the schema, to {@code docs/story-format.md} and to a test story in the same change.
 */
public final class StoryFields {

    /** The top level of a story file. */
    public static final List<String> STORY =
            List.of("format", "title", "description", "sources", "actors", "topics", "events", "statements", "tours");

    public static final List<String> SOURCE =
            List.of("id", "title", "publisher", "author", "date", "url", "text", "textFile", "published");
    public static final List<String> ACTOR = List.of("id", "name", "color");
    public static final List<String> TOPIC = List.of("id", "label", "color");
    public static final List<String> EVENT =
            List.of("id", "title", "start", "end", "summary", "topics", "actors", "sources");
    public static final List<String> STATEMENT =
            List.of("id", "event", "actor", "topics", "text", "kind", "source", "date", "excerpt", "lang", "original");
    /** A statement's excerpt: a W3C TextQuoteSelector. */
    public static final List<String> EXCERPT = List.of("exact", "prefix", "suffix");
    /** A lesson: a title and ordered steps. */
    public static final List<String> TOUR = List.of("title", "steps");

    public static final List<String> TOUR_STEP =
            List.of("event", "topic", "statement", "zoom", "caption", "notes", "type");
    /** A step's zoom when it is a stretch of time rather than "fit" or "event". */
    public static final List<String> ZOOM_RANGE = List.of("start", "end");

    /** The same lists as arrays, for the decoder's scan for fields it does not know (see NodeFields.extra). */
    static final String[] STORY_ARRAY = STORY.toArray(new String[0]);

    static final String[] SOURCE_ARRAY = SOURCE.toArray(new String[0]);
    static final String[] ACTOR_ARRAY = ACTOR.toArray(new String[0]);
    static final String[] TOPIC_ARRAY = TOPIC.toArray(new String[0]);
    static final String[] EVENT_ARRAY = EVENT.toArray(new String[0]);
    static final String[] STATEMENT_ARRAY = STATEMENT.toArray(new String[0]);
    static final String[] EXCERPT_ARRAY = EXCERPT.toArray(new String[0]);
    static final String[] TOUR_ARRAY = TOUR.toArray(new String[0]);
    static final String[] TOUR_STEP_ARRAY = TOUR_STEP.toArray(new String[0]);
    static final String[] ZOOM_RANGE_ARRAY = ZOOM_RANGE.toArray(new String[0]);

    private StoryFields() {}

    /** Each kind's fields, the top level as {@code "story"} and the others by their schema definition's name. */
    public static Map<String, List<String>> byKind() {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        kinds.put("story", STORY);
        kinds.put("source", SOURCE);
        kinds.put("actor", ACTOR);
        kinds.put("topic", TOPIC);
        kinds.put("event", EVENT);
        kinds.put("statement", STATEMENT);
        kinds.put("excerpt", EXCERPT);
        kinds.put("tour", TOUR);
        kinds.put("tourStep", TOUR_STEP);
        kinds.put("zoomRange", ZOOM_RANGE);
        return kinds;
    }
}
