package app.counterpoint.io.importing;

import app.counterpoint.io.json.JsonValueNode;
import app.counterpoint.io.problem.Problems;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import java.util.List;

/**
 * Imports a TimelineJS 2 JSON file, {@code {"timeline": {"headline", "text", "date": [ … ], "era": [ … ]}}}, as the
 * TimelineJS3 import does: the timeline's headline and text give the story's title and description, each {@code date}
 * an event (headline → title, text → summary, HTML made plain), its {@code tag} a topic, its {@code asset} a source
 * whose link is kept and never fetched, and each {@code era} an event on the topic "Eras". Dates are TimelineJS 2's
 * comma-separated "2011,12,10".
 */
public final class TimelineJs2Importer {

    private final Problems problems;
    private final ImportedFields fields;
    private final StoryAssembler story = new StoryAssembler();

    private TimelineJs2Importer(Problems problems) {
        this.problems = problems;
        this.fields = new ImportedFields(problems);
    }

    /** The story, or {@code null} when any problem was added. */
    public static Story importStory(JsonValueNode root, String fallbackTitle, Problems problems) {
        return new TimelineJs2Importer(problems).read(root, fallbackTitle);
    }

    private Story read(JsonValueNode root, String fallbackTitle) {
        JsonValueNode timeline = root.isObject() ? root.get("timeline") : null;
        if (timeline == null || !timeline.isObject()) {
            problems.add(
                    timeline == null ? root : timeline,
                    "a TimelineJS 2 file holds one object { \"timeline\": { \"headline\": …, \"date\": [ … ] } }");
            return null;
        }
        String title = fields.plain(timeline, "timeline", "headline");
        String description = fields.plain(timeline, "timeline", "text");
        JsonValueNode dates = fields.list(timeline, "timeline", "date");
        if (dates == null && timeline.get("date") == null) {
            problems.add(
                    timeline,
                    "timeline: the list 'date' is missing; a TimelineJS 2 file lists its events in "
                            + "\"date\": [ { \"startDate\": \"2011,12,10\", \"headline\": … } ]");
        }
        if (dates != null) {
            List<JsonValueNode> list = dates.elements();
            for (int i = 0; i < list.size(); i++) {
                entry(list.get(i), "timeline.date[" + i + "]", false);
            }
        }
        JsonValueNode eras = fields.list(timeline, "timeline", "era");
        if (eras != null) {
            List<JsonValueNode> list = eras.elements();
            for (int i = 0; i < list.size(); i++) {
                entry(list.get(i), "timeline.era[" + i + "]", true);
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return story.build(title == null ? fallbackTitle : title, description);
    }

    private void entry(JsonValueNode entry, String path, boolean era) {
        if (!entry.isObject()) {
            problems.add(entry, path + ": expected an event object { \"startDate\": … } but found " + entry.describe());
            return;
        }
        int before = problems.count();
        StoryDate start = date(entry, path, "startDate", true);
        StoryDate end = date(entry, path, "endDate", false);
        if (start != null && end != null && end.endEpochSecondExclusive() <= start.startEpochSecond()) {
            problems.add(
                    entry.get("endDate"),
                    path + ".endDate: the end date " + end + " is before the start date " + start);
        }
        String headline = fields.plain(entry, path, "headline");
        String text = fields.plain(entry, path, "text");
        // "tags", as several of TimelineJS 2's own examples spell it
        String tag = fields.group(entry, path, entry.get("tag") == null ? "tags" : "tag");
        String sourceId = asset(entry, path);
        if (problems.count() != before) {
            return;
        }
        String title =
                ImportedFields.firstPresent(headline, ImportedFields.firstLine(text), era ? "Era" : "Untitled event");
        List<String> topics = era
                ? List.of(story.topic(TimelineJsImporter.ERAS_TOPIC))
                : tag == null ? List.of() : List.of(story.topic(tag));
        story.addTimelineEntry(null, title, start, end, text, topics, sourceId);
    }

    private StoryDate date(JsonValueNode entry, String path, String name, boolean required) {
        JsonValueNode value = entry.get(name);
        if (value == null || value.isNull() || (value.isString() && value.text().isBlank())) {
            if (required) {
                problems.add(
                        entry,
                        path + ": the required field '" + name + "' is missing; give at least \"" + name
                                + "\": \"2011,12,10\"");
            }
            return null;
        }
        if (!value.isString() && value.type() != JsonValueNode.Type.NUMBER) {
            problems.add(
                    value,
                    path + "." + name + ": expected a date such as \"2011,12,10\" but found " + value.describe());
            return null;
        }
        try {
            return TimelineJs2Dates.parse(value.text());
        } catch (IllegalArgumentException e) {
            if (required) {
                problems.add(value, path + "." + name + ": " + e.getMessage());
            } else {
                // TimelineJS 2 drew such an event without its end too (its own example file has one)
                problems.warn(value, path + "." + name + ": " + e.getMessage() + "; the event is kept without an end");
            }
            return null;
        }
    }

    private String asset(JsonValueNode entry, String path) {
        JsonValueNode asset = fields.object(entry, path, "asset");
        if (asset == null) {
            return null;
        }
        String media = fields.string(asset, path + ".asset", "media");
        String caption = fields.plain(asset, path + ".asset", "caption");
        String credit = fields.plain(asset, path + ".asset", "credit");
        String reference = media == null ? null : ImportedFields.mediaReference(media);
        return reference == null ? null : story.source(reference, caption, credit);
    }
}
