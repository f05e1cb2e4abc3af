package app.counterpoint.io.importing;

import app.counterpoint.io.json.JsonValueNode;
import app.counterpoint.io.problem.Problems;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import java.util.List;
import org.jsoup.parser.Parser;

/**
 * Imports a TimelineJS3 JSON file. Each slide of {@code events} becomes an event (headline → title, text → summary,
 * HTML made plain), its {@code group} a topic, its {@code media} a source link (never fetched); each era becomes an
 * event on the topic "Eras". A file some tools write wrapped, {@code {"timeline": {"title": …, "slides": [ … ]}}}, is
 * read the same way, its {@code slides} being the events. Problems point at the line and column of the offending
 * value.
 */
public final class TimelineJsImporter {

    static final String ERAS_TOPIC = "Eras";

    private final Problems problems;
    private final ImportedFields fields;
    private final StoryAssembler story = new StoryAssembler();

    private TimelineJsImporter(Problems problems) {
        this.problems = problems;
        this.fields = new ImportedFields(problems);
    }

    /** The story, or {@code null} when any problem was added. */
    public static Story importStory(JsonValueNode root, String fallbackTitle, Problems problems) {
        return new TimelineJsImporter(problems).read(root, fallbackTitle);
    }

    private Story read(JsonValueNode file, String fallbackTitle) {
        if (!file.isObject()) {
            problems.add(
                    file,
                    "a TimelineJS file must contain one JSON object { … } but this one contains " + file.describe());
            return null;
        }
        JsonValueNode wrapped = file.get("timeline");
        JsonValueNode root = wrapped != null && wrapped.isObject() && file.get("events") == null ? wrapped : file;
        String title = null;
        String description = null;
        JsonValueNode titleSlide = root.get("title");
        if (titleSlide != null && titleSlide.isString()) {
            title = HtmlText.toPlainText(titleSlide.text());
        } else if (titleSlide != null && titleSlide.isObject()) {
            JsonValueNode text = fields.object(titleSlide, "title", "text");
            title = text == null ? null : fields.plain(text, "title.text", "headline");
            description = text == null ? null : fields.plain(text, "title.text", "text");
        } else if (titleSlide != null && !titleSlide.isNull()) {
            problems.add(
                    titleSlide,
                    "title: expected a slide object { \"text\": { \"headline\": … } } but found "
                            + titleSlide.describe());
        }
        String eventsKey = root.get("events") == null && root.get("slides") != null ? "slides" : "events";
        JsonValueNode events = root.get(eventsKey);
        if (events == null) {
            problems.add(
                    root,
                    "the required list 'events' is missing; a TimelineJS file lists its slides in "
                            + "\"events\": [ … ]");
        } else if (!events.isArray()) {
            problems.add(events, eventsKey + ": expected a list [ … ] of slides but found " + events.describe());
        } else {
            List<JsonValueNode> slides = events.elements();
            for (int i = 0; i < slides.size(); i++) {
                slide(slides.get(i), eventsKey + "[" + i + "]", false);
            }
        }
        JsonValueNode eras = root.get("eras");
        if (eras != null && eras.isArray()) {
            List<JsonValueNode> list = eras.elements();
            for (int i = 0; i < list.size(); i++) {
                slide(list.get(i), "eras[" + i + "]", true);
            }
        } else if (eras != null && !eras.isNull()) {
            problems.add(eras, "eras: expected a list [ … ] of eras but found " + eras.describe());
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return story.build(StoryAssembler.blankToNull(title) == null ? fallbackTitle : title, description);
    }

    private void slide(JsonValueNode slide, String path, boolean era) {
        if (!slide.isObject()) {
            problems.add(slide, path + ": expected a slide object { … } but found " + slide.describe());
            return;
        }
        int before = problems.count();
        JsonValueNode startNode = slide.get("start_date");
        StoryDate start = null;
        if (startNode == null || startNode.isNull()) {
            problems.add(
                    slide,
                    path + ": the required field 'start_date' is missing; give at least "
                            + "\"start_date\": { \"year\": 2017 }");
        } else {
            start = date(startNode, path + ".start_date");
        }
        JsonValueNode endNode = slide.get("end_date");
        StoryDate end = endNode == null || endNode.isNull() ? null : date(endNode, path + ".end_date");
        if (start != null && end != null && end.endEpochSecondExclusive() <= start.startEpochSecond()) {
            problems.add(endNode, path + ".end_date: the end date " + end + " is before the start date " + start);
        }
        JsonValueNode text = fields.object(slide, path, "text");
        String headline = text == null ? null : fields.plain(text, path + ".text", "headline");
        String body = text == null ? null : fields.plain(text, path + ".text", "text");
        String group = fields.group(slide, path, "group");
        String uniqueId = entitiesDecoded(fields.string(slide, path, "unique_id"));
        String displayDate = fields.plain(slide, path, "display_date");
        if (displayDate == null && startNode != null && startNode.isObject()) {
            displayDate = fields.plain(startNode, path + ".start_date", "display_date");
        }
        String sourceId = media(slide, path);
        if (problems.count() != before) {
            return;
        }
        String title = ImportedFields.firstPresent(
                headline, displayDate, ImportedFields.firstLine(body), era ? "Era" : "Untitled event");
        List<String> topics =
                era ? List.of(story.topic(ERAS_TOPIC)) : group == null ? List.of() : List.of(story.topic(group));
        story.addTimelineEntry(uniqueId, title, start, end, body, topics, sourceId);
    }

    private String media(JsonValueNode slide, String path) {
        JsonValueNode media = fields.object(slide, path, "media");
        if (media == null) {
            return null;
        }
        String url = fields.string(media, path + ".media", "url");
        String caption = fields.plain(media, path + ".media", "caption");
        String credit = fields.plain(media, path + ".media", "credit");
        if (url == null) {
            return null;
        }
        // an embed code rather than a link keeps only its text; it is never loaded
        String reference = ImportedFields.mediaReference(url);
        return reference == null ? null : story.source(reference, caption, credit);
    }

    private StoryDate date(JsonValueNode node, String path) {
        if (!node.isObject()) {
            problems.add(
                    node,
                    path + ": expected a date object such as { \"year\": 2017, \"month\": 5 } but found "
                            + node.describe());
            return null;
        }
        int before = problems.count();
        Long year = number(node, path, "year");
        Long month = number(node, path, "month");
        Long day = number(node, path, "day");
        Long hour = number(node, path, "hour");
        Long minute = number(node, path, "minute");
        Long second = number(node, path, "second");
        if (problems.count() != before) {
            return null;
        }
        try {
            return TimelineDates.of(year, month, day, hour, minute, second);
        } catch (IllegalArgumentException e) {
            JsonValueNode at = node.get(TimelineDates.fieldOf(e.getMessage()));
            at = at == null ? node : at;
            problems.add(at, path + ": " + e.getMessage());
            return null;
        }
    }

    private Long number(JsonValueNode object, String path, String name) {
        JsonValueNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.type() != JsonValueNode.Type.NUMBER && !value.isString()) {
            problems.add(value, path + "." + name + ": expected a whole number but found " + value.describe());
            return null;
        }
        try {
            return TimelineDates.number(value.text());
        } catch (IllegalArgumentException e) {
            problems.add(value, path + "." + name + ": " + e.getMessage());
            return null;
        }
    }

    /** An id as TimelineJS shows it: not HTML, but its character references (as the exporter writes) decoded. */
    private static String entitiesDecoded(String text) {
        return text == null ? null : StoryAssembler.blankToNull(Parser.unescapeEntities(text, false));
    }
}
