package app.counterpoint.io.validate;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.json.JsonValueNode;
import app.counterpoint.io.json.LocatedJsonParser;
import app.counterpoint.io.json.StreamPlan;
import app.counterpoint.io.problem.Problems;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Excerpt;
import app.counterpoint.model.OriginalWords;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Topic;
import app.counterpoint.model.Tour;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decodes a story file into the model, checking it against the counterpoint/1 format as it goes. It goes on after
 * each problem so a teacher sees every mistake at once; the story is only returned when there is none. Unknown
 * fields are not checked, so that files written by later versions still open, and are kept in each object's
 * {@link app.counterpoint.model.ExtraFields} so that saving writes them back (the parser keeps each as compact JSON
 * text, see {@link StreamPlan}).
 *
 * <p>The lists are decoded entry by entry while the file is parsed ({@link StreamPlan}), so the located tree of a
 * large story is never held whole beside its records. A reference to a kind whose list is still to come in the file
 * is checked once the whole file is read; so is everything about the root object.
 */
public final class StoryDecoder {

    /** What the decoder reads: the root's fields, and each list's entries with their fields. */
    static final StreamPlan PLAN = new StreamPlan(
            Set.copyOf(StoryFields.STORY),
            Map.of(
                    "sources", Set.copyOf(StoryFields.SOURCE),
                    "actors", Set.copyOf(StoryFields.ACTOR),
                    "topics", Set.copyOf(StoryFields.TOPIC),
                    "events", Set.copyOf(StoryFields.EVENT),
                    "statements", Set.copyOf(StoryFields.STATEMENT)),
            Map.of("excerpt", Set.copyOf(StoryFields.EXCERPT)));

    private final Problems problems;
    private final NodeFields fields;
    private final IdIndex sourceIds;
    private final IdIndex actorIds;
    private final IdIndex topicIds;
    private final IdIndex eventIds;
    private final IdIndex statementIds;
    private final SourceTextFields sourceTextFields;
    private final ExcerptChecks excerpts;
    private final OriginalWordsReader originals;
    /** The entries' lists of topics, sides and sources, shared where equal. */
    private final SharedIdLists idLists = new SharedIdLists();
    /** The texts of the sources that carry one, by id; empty for most stories, which then skip every check. */
    private final Map<String, String> sourceTexts = new HashMap<>();

    private final List<Source> sources = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private final List<Topic> topics = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();
    private int actorEntries;
    private final ColouredEntries<Actor> actorReader;
    private final ColouredEntries<Topic> topicReader;
    /** The list whose entries came last: once another one's come, its ids are all known. */
    private String currentList;

    private StoryDecoder(Problems problems, Path folder) {
        this.problems = problems;
        this.fields = new NodeFields(problems);
        this.actorReader = new ColouredEntries<>(fields, "name", StoryFields.ACTOR_ARRAY, Actor::new, actors);
        this.topicReader = new ColouredEntries<>(fields, "label", StoryFields.TOPIC_ARRAY, Topic::new, topics);
        this.sourceIds = new IdIndex("source", problems);
        this.actorIds = new IdIndex("actor", problems);
        this.topicIds = new IdIndex("topic", problems);
        this.eventIds = new IdIndex("event", problems);
        this.statementIds = new IdIndex("statement", problems);
        this.sourceTextFields = new SourceTextFields(fields, problems, folder);
        this.excerpts = new ExcerptChecks(fields, problems);
        this.originals = new OriginalWordsReader(fields, problems);
    }

    /**
     * Parses and decodes a story file's JSON text.
     *
     * @param problems receives every problem; the story is {@code null} when there is any
     * @param folder   the story file's folder, where sources' {@code textFile}s are read; {@code null} when the story
     *                 was not read from a file
     */
    public static Story read(byte[] utf8, int offset, Problems problems, Path folder) {
        // the entries' problems are kept apart until the whole text parses: a file with a syntax error gets that one
        Problems found = problems.sibling();
        StoryDecoder decoder = new StoryDecoder(found, folder);
        JsonValueNode root =
                LocatedJsonParser.parse(utf8, offset, utf8.length - offset, problems, PLAN, decoder::entry);
        if (root == null) {
            return null;
        }
        Story story = decoder.finish(root);
        problems.addAll(found);
        return problems.isEmpty() ? story : null;
    }

    private void entry(String list, int index, JsonValueNode entry) {
        if (!list.equals(currentList)) {
            if (currentList != null) {
                index(currentList).complete();
            }
            currentList = list;
        }
        if (list.equals("actors")) {
            actorEntries++;
        }
        // every entry opens alike: its path, an object, its id; it is kept only when it added no problem
        String path = list + "[" + index + "]";
        int before = problems.count();
        if (!isObject(entry, path)) {
            return;
        }
        JsonValueNode id = id(entry, path, index(list));
        Runnable keep = switch (list) {
            case "sources" -> source(path, entry, id);
            case "actors" -> actorReader.read(path, entry, id);
            case "topics" -> topicReader.read(path, entry, id);
            case "events" -> event(path, entry, id);
            default -> statement(path, entry, id);
        };
        if (problems.count() == before) {
            keep.run();
        }
    }

    private IdIndex index(String list) {
        return switch (list) {
            case "sources" -> sourceIds;
            case "actors" -> actorIds;
            case "topics" -> topicIds;
            case "events" -> eventIds;
            default -> statementIds;
        };
    }

    /** Checks the root object, once every entry is decoded; the story, or {@code null} when there is any problem. */
    private Story finish(JsonValueNode root) {
        if (!root.isObject()) {
            problems.add(root, LocalText.of("problem.rootNotObject", root.described()));
            return null;
        }
        checkFormat(root);
        String title = fields.requiredText(root, "", "title");
        String description = fields.optionalText(root, "", "description");
        checkList(root, "sources", false);
        if (checkList(root, "actors", true) && actorEntries == 0) {
            problems.add(root.get("actors"), LocalText.at("actors", FieldRules.storyActorsProblem(0)));
        }
        checkList(root, "topics", false);
        checkList(root, "events", false);
        checkList(root, "statements", false);
        for (IdIndex index : List.of(sourceIds, actorIds, topicIds, eventIds, statementIds)) {
            index.complete();
        }
        List<Tour> tours = new TourDecoder(fields, problems, eventIds, topicIds, statementIds)
                .tours(tourEntries(root), actors.size(), events, statements);
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
                tours,
                NodeFields.extra(root, StoryFields.STORY_ARRAY));
    }

    private void checkFormat(JsonValueNode root) {
        JsonValueNode format = root.get("format");
        if (format == null) {
            problems.add(root, LocalText.of("problem.format.missing", Story.FORMAT));
        } else if (!format.isString() || !Story.FORMAT.equals(format.text())) {
            problems.add(
                    format,
                    LocalText.at(
                            "format",
                            LocalText.of(
                                    format.isString() ? "problem.format.other" : "problem.format.wrong",
                                    Story.FORMAT,
                                    format.described())));
        }
    }

    /**
     * Whether a top-level list is there and is a list (its entries were decoded as they were read); a missing required
     * list, or a field that is no list, is a problem.
     */
    private boolean checkList(JsonValueNode root, String name, boolean required) {
        JsonValueNode list = root.get(name);
        if (list == null || (!required && list.isNull())) {
            if (required) {
                fields.missing(root, "", name);
            }
            return false;
        }
        if (!list.isArray()) {
            fields.wrongType(list, name, LocalText.of("problem.expect.objects"));
            return false;
        }
        return true;
    }

    /**
     * The entries of the story's tours, read after every other list (a tour names events, topics and statements):
     * kept whole by the parser, as tours are few; an empty list when there are none, {@code null} when not a list.
     */
    private List<JsonValueNode> tourEntries(JsonValueNode root) {
        JsonValueNode list = root.get("tours");
        if (list == null || list.isNull()) {
            return List.of();
        }
        return checkList(root, "tours", false) ? list.elements() : null;
    }

    private boolean isObject(JsonValueNode entry, String path) {
        if (!entry.isObject()) {
            fields.wrongType(entry, path, LocalText.of("problem.expect.object"));
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

    /** Reads a source entry's fields; what keeps it once they added no problem. */
    private Runnable source(String path, JsonValueNode entry, JsonValueNode id) {
        String title = fields.requiredText(entry, path, "title");
        String publisher = fields.optionalText(entry, path, "publisher");
        String author = fields.optionalText(entry, path, "author");
        StoryDate date = fields.date(entry, path, "date", false);
        String url = fields.webAddress(entry, path, "url");
        SourceTextFields.SourceText own = sourceTextFields.read(entry, path);
        return () -> {
            sources.add(new Source(
                    id.text(),
                    title,
                    publisher,
                    author,
                    date,
                    url,
                    own.text(),
                    own.textFile(),
                    own.published(),
                    NodeFields.extra(entry, StoryFields.SOURCE_ARRAY)));
            if (own.text() != null) {
                sourceTexts.put(id.text(), own.text());
            }
        };
    }

    /** Reads an event entry's fields; what keeps it once they added no problem. */
    private Runnable event(String path, JsonValueNode entry, JsonValueNode id) {
        String title = fields.requiredText(entry, path, "title");
        StoryDate start = fields.date(entry, path, "start", true);
        StoryDate end = fields.date(entry, path, "end", false);
        LocalText endProblem = FieldRules.endNotBeforeStartProblem(start, end);
        if (endProblem != null) {
            problems.add(entry.get("end"), LocalText.at(path + ".end", endProblem));
        }
        String summary = fields.optionalText(entry, path, "summary");
        List<String> topicIds = references(entry, path, "topics", true, this.topicIds);
        List<String> actorIds = references(entry, path, "actors", false, this.actorIds);
        List<String> sourceIds = references(entry, path, "sources", false, this.sourceIds);
        return () -> {
            events.add(new Event(
                    id.text(),
                    title,
                    start,
                    end,
                    summary,
                    topicIds,
                    actorIds,
                    sourceIds,
                    NodeFields.extra(entry, StoryFields.EVENT_ARRAY)));
        };
    }

    /** Reads a statement entry's fields; what keeps it once they added no problem. */
    private Runnable statement(String path, JsonValueNode entry, JsonValueNode id) {
        String event = reference(entry, path, "event", true, eventIds);
        String actor = reference(entry, path, "actor", true, actorIds);
        List<String> topicIds = references(entry, path, "topics", true, this.topicIds);
        if (topicIds != null && !entry.get("topics").hasElements()) {
            problems.add(entry.get("topics"), LocalText.at(path + ".topics", FieldRules.statementTopicsProblem(0)));
        }
        String text = fields.requiredText(entry, path, "text");
        StatementKind kind = kind(entry, path);
        String source = reference(entry, path, "source", false, sourceIds);
        StoryDate date = fields.date(entry, path, "date", false);
        Excerpt excerpt = excerpts.read(entry, path);
        OriginalWords original = originals.read(entry, path);
        return () -> {
            statements.add(new Statement(
                    id.text(),
                    event,
                    actor,
                    topicIds,
                    text,
                    kind,
                    source,
                    date,
                    excerpt,
                    original,
                    NodeFields.extra(entry, StoryFields.STATEMENT_ARRAY)));
            boolean sourceMayHaveText = !sourceIds.isComplete() || sourceTexts.containsKey(source);
            excerpts.expect(path, entry, excerpt, text, kind, source, source != null && sourceMayHaveText);
        };
    }

    private StatementKind kind(JsonValueNode entry, String path) {
        JsonValueNode value = fields.requiredTextNode(entry, path, "kind");
        if (value == null) {
            return null;
        }
        StatementKind kind = StatementKind.fromJsonName(value.text());
        if (kind == null) {
            problems.add(value, LocalText.at(path + ".kind", FieldRules.kindProblem(value.text(), value.described())));
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
            if (value.repeats() > 0) {
                problems.add(
                        value.firstRepeat(),
                        LocalText.at(
                                path + "." + name,
                                LocalText.of(
                                        "problem.listedTwice", index.described(value.text()), value.repeats() + 1)));
            }
        }
        return idLists.share(ids);
    }
}
