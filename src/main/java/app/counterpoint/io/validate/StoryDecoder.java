package app.counterpoint.io.validate;

import app.counterpoint.io.json.JsonValueNode;
import app.counterpoint.io.problem.Problems;
import app.counterpoint.model.Actor;
import app.counterpoint.model.ColorPalette;
import app.counterpoint.model.Event;
import app.counterpoint.model.Excerpt;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Topic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Decodes a parsed story file into the model, checking it against the counterpoint/1 format as it goes. It goes on
 * after each problem so a teacher sees every mistake at once; the story is only returned when there is none. Unknown
 * fields are not checked, so that files written by later versions still open, and are kept in each object's
 * {@link app.counterpoint.model.ExtraFields} so that saving writes them back.
 */
public final class StoryDecoder {

    private final Problems problems;
    private final NodeFields fields;
    private final IdIndex sourceIds;
    private final IdIndex actorIds;
    private final IdIndex topicIds;
    private final IdIndex eventIds;
    private final IdIndex statementIds;
    private final SourceTextFields sourceTextFields;
    private final ExcerptChecks excerpts;
    /** The texts of the sources that carry one, by id; empty for most stories, which then skip every check. */
    private final Map<String, String> sourceTexts = new HashMap<>();

    private StoryDecoder(Problems problems, Path folder) {
        this.problems = problems;
        this.fields = new NodeFields(problems);
        this.sourceIds = new IdIndex("source", problems);
        this.actorIds = new IdIndex("actor", problems);
        this.topicIds = new IdIndex("topic", problems);
        this.eventIds = new IdIndex("event", problems);
        this.statementIds = new IdIndex("statement", problems);
        this.sourceTextFields = new SourceTextFields(fields, problems, folder);
        this.excerpts = new ExcerptChecks(fields, problems);
    }

    /** The story, or {@code null} when any problem was added. */
    public static Story decode(JsonValueNode root, Problems problems) {
        return decode(root, problems, null);
    }

    /**
     * The story, or {@code null} when any problem was added.
     *
     * @param folder the story file's folder, where sources' {@code textFile}s are read; {@code null} when the story
     *               was not read from a file
     */
    public static Story decode(JsonValueNode root, Problems problems, Path folder) {
        return new StoryDecoder(problems, folder).story(root);
    }

    private Story story(JsonValueNode root) {
        if (!root.isObject()) {
            problems.add(
                    root, "a story file must contain one JSON object { … } but this one contains " + root.describe());
            return null;
        }
        checkFormat(root);
        String title = fields.requiredText(root, "", "title");
        String description = fields.optionalText(root, "", "description");
        List<Source> sources = sources(entries(root, "sources", false));
        List<JsonValueNode> actorEntries = entries(root, "actors", true);
        if (actorEntries != null && actorEntries.isEmpty()) {
            problems.add(root.get("actors"), "actors: " + FieldRules.storyActors(0));
        }
        List<Actor> actors = actors(actorEntries);
        List<Topic> topics = topics(entries(root, "topics", false));
        List<Event> events = events(entries(root, "events", false));
        List<Statement> statements = statements(entries(root, "statements", false));
        excerpts.check(sourceTexts);
        if (!problems.isEmpty()) {
            return null;
        }
        return new Story(
                title,
                description,
                sources,
                actors,
                topics,
                events,
                statements,
                NodeFields.extra(root, StoryFields.STORY_ARRAY));
    }

    private void checkFormat(JsonValueNode root) {
        JsonValueNode format = root.get("format");
        if (format == null) {
            problems.add(root, "the required field 'format' is missing; add \"format\": \"" + Story.FORMAT + "\"");
        } else if (!format.isString() || !Story.FORMAT.equals(format.text())) {
            problems.add(
                    format,
                    "format: expected \"" + Story.FORMAT + "\" but found " + format.describe()
                            + (format.isString() ? "; this version of Counterpoint reads only " + Story.FORMAT : ""));
        }
    }

    /** The objects of a top-level list; {@code null} when a required list is missing or the field is no list. */
    private List<JsonValueNode> entries(JsonValueNode root, String name, boolean required) {
        JsonValueNode list = root.get(name);
        if (list == null || (!required && list.isNull())) {
            if (required) {
                fields.missing(root, "", name);
                return null;
            }
            return List.of();
        }
        if (!list.isArray()) {
            fields.wrongType(list, name, "a list [ … ] of objects");
            return null;
        }
        return list.elements();
    }

    private boolean isObject(JsonValueNode entry, String path) {
        if (!entry.isObject()) {
            fields.wrongType(entry, path, "an object { … }");
            return false;
        }
        return true;
    }

    private JsonValueNode id(JsonValueNode entry, String path, IdIndex index) {
        JsonValueNode id = fields.requiredTextNode(entry, path, "id");
        if (id != null) {
            index.register(id, path);
        }
        return id;
    }

    /**
     * Reads one entry of a top-level list, already known to be an object with its id registered. It checks every
     * field, adding a problem for each mistake, and returns how to build the item: called only when the entry added
     * no problem, so the builder may rely on every field it read.
     */
    private interface EntryReader<T> {
        Supplier<T> read(JsonValueNode entry, String path, JsonValueNode id);
    }

    /**
     * The items of one top-level list ({@code "sources"}, {@code "actors"}, …): each entry is checked in full, so
     * every mistake is reported, and becomes an item only when it had none.
     */
    private <T> List<T> decodeEach(List<JsonValueNode> entries, String list, IdIndex ids, EntryReader<T> reader) {
        List<T> result = new ArrayList<>();
        ids.expect(entries == null ? 0 : entries.size());
        for (int i = 0; entries != null && i < entries.size(); i++) {
            String path = list + "[" + i + "]";
            JsonValueNode entry = entries.get(i);
            int before = problems.count();
            if (!isObject(entry, path)) {
                continue;
            }
            Supplier<T> item = reader.read(entry, path, id(entry, path, ids));
            if (problems.count() == before) {
                result.add(item.get());
            }
        }
        return result;
    }

    private List<Source> sources(List<JsonValueNode> entries) {
        return decodeEach(entries, "sources", sourceIds, (entry, path, id) -> {
            String title = fields.requiredText(entry, path, "title");
            String publisher = fields.optionalText(entry, path, "publisher");
            String author = fields.optionalText(entry, path, "author");
            StoryDate date = fields.date(entry, path, "date", false);
            String url = fields.webAddress(entry, path, "url");
            SourceTextFields.SourceText own = sourceTextFields.read(entry, path);
            return () -> {
                if (own.text() != null) {
                    sourceTexts.put(id.text(), own.text());
                }
                return new Source(
                        id.text(),
                        title,
                        publisher,
                        author,
                        date,
                        url,
                        own.text(),
                        own.textFile(),
                        own.published(),
                        NodeFields.extra(entry, StoryFields.SOURCE_ARRAY));
            };
        });
    }

    private List<Actor> actors(List<JsonValueNode> entries) {
        ColourGiver colours = new ColourGiver();
        return decodeEach(entries, "actors", actorIds, (entry, path, id) -> {
            String name = fields.requiredText(entry, path, "name");
            String color = colours.colourOf(entry, path);
            return () -> new Actor(id.text(), name, color, NodeFields.extra(entry, StoryFields.ACTOR_ARRAY));
        });
    }

    private List<Topic> topics(List<JsonValueNode> entries) {
        ColourGiver colours = new ColourGiver();
        return decodeEach(entries, "topics", topicIds, (entry, path, id) -> {
            String label = fields.requiredText(entry, path, "label");
            String color = colours.colourOf(entry, path);
            return () -> new Topic(id.text(), label, color, NodeFields.extra(entry, StoryFields.TOPIC_ARRAY));
        });
    }

    /** An entry's colour: the one it gives, or else the palette's next, so that sides and topics stay apart. */
    private final class ColourGiver {
        private int uncoloured;

        String colourOf(JsonValueNode entry, String path) {
            String color = fields.color(entry, path, "color");
            if (color == null && isAbsent(entry.get("color"))) {
                color = ColorPalette.colorFor(uncoloured++);
            }
            return color;
        }
    }

    private static boolean isAbsent(JsonValueNode value) {
        return value == null || value.isNull();
    }

    private List<Event> events(List<JsonValueNode> entries) {
        return decodeEach(entries, "events", eventIds, (entry, path, id) -> {
            String title = fields.requiredText(entry, path, "title");
            StoryDate start = fields.date(entry, path, "start", true);
            StoryDate end = fields.date(entry, path, "end", false);
            String endProblem = FieldRules.endNotBeforeStart(start, end);
            if (endProblem != null) {
                problems.add(entry.get("end"), path + ".end: " + endProblem);
            }
            String summary = fields.optionalText(entry, path, "summary");
            List<String> topics = references(entry, path, "topics", true, topicIds);
            List<String> actors = references(entry, path, "actors", false, actorIds);
            List<String> sources = references(entry, path, "sources", false, sourceIds);
            return () -> new Event(
                    id.text(),
                    title,
                    start,
                    end,
                    summary,
                    topics,
                    actors,
                    sources,
                    NodeFields.extra(entry, StoryFields.EVENT_ARRAY));
        });
    }

    private List<Statement> statements(List<JsonValueNode> entries) {
        return decodeEach(entries, "statements", statementIds, (entry, path, id) -> {
            String event = reference(entry, path, "event", true, eventIds);
            String actor = reference(entry, path, "actor", true, actorIds);
            List<String> topics = references(entry, path, "topics", true, topicIds);
            if (topics != null && entry.get("topics").elements().isEmpty()) {
                problems.add(entry.get("topics"), path + ".topics: " + FieldRules.statementTopics(0));
            }
            String text = fields.requiredText(entry, path, "text");
            StatementKind kind = kind(entry, path);
            String source = reference(entry, path, "source", false, sourceIds);
            StoryDate date = fields.date(entry, path, "date", false);
            Excerpt excerpt = excerpts.read(entry, path);
            return () -> {
                excerpts.expect(
                        path,
                        entry,
                        excerpt,
                        text,
                        kind,
                        source,
                        !sourceTexts.isEmpty() && sourceTexts.containsKey(source));
                return new Statement(
                        id.text(),
                        event,
                        actor,
                        topics,
                        text,
                        kind,
                        source,
                        date,
                        excerpt,
                        NodeFields.extra(entry, StoryFields.STATEMENT_ARRAY));
            };
        });
    }

    private StatementKind kind(JsonValueNode entry, String path) {
        JsonValueNode value = fields.requiredTextNode(entry, path, "kind");
        if (value == null) {
            return null;
        }
        StatementKind kind = StatementKind.fromJsonName(value.text());
        if (kind == null) {
            problems.add(value, path + ".kind: " + FieldRules.kind(value.text(), value.describe()));
        }
        return kind;
    }

    private String reference(JsonValueNode entry, String path, String name, boolean required, IdIndex index) {
        JsonValueNode value =
                required ? fields.requiredTextNode(entry, path, name) : fields.optionalTextNode(entry, path, name);
        if (value == null) {
            return null;
        }
        return index.checkReference(value, path, name, -1);
    }

    private List<String> references(JsonValueNode entry, String path, String name, boolean required, IdIndex index) {
        List<JsonValueNode> values = fields.textList(entry, path, name, required);
        if (values == null) {
            return null;
        }
        List<String> ids = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            JsonValueNode value = values.get(i);
            if (value == null) {
                continue;
            }
            ids.add(index.checkReference(value, path, name, i));
        }
        return ids;
    }
}
