package app.counterpoint.io.importing;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.json.JsonValueNode;
import app.counterpoint.io.problem.Problems;
import app.counterpoint.io.validate.FieldRules;
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

    /** A date as TimelineJS 2 writes it, for the problems' examples. */
    private static final String EXAMPLE_DATE = "2011,12,10";

    private final Problems problems;
    private final ImportedFields fields;
    private final StoryAssembler story;

    private TimelineJs2Importer(Problems problems, ImportedNames names) {
        this.story = new StoryAssembler(names);
        this.problems = problems;
        this.fields = new ImportedFields(problems);
    }

    /** The story, or {@code null} when any problem was added. */
    public static Story importStory(JsonValueNode root, String fallbackTitle, Problems problems) {
        return importStory(root, fallbackTitle, problems, ImportedNames.ENGLISH);
    }

    /** As {@link #importStory(JsonValueNode, String, Problems)}, naming what the file does not name in {@code names}. */
    public static Story importStory(JsonValueNode root, String fallbackTitle, Problems problems, ImportedNames names) {
        return new TimelineJs2Importer(problems, names).read(root, fallbackTitle);
    }

    private Story read(JsonValueNode root, String fallbackTitle) {
        JsonValueNode timeline = root.isObject() ? root.get("timeline") : null;
        if (timeline == null || !timeline.isObject()) {
            problems.add(timeline == null ? root : timeline, LocalText.of("problem.tljs2.root"));
            return null;
        }
        String title = fields.plain(timeline, "timeline", "headline");
        String description = fields.plain(timeline, "timeline", "text");
        JsonValueNode dates = fields.list(timeline, "timeline", "date");
        if (dates == null && timeline.get("date") == null) {
            problems.add(timeline, LocalText.at("timeline", LocalText.of("problem.tljs2.dateMissing")));
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
            problems.add(entry, ImportedFields.wrongType(path, LocalText.of("problem.expect.tljs2Event"), entry));
            return;
        }
        int before = problems.count();
        StoryDate start = date(entry, path, "startDate", true);
        StoryDate end = date(entry, path, "endDate", false);
        if (start != null && end != null && end.endEpochSecondExclusive() <= start.startEpochSecond()) {
            problems.add(
                    entry.get("endDate"),
                    LocalText.at(path + ".endDate", FieldRules.endNotBeforeStartProblem(start, end)));
        }
        String headline = fields.plain(entry, path, "headline");
        String text = fields.plain(entry, path, "text");
        // "tags", as several of TimelineJS 2's own examples spell it
        String tag = fields.group(entry, path, entry.get("tag") == null ? "tags" : "tag");
        String sourceId = asset(entry, path);
        if (problems.count() != before) {
            return;
        }
        String title = ImportedFields.firstPresent(
                headline,
                ImportedFields.firstLine(text),
                era ? story.names().era() : story.names().untitledEvent());
        List<String> topics =
                era ? List.of(story.topic(story.names().eras())) : tag == null ? List.of() : List.of(story.topic(tag));
        story.addTimelineEntry(null, title, start, end, text, topics, sourceId);
    }

    private StoryDate date(JsonValueNode entry, String path, String name, boolean required) {
        JsonValueNode value = entry.get(name);
        if (value == null || value.isNull() || (value.isString() && value.text().isBlank())) {
            if (required) {
                problems.add(entry, LocalText.at(path, LocalText.of("problem.import.dateMissing", name, EXAMPLE_DATE)));
            }
            return null;
        }
        if (!value.isString() && value.type() != JsonValueNode.Type.NUMBER) {
            problems.add(
                    value,
                    ImportedFields.wrongType(
                            path + "." + name, LocalText.of("problem.expect.dateSuchAs", EXAMPLE_DATE), value));
            return null;
        }
        try {
            return TimelineJs2Dates.parse(value.text());
        } catch (ImportedDateException e) {
            if (required) {
                problems.add(value, LocalText.at(path + "." + name, e.text()));
            } else {
                // TimelineJS 2 drew such an event without its end too (its own example file has one)
                problems.warn(
                        value, LocalText.at(path + "." + name, LocalText.of("problem.tljs2.endDropped", e.text())));
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
