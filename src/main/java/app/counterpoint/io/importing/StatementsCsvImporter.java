package app.counterpoint.io.importing;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.problem.Problems;
import app.counterpoint.io.validate.FieldRules;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports the flat CSV of statements, one statement a row: event, actor, topic, kind, text, source, and optionally
 * date (when it was said) and event_date. Events, actors, topics and sources are made from the names used; several
 * topics are separated by ";". An event's date is its event_date, else the earliest date of its statements.
 */
public final class StatementsCsvImporter {

    public static final List<String> REQUIRED = List.of("event", "actor", "topic", "text");

    private final CsvTable table;
    private final Problems problems;
    private final StoryAssembler story;
    private final String eventDateColumn;

    /** What the rows say about one event, gathered before the event can be made. */
    private static final class EventDraft {
        final String title;
        final CsvTable.Row firstRow;
        final String id;
        StoryDate eventDate;
        StoryDate earliestStatement;
        final Set<String> topics = new LinkedHashSet<>();
        final Set<String> actors = new LinkedHashSet<>();
        final Set<String> sources = new LinkedHashSet<>();

        EventDraft(String title, CsvTable.Row firstRow, String id) {
            this.title = title;
            this.firstRow = firstRow;
            this.id = id;
        }
    }

    /** A row that became a statement, made once every event has its id and date. */
    private record Said(
            EventDraft event,
            String actorId,
            List<String> topicIds,
            String text,
            StatementKind kind,
            String sourceId,
            StoryDate date) {}

    private StatementsCsvImporter(CsvTable table, Problems problems, ImportedNames names) {
        this.story = new StoryAssembler(names);
        this.table = table;
        this.problems = problems;
        this.eventDateColumn = table.has("event date") ? "event date" : "event_date";
    }

    /** The story, or {@code null} when any problem was added. */
    public static Story importStory(CsvTable table, String title, Problems problems) {
        return importStory(table, title, problems, ImportedNames.ENGLISH);
    }

    /** As {@link #importStory(CsvTable, String, Problems)}, naming what the file does not name in {@code names}. */
    public static Story importStory(CsvTable table, String title, Problems problems, ImportedNames names) {
        return new StatementsCsvImporter(table, problems, names).read(title);
    }

    private Story read(String title) {
        for (String column : REQUIRED) {
            if (!table.has(column)) {
                problems.addAtCharColumn(
                        table.headerLine(), 1, LocalText.of("problem.statements.columnMissing", column));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        Map<String, EventDraft> events = new LinkedHashMap<>();
        List<Said> pending = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            int before = problems.count();
            String eventName = required(row, "event");
            String actor = required(row, "actor");
            String text = required(row, "text");
            List<String> topics = topics(row);
            StatementKind kind = kind(row);
            StoryDate said = date(row, "date");
            StoryDate eventDate = date(row, eventDateColumn);
            if (problems.count() != before) {
                continue;
            }
            EventDraft event =
                    events.computeIfAbsent(eventName, name -> new EventDraft(name, row, story.eventId(null, name)));
            if (event.eventDate == null) {
                event.eventDate = eventDate;
            }
            if (said != null && (event.earliestStatement == null || said.compareTo(event.earliestStatement) < 0)) {
                event.earliestStatement = said;
            }
            String actorId = story.actor(actor);
            List<String> topicIds = topics.stream().map(story::topic).toList();
            String source = table.cell(row, "source");
            String sourceId = source == null ? null : story.source(source, null, null);
            event.actors.add(actorId);
            event.topics.addAll(topicIds);
            if (sourceId != null) {
                event.sources.add(sourceId);
            }
            pending.add(new Said(event, actorId, topicIds, text, kind, sourceId, said));
        }
        for (EventDraft event : events.values()) {
            StoryDate start = event.eventDate != null ? event.eventDate : event.earliestStatement;
            if (start == null) {
                table.problem(
                        problems, event.firstRow, "event", LocalText.of("problem.statements.noDate", event.title));
                continue;
            }
            story.add(new Event(
                    event.id,
                    event.title,
                    start,
                    null,
                    null,
                    List.copyOf(event.topics),
                    List.copyOf(event.actors),
                    List.copyOf(event.sources)));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        int n = 1;
        for (Said p : pending) {
            story.add(new Statement(
                    story.statementId("s" + n++),
                    p.event().id,
                    p.actorId(),
                    p.topicIds(),
                    p.text(),
                    p.kind(),
                    p.sourceId(),
                    p.date()));
        }
        return story.build(title, null);
    }

    private String required(CsvTable.Row row, String column) {
        String value = table.cell(row, column);
        if (value == null) {
            table.problem(problems, row, column, LocalText.at(column, LocalText.of("problem.empty")));
        }
        return value;
    }

    private List<String> topics(CsvTable.Row row) {
        String cell = required(row, "topic");
        if (cell == null) {
            return List.of();
        }
        List<String> topics = new ArrayList<>();
        for (String part : cell.split("[;|]")) {
            if (!part.isBlank() && !topics.contains(part.strip())) {
                topics.add(part.strip());
            }
        }
        if (topics.isEmpty()) {
            table.problem(problems, row, "topic", LocalText.at("topic", LocalText.of("problem.statements.noTopic")));
        }
        return topics;
    }

    private StatementKind kind(CsvTable.Row row) {
        String value = table.cell(row, "kind");
        if (value == null) {
            return StatementKind.PARAPHRASE; // reported speech is the safer claim when the sheet does not say
        }
        String word = value.toLowerCase(Locale.ROOT);
        // the cell's words as written, in quotation marks, in every language
        LocalText wrong = FieldRules.kindProblem(word, LocalText.verbatim("\"" + value + "\""));
        if (wrong != null) {
            table.problem(problems, row, "kind", LocalText.at("kind", wrong));
        }
        return StatementKind.fromJsonName(word);
    }

    private StoryDate date(CsvTable.Row row, String column) {
        String value = table.cell(row, column);
        if (value == null) {
            return null;
        }
        FieldRules.DateCheck date = FieldRules.date(value);
        if (date.date() == null) {
            table.problem(problems, row, column, LocalText.at(column, date.problemText()));
        }
        return date.date();
    }
}
