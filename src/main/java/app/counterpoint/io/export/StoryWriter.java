package app.counterpoint.io.export;

import app.counterpoint.io.json.ReadLimits;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Excerpt;
import app.counterpoint.model.ExtraFields;
import app.counterpoint.model.OriginalWords;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Topic;
import app.counterpoint.model.Tour;
import app.counterpoint.model.TourStep;
import app.counterpoint.model.TourStepType;
import app.counterpoint.model.TourZoom;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes stories as counterpoint/1 files: pretty-printed (or smaller, so that a story of the largest size Counterpoint
 * opens can be saved and opened again), fields always in the same order (the order of the format
 * guide), dates in ISO 8601 at their own precision, colours written out even where the reader chose them, and after
 * each object's known fields the fields it had that this version does not know, as they were. The file
 * is replaced atomically, so a failed save leaves the previous version intact.
 */
public final class StoryWriter {

    /** Reads back the kept JSON of fields this version does not know, to copy it into the file. */
    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * About the bytes a pretty-printed event or statement takes besides its title, summary or text (its id, dates,
     * references and indents): about 230 in the generated benchmark stories, more with sources and excerpts.
     */
    static final int PRETTY_BYTES_PER_ENTRY = 160;

    /** The same, one entry per line (no indents inside an entry): about 140 in the generated stories. */
    static final int LINE_BYTES_PER_ENTRY = 150;

    private final UnaryOperator<OutputStream> wrap;

    /**
     * The layout the last story this writer wrote fitted in, and its size: a writer kept for one story (the open
     * story's saves, its recovery writes) lays each write out in the right layout at once. Null before the first.
     */
    private volatile OpenableJson.Fitted lastFitted;

    /** The size every file written is kept within where it can be, so that a reader of the same limits opens it. */
    private final int limit;

    /**
     * The size a story that cannot be kept within {@link #limit} may take instead: the limit again, unless the files
     * written are remembered as the app's own ({@code OwnLargeFiles}) and so opened up to the highest limit.
     */
    private final int largerLimit;

    /** A writer of files that any Counterpoint opens again, at its default limit. */
    public StoryWriter() {
        this(ReadLimits.DEFAULT);
    }

    /**
     * A writer of files up to {@code limits}' size: what a window started with a raised limit saves, so that a story
     * it could open it can also save (and open again with the same limit).
     */
    public StoryWriter(ReadLimits limits) {
        this(limits, limits);
    }

    /**
     * A writer that keeps each file within {@code limits} when the story fits in it in some layout, and else writes
     * it up to {@code larger}: what a window saves when the large files it saves are remembered as its own.
     */
    public StoryWriter(ReadLimits limits, ReadLimits larger) {
        this(UnaryOperator.identity(), limits, larger);
    }

    /** For tests: a stream wrapper that can fail half-way through a write. */
    StoryWriter(UnaryOperator<OutputStream> wrap) {
        this(wrap, ReadLimits.DEFAULT, ReadLimits.DEFAULT);
    }

    private StoryWriter(UnaryOperator<OutputStream> wrap, ReadLimits limits, ReadLimits larger) {
        this.wrap = wrap;
        this.limit = limits.maxFileBytes();
        this.largerLimit = Math.max(limit, larger.maxFileBytes());
    }

    /** Saves the story over {@code target} atomically. */
    public void write(Story story, Path target) throws IOException {
        OpenableJson.Document document = laidOut(story);
        AtomicFile.write(target, document.array(), document.length(), wrap);
    }

    /**
     * The UTF-8 JSON of a story file, ending with a line break: pretty-printed when Counterpoint can open it so,
     * else in a smaller layout ({@link OpenableJson}).
     *
     * @throws IOException when the story is too large to be opened again in any layout
     */
    public byte[] toBytes(Story story) throws IOException {
        return laidOut(story).toByteArray();
    }

    private OpenableJson.Document laidOut(Story story) throws IOException {
        OpenableJson.Fitted guess = lastFitted;
        OpenableJson.Document document;
        if (guess != null && guess.size() > limit) {
            // the last write of this story needed the larger limit: start there
            document = OpenableJson.write(body(story), largerLimit, guess);
        } else {
            try {
                document = OpenableJson.write(body(story), limit, guess == null ? firstGuess(story, limit) : guess);
            } catch (FileNotWrittenException tooLarge) {
                if (largerLimit == limit) {
                    throw tooLarge;
                }
                document = OpenableJson.write(body(story), largerLimit, firstGuess(story, largerLimit));
            }
        }
        lastFitted = document.fitted();
        return document;
    }

    /**
     * Where the first write of a story starts: one entry per line when the story is likely too large to pretty-print
     * (its texts and about {@value #PRETTY_BYTES_PER_ENTRY} bytes an event or statement besides, over three quarters of
     * the limit), so that a big story's first recovery write is not pretty-printed to the limit in vain. Only where to
     * start: what is written is the same either way, a wrong guess costs one more write of the story.
     */
    static OpenableJson.Fitted firstGuess(Story story) {
        return firstGuess(story, ReadLimits.MAX_FILE_BYTES);
    }

    static OpenableJson.Fitted firstGuess(Story story, int limit) {
        long texts = 0;
        for (Event event : story.events()) {
            texts += event.title().length()
                    + (event.summary() == null ? 0 : event.summary().length());
        }
        for (Statement statement : story.statements()) {
            texts += statement.text().length();
        }
        long entries = (long) story.events().size() + story.statements().size();
        long pretty = texts + entries * PRETTY_BYTES_PER_ENTRY;
        if (pretty < limit * 3L / 4) {
            return null;
        }
        return new OpenableJson.Fitted(
                OpenableJson.Layout.ENTRY_PER_LINE, (int) Math.min(limit, texts + entries * LINE_BYTES_PER_ENTRY));
    }

    static OpenableJson.JsonBody body(Story story) {
        return json -> {
            json.writeStartObject();
            json.writeStringField("format", Story.FORMAT);
            json.writeStringField("title", story.title());
            optional(json, "description", story.description());
            json.writeArrayFieldStart("sources");
            for (Source source : story.sources()) {
                source(json, source);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("actors");
            for (Actor actor : story.actors()) {
                json.writeStartObject();
                json.writeStringField("id", actor.id());
                json.writeStringField("name", actor.name());
                json.writeStringField("color", actor.color());
                extra(json, actor.extra());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("topics");
            for (Topic topic : story.topics()) {
                json.writeStartObject();
                json.writeStringField("id", topic.id());
                json.writeStringField("label", topic.label());
                json.writeStringField("color", topic.color());
                extra(json, topic.extra());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("events");
            for (Event event : story.events()) {
                event(json, event);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("statements");
            for (Statement statement : story.statements()) {
                statement(json, statement);
            }
            json.writeEndArray();
            if (!story.tours().isEmpty()) {
                json.writeArrayFieldStart("tours");
                for (Tour tour : story.tours()) {
                    tour(json, tour);
                }
                json.writeEndArray();
            }
            extra(json, story.extra());
            json.writeEndObject();
        };
    }

    private static void source(JsonGenerator json, Source source) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", source.id());
        json.writeStringField("title", source.title());
        optional(json, "publisher", source.publisher());
        optional(json, "author", source.author());
        optional(json, "date", source.date());
        optional(json, "url", source.url());
        optional(json, "published", source.published());
        // a text read from a file stays in its file: the story names the file again
        if (source.textFile() != null) {
            json.writeStringField("textFile", source.textFile());
        } else {
            optional(json, "text", source.text());
        }
        extra(json, source.extra());
        json.writeEndObject();
    }

    private static void event(JsonGenerator json, Event event) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", event.id());
        json.writeStringField("title", event.title());
        json.writeStringField("start", event.start().toIsoString());
        optional(json, "end", event.end());
        optional(json, "summary", event.summary());
        ids(json, "topics", event.topicIds());
        if (!event.actorIds().isEmpty()) {
            ids(json, "actors", event.actorIds());
        }
        if (!event.sourceIds().isEmpty()) {
            ids(json, "sources", event.sourceIds());
        }
        extra(json, event.extra());
        json.writeEndObject();
    }

    private static void statement(JsonGenerator json, Statement statement) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", statement.id());
        json.writeStringField("event", statement.eventId());
        json.writeStringField("actor", statement.actorId());
        ids(json, "topics", statement.topicIds());
        json.writeStringField("text", statement.text());
        json.writeStringField("kind", statement.kind().jsonName());
        optional(json, "source", statement.sourceId());
        optional(json, "date", statement.date());
        Excerpt excerpt = statement.excerpt();
        if (excerpt != null) {
            json.writeObjectFieldStart("excerpt");
            json.writeStringField("exact", excerpt.exact());
            optional(json, "prefix", excerpt.prefix());
            optional(json, "suffix", excerpt.suffix());
            extra(json, excerpt.extra());
            json.writeEndObject();
        }
        OriginalWords original = statement.original();
        if (original != null) {
            json.writeStringField("lang", original.lang());
            optional(json, "original", original.words());
        }
        extra(json, statement.extra());
        json.writeEndObject();
    }

    /** The fields the story read but this version does not know, after the known ones, as they were. */
    private static void extra(JsonGenerator json, ExtraFields extra) throws IOException {
        for (ExtraFields.Field field : extra.fields()) {
            json.writeFieldName(field.name());
            try (JsonParser value = FACTORY.createParser(field.json())) {
                copy(value, json);
            }
        }
    }

    /** Copies one JSON value token by token; numbers as their digits, so no precision is lost on the way. */
    private static void copy(JsonParser in, JsonGenerator out) throws IOException {
        int depth = 0;
        do {
            JsonToken token = in.nextToken();
            if (token == null) {
                throw new IOException("a kept field's JSON ended early");
            }
            switch (token) {
                case START_OBJECT -> {
                    out.writeStartObject();
                    depth++;
                }
                case START_ARRAY -> {
                    out.writeStartArray();
                    depth++;
                }
                case END_OBJECT -> {
                    out.writeEndObject();
                    depth--;
                }
                case END_ARRAY -> {
                    out.writeEndArray();
                    depth--;
                }
                case FIELD_NAME -> out.writeFieldName(in.currentName());
                case VALUE_STRING -> out.writeString(in.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.writeNumber(in.getText());
                case VALUE_TRUE -> out.writeBoolean(true);
                case VALUE_FALSE -> out.writeBoolean(false);
                case VALUE_NULL -> out.writeNull();
                default -> throw new IOException("unexpected " + token + " in a kept field's JSON");
            }
        } while (depth > 0);
    }

    private static void tour(JsonGenerator json, Tour tour) throws IOException {
        json.writeStartObject();
        json.writeStringField("title", tour.title());
        json.writeArrayFieldStart("steps");
        for (TourStep step : tour.steps()) {
            json.writeStartObject();
            json.writeStringField("event", step.eventId());
            optional(json, "topic", step.topicId());
            optional(json, "statement", step.statementId());
            TourZoom zoom = step.zoom();
            if (zoom.mode() == TourZoom.Mode.RANGE) {
                json.writeObjectFieldStart("zoom");
                json.writeStringField("start", zoom.start().toIsoString());
                json.writeStringField("end", zoom.end().toIsoString());
                extra(json, zoom.extra());
                json.writeEndObject();
            } else {
                json.writeStringField("zoom", zoom.mode().jsonName());
            }
            optional(json, "caption", step.caption());
            optional(json, "notes", step.notes());
            if (step.type() != TourStepType.SHOW) {
                json.writeStringField("type", step.type().jsonName());
            }
            extra(json, step.extra());
            json.writeEndObject();
        }
        json.writeEndArray();
        extra(json, tour.extra());
        json.writeEndObject();
    }

    private static void ids(JsonGenerator json, String name, List<String> ids) throws IOException {
        json.writeArrayFieldStart(name);
        for (String id : ids) {
            json.writeString(id);
        }
        json.writeEndArray();
    }

    private static void optional(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }

    private static void optional(JsonGenerator json, String name, StoryDate value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value.toIsoString());
        }
    }
}
