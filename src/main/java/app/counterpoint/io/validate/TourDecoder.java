package app.counterpoint.io.validate;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.json.JsonValueNode;
import app.counterpoint.io.problem.Problems;
import app.counterpoint.io.problem.VisibleText;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Tour;
import app.counterpoint.model.TourStep;
import app.counterpoint.model.TourStepType;
import app.counterpoint.model.TourZoom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decodes a story's {@code tours}: every step names an event of the story, a topic that event has a row for, a
 * statement about that event, and a zoom the timeline can show. Runs after the events and statements, in one pass
 * over the steps plus one over the statements (only when there are tours).
 */
final class TourDecoder {

    private static final int TOPICS_SHOWN = 10;

    private final NodeFields fields;
    private final Problems problems;
    private final IdIndex eventIds;
    private final IdIndex topicIds;
    private final IdIndex statementIds;
    private final Map<String, Event> events = new HashMap<>();
    private final Map<String, Statement> statements = new HashMap<>();
    /** For each event, the topics of the event and of its statements: the rows its comparison can have. */
    private final Map<String, Set<String>> rowsByEvent = new HashMap<>();
    /** For each event, "actor topic" for every side's word on every topic: what a left-out step can find missing. */
    private final Map<String, Set<String>> saidByEvent = new HashMap<>();

    private final Map<String, Set<String>> speakersByEvent = new HashMap<>();

    private int actorCount;

    TourDecoder(NodeFields fields, Problems problems, IdIndex eventIds, IdIndex topicIds, IdIndex statementIds) {
        this.fields = fields;
        this.problems = problems;
        this.eventIds = eventIds;
        this.topicIds = topicIds;
        this.statementIds = statementIds;
    }

    /** The tours of {@code entries} (the {@code tours} list, or {@code null} when it is absent or no list). */
    List<Tour> tours(List<JsonValueNode> entries, int actors, List<Event> eventList, List<Statement> statementList) {
        if (entries == null || entries.isEmpty()) {
            return List.of();
        }
        actorCount = actors;
        for (Event event : eventList) {
            events.put(event.id(), event);
            rowsByEvent.put(event.id(), new LinkedHashSet<>(event.topicIds()));
        }
        for (Statement statement : statementList) {
            statements.put(statement.id(), statement);
            Set<String> rows = rowsByEvent.get(statement.eventId());
            if (rows != null) {
                rows.addAll(statement.topicIds());
            }
            Set<String> said = saidByEvent.computeIfAbsent(statement.eventId(), e -> new HashSet<>());
            statement.topicIds().forEach(t -> said.add(statement.actorId() + " " + t));
            speakersByEvent
                    .computeIfAbsent(statement.eventId(), e -> new HashSet<>())
                    .add(statement.actorId());
        }
        List<Tour> result = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String path = "tours[" + i + "]";
            JsonValueNode entry = entries.get(i);
            if (!entry.isObject()) {
                fields.wrongType(entry, path, LocalText.of("problem.expect.object"));
                continue;
            }
            int before = problems.count();
            String title = fields.requiredText(entry, path, "title");
            List<TourStep> steps = steps(entry, path);
            if (problems.count() == before) {
                result.add(new Tour(title, steps, NodeFields.extra(entry, StoryFields.TOUR_ARRAY)));
            }
        }
        return result;
    }

    private List<TourStep> steps(JsonValueNode tour, String tourPath) {
        JsonValueNode list = tour.get("steps");
        if (list == null) {
            fields.missing(tour, tourPath, "steps");
            return List.of();
        }
        if (!list.isArray()) {
            fields.wrongType(list, tourPath + ".steps", LocalText.of("problem.expect.steps"));
            return List.of();
        }
        if (list.elements().isEmpty()) {
            problems.add(list, LocalText.at(tourPath + ".steps", LocalText.of("problem.tour.noSteps")));
            return List.of();
        }
        List<TourStep> steps = new ArrayList<>();
        List<JsonValueNode> elements = list.elements();
        for (int i = 0; i < elements.size(); i++) {
            String path = tourPath + ".steps[" + i + "]";
            JsonValueNode entry = elements.get(i);
            if (!entry.isObject()) {
                fields.wrongType(entry, path, LocalText.of("problem.expect.object"));
                continue;
            }
            TourStep step = step(entry, path);
            if (step != null) {
                steps.add(step);
            }
        }
        return steps;
    }

    private TourStep step(JsonValueNode entry, String path) {
        int before = problems.count();
        JsonValueNode eventNode = fields.requiredTextNode(entry, path, "event");
        String eventId = eventNode == null ? null : eventIds.checkReference(eventNode, path, "event", -1);
        Event event = eventId == null ? null : events.get(eventId);
        String topicId = topic(entry, path, event);
        String statementId = statement(entry, path, event, topicId);
        TourZoom zoom = zoom(entry, path);
        String caption = fields.optionalText(entry, path, "caption");
        String notes = fields.optionalText(entry, path, "notes");
        TourStepType type = type(entry, path);
        if (problems.count() != before) {
            return null;
        }
        // an event with problems of its own is not kept (its id is): there is nothing to compare, nor to warn about
        if (type == TourStepType.LEFT_OUT && event != null && !leavesSomethingOut(event, topicId)) {
            problems.warn(entry.get("type"), LocalText.at(path + ".type", LocalText.of("problem.tour.nothingLeftOut")));
        }
        return new TourStep(
                eventId,
                topicId,
                statementId,
                zoom,
                caption,
                notes,
                type,
                NodeFields.extra(entry, StoryFields.TOUR_STEP_ARRAY));
    }

    /** Whether the event's comparison (or its {@code topicId} row) has a cell where a side said nothing. */
    private boolean leavesSomethingOut(Event event, String topicId) {
        Set<String> speakers = speakersByEvent.getOrDefault(event.id(), Set.of());
        if (speakers.isEmpty()) {
            return false; // nothing to compare at all, nor anything left out of it
        }
        if (speakers.size() < actorCount) {
            return true; // a side that said nothing about the event at all
        }
        Set<String> said = saidByEvent.get(event.id());
        Set<String> rows = topicId == null ? rowsByEvent.get(event.id()) : Set.of(topicId);
        for (String row : rows) {
            boolean anyone = speakers.stream().anyMatch(a -> said.contains(a + " " + row));
            if (anyone && speakers.stream().anyMatch(a -> !said.contains(a + " " + row))) {
                return true;
            }
        }
        return false;
    }

    private String topic(JsonValueNode entry, String path, Event event) {
        JsonValueNode node = fields.optionalTextNode(entry, path, "topic");
        if (node == null) {
            return null;
        }
        int before = problems.count();
        String topicId = topicIds.checkReference(node, path, "topic", -1);
        if (problems.count() != before || event == null) {
            return topicId;
        }
        Set<String> rows = rowsByEvent.get(event.id());
        if (!rows.contains(topicId)) {
            problems.add(
                    node,
                    LocalText.at(
                            path + ".topic",
                            LocalText.of(
                                    "problem.tour.noRow",
                                    VisibleText.of(event.id()),
                                    VisibleText.of(topicId),
                                    rowsList(rows))));
        }
        return topicId;
    }

    private LocalText rowsList(Set<String> rows) {
        if (rows.isEmpty()) {
            return LocalText.of("problem.tour.noTopics");
        }
        List<String> shown =
                rows.stream().limit(TOPICS_SHOWN).map(VisibleText::of).toList();
        return rows.size() > shown.size()
                ? LocalText.of("problem.tour.topicsMore", String.join(", ", shown), rows.size() - shown.size())
                : LocalText.of("problem.tour.topics", String.join(", ", shown));
    }

    private String statement(JsonValueNode entry, String path, Event event, String topicId) {
        JsonValueNode node = fields.optionalTextNode(entry, path, "statement");
        if (node == null) {
            return null;
        }
        int before = problems.count();
        String statementId = statementIds.checkReference(node, path, "statement", -1);
        Statement statement = statements.get(statementId);
        if (problems.count() != before || event == null || statement == null) {
            return statementId;
        }
        if (!statement.eventId().equals(event.id())) {
            problems.add(
                    node,
                    LocalText.at(
                            path + ".statement",
                            LocalText.of(
                                    "problem.tour.otherEvent",
                                    VisibleText.of(statementId),
                                    VisibleText.of(statement.eventId()),
                                    VisibleText.of(event.id()))));
        } else if (topicId != null && !statement.topicIds().contains(topicId)) {
            problems.add(
                    node,
                    LocalText.at(
                            path + ".statement",
                            LocalText.of(
                                    "problem.tour.otherTopic",
                                    VisibleText.of(statementId),
                                    VisibleText.of(topicId),
                                    String.join(", ", statement.topicIds()))));
        }
        return statementId;
    }

    private TourZoom zoom(JsonValueNode entry, String path) {
        JsonValueNode zoom = entry.get("zoom");
        if (zoom == null || zoom.isNull()) {
            return TourZoom.EVENT;
        }
        String zoomPath = path + ".zoom";
        if (zoom.isString()) {
            if (zoom.text().equals(TourZoom.Mode.FIT.jsonName())) {
                return TourZoom.FIT;
            }
            if (zoom.text().equals(TourZoom.Mode.EVENT.jsonName())) {
                return TourZoom.EVENT;
            }
            problems.add(zoom, LocalText.at(zoomPath, LocalText.of("problem.tour.zoomWord", zoom.described())));
            return null;
        }
        if (!zoom.isObject()) {
            fields.wrongType(zoom, zoomPath, LocalText.of("problem.expect.zoom"));
            return null;
        }
        StoryDate start = fields.date(zoom, zoomPath, "start", true);
        StoryDate end = fields.date(zoom, zoomPath, "end", true);
        if (start == null || end == null) {
            return null;
        }
        if (end.endEpochSecondExclusive() <= start.startEpochSecond()) {
            problems.add(
                    zoom.get("end"), LocalText.at(zoomPath + ".end", FieldRules.endNotBeforeStartProblem(start, end)));
            return null;
        }
        return TourZoom.range(start, end, NodeFields.extra(zoom, StoryFields.ZOOM_RANGE_ARRAY));
    }

    private TourStepType type(JsonValueNode entry, String path) {
        JsonValueNode value = fields.optionalTextNode(entry, path, "type");
        if (value == null) {
            return TourStepType.SHOW;
        }
        TourStepType type = TourStepType.fromJsonName(value.text());
        if (type == null) {
            problems.add(
                    value,
                    LocalText.at(
                            path + ".type",
                            LocalText.of(
                                    "problem.tour.type",
                                    TourStepType.SHOW.jsonName(),
                                    TourStepType.LEFT_OUT.jsonName(),
                                    value.described())));
        }
        return type;
    }
}
