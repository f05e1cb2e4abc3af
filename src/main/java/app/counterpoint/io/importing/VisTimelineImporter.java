package app.counterpoint.io.importing;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.json.JsonValueNode;
import app.counterpoint.io.problem.Problems;
import app.counterpoint.io.validate.FieldRules;
import app.counterpoint.model.CivilCalendar;
import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports vis-timeline data: an object {@code {"items": [ … ], "groups": [ … ]}} or a plain list of items. Each item
 * ({@code id}, {@code content}, {@code start}, {@code end}, {@code group}, {@code title}) becomes an event: content →
 * title and title (the tooltip) → summary, HTML made plain; its group a topic named by the group's {@code content}.
 * Dates are ISO 8601 text or milliseconds since 1970 as vis-timeline takes them; its {@code end} is the instant a
 * range stops, so a date-only end becomes the day before (Counterpoint counts the end day in).
 */
public final class VisTimelineImporter {

    /** A date as vis-timeline data writes it, for the problems' examples. */
    private static final String EXAMPLE_DATE = "2014-04-20";

    private final Problems problems;
    private final ImportedFields fields;
    private final StoryAssembler story;
    private final Map<String, String> groupLabels = new HashMap<>();

    private VisTimelineImporter(Problems problems, ImportedNames names) {
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
        return new VisTimelineImporter(problems, names).read(root, fallbackTitle);
    }

    private Story read(JsonValueNode root, String fallbackTitle) {
        JsonValueNode items;
        String path;
        if (root.isArray()) {
            items = root;
            path = "";
        } else {
            groups(root);
            items = fields.list(root, "", "items");
            path = "items";
            if (items == null && root.get("items") == null) {
                problems.add(root, LocalText.of("problem.vis.itemsMissing"));
            }
        }
        if (items != null) {
            List<JsonValueNode> list = items.elements();
            for (int i = 0; i < list.size(); i++) {
                item(list.get(i), path + "[" + i + "]");
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return story.build(fallbackTitle, null);
    }

    private void groups(JsonValueNode root) {
        JsonValueNode groups = fields.list(root, "", "groups");
        if (groups == null) {
            return;
        }
        List<JsonValueNode> list = groups.elements();
        for (int i = 0; i < list.size(); i++) {
            JsonValueNode group = list.get(i);
            String path = "groups[" + i + "]";
            if (!group.isObject()) {
                problems.add(group, ImportedFields.wrongType(path, LocalText.of("problem.expect.visGroup"), group));
                continue;
            }
            String id = fields.string(group, path, "id");
            String label = fields.plain(group, path, "content");
            if (id != null) {
                groupLabels.put(id, label == null ? id : label);
            }
        }
    }

    private void item(JsonValueNode item, String path) {
        if (!item.isObject()) {
            problems.add(item, ImportedFields.wrongType(path, LocalText.of("problem.expect.visItem"), item));
            return;
        }
        int before = problems.count();
        StoryDate start = date(item, path, "start", true, false);
        StoryDate end = date(item, path, "end", false, true);
        if (start != null && end != null && end.endEpochSecondExclusive() <= start.startEpochSecond()) {
            end = null; // a range of less than a day, or one that ends as it starts: the start says it all
        }
        String content = fields.plain(item, path, "content");
        String tooltip = fields.plain(item, path, "title");
        String id = fields.string(item, path, "id");
        String group = fields.string(item, path, "group"); // an id, looked up among the groups
        if (problems.count() != before) {
            return;
        }
        String title = ImportedFields.firstPresent(
                content, ImportedFields.firstLine(tooltip), story.names().untitledEvent());
        List<String> topics = group == null ? List.of() : List.of(story.topic(groupLabels.getOrDefault(group, group)));
        story.addTimelineEntry(id, title, start, end, tooltip, topics, null);
    }

    private StoryDate date(JsonValueNode item, String path, String name, boolean required, boolean end) {
        JsonValueNode value = item.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(item, LocalText.at(path, LocalText.of("problem.import.dateMissing", name, EXAMPLE_DATE)));
            }
            return null;
        }
        String at = path + "." + name;
        if (value.type() == JsonValueNode.Type.NUMBER) {
            try {
                return fromMillis(Long.parseLong(value.text()), end);
            } catch (NumberFormatException e) {
                problems.add(value, LocalText.at(at, LocalText.of("problem.vis.millis", value.text())));
                return null;
            }
        }
        if (!value.isString()) {
            problems.add(
                    value,
                    ImportedFields.wrongType(at, LocalText.of("problem.expect.dateSuchAs", EXAMPLE_DATE), value));
            return null;
        }
        FieldRules.DateCheck date = FieldRules.date(isoWithT(value.text().trim()));
        if (date.date() == null) {
            problems.add(value, LocalText.at(at, date.problemText()));
            return null;
        }
        return end && date.date().precision() == DatePrecision.DAY ? dayBefore(date.date()) : date.date();
    }

    /** "2014-04-20 10:00" as vis-timeline (moment.js) also reads it: the space stands for the T. */
    private static String isoWithT(String text) {
        return text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
    }

    private static StoryDate fromMillis(long millis, boolean end) {
        long second = Math.floorDiv(millis, 1000);
        long[] d = CivilCalendar.civil(second);
        boolean midnight = Math.floorMod(millis, 86_400_000L) == 0;
        if (midnight) {
            StoryDate day = StoryDate.ofDay(d[0], (int) d[1], (int) d[2]);
            return end ? dayBefore(day) : day;
        }
        DatePrecision precision = d[5] == 0 ? DatePrecision.MINUTE : DatePrecision.SECOND;
        return new StoryDate(
                d[0], (int) d[1], (int) d[2], (int) d[3], (int) d[4], (int) d[5], ZoneOffset.UTC, precision);
    }

    private static StoryDate dayBefore(StoryDate day) {
        long[] d = CivilCalendar.civil(day.startEpochSecond() - CivilCalendar.SECONDS_PER_DAY);
        return StoryDate.ofDay(d[0], (int) d[1], (int) d[2]);
    }
}
