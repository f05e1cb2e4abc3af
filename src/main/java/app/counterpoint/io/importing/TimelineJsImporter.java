package app.counterpoint.io.importing;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.json.JsonValueNode;
import app.counterpoint.io.problem.Problems;
import app.counterpoint.io.validate.FieldRules;
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

    private final Problems problems;
    private final ImportedFields fields;
    private final StoryAssembler story;

    private TimelineJsImporter(Problems problems, ImportedNames names) {
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
        return new TimelineJsImporter(problems, names).read(root, fallbackTitle);
    }

    private Story read(JsonValueNode file, String fallbackTitle) {
        if (!file.isObject()) {
            problems.add(file, LocalText.of("problem.tljs.rootNotObject", file.described()));
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
                    ImportedFields.wrongType("title", LocalText.of("problem.expect.titleSlide"), titleSlide));
        }
        String eventsKey = root.get("events") == null && root.get("slides") != null ? "slides" : "events";
        JsonValueNode events = root.get(eventsKey);
        if (events == null) {
            problems.add(root, LocalText.of("problem.tljs.eventsMissing"));
        } else if (!events.isArray()) {
            problems.add(events, ImportedFields.wrongType(eventsKey, LocalText.of("problem.expect.slides"), events));
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
            problems.add(eras, ImportedFields.wrongType("eras", LocalText.of("problem.expect.eras"), eras));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return story.build(StoryAssembler.blankToNull(title) == null ? fallbackTitle : title, description);
    }

    private void slide(JsonValueNode slide, String path, boolean era) {
        if (!slide.isObject()) {
            problems.add(slide, ImportedFields.wrongType(path, LocalText.of("problem.expect.slide"), slide));
            return;
        }
        int before = problems.count();
        JsonValueNode startNode = slide.get("start_date");
        StoryDate start = null;
        if (startNode == null || startNode.isNull()) {
            problems.add(slide, LocalText.at(path, LocalText.of("problem.tljs.startMissing")));
        } else {
            start = date(startNode, path + ".start_date");
        }
        JsonValueNode endNode = slide.get("end_date");
        StoryDate end = endNode == null || endNode.isNull() ? null : date(endNode, path + ".end_date");
        if (start != null && end != null && end.endEpochSecondExclusive() <= start.startEpochSecond()) {
            problems.add(endNode, LocalText.at(path + ".end_date", FieldRules.endNotBeforeStartProblem(start, end)));
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
                headline,
                displayDate,
                ImportedFields.firstLine(body),
                era ? story.names().era() : story.names().untitledEvent());
        List<String> topics = era
                ? List.of(story.topic(story.names().eras()))
                : group == null ? List.of() : List.of(story.topic(group));
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
            problems.add(node, ImportedFields.wrongType(path, LocalText.of("problem.expect.dateObject"), node));
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
        } catch (ImportedDateException e) {
            JsonValueNode at = node.get(e.field());
            at = at == null ? node : at;
            problems.add(at, LocalText.at(path, e.text()));
            return null;
        }
    }

    private Long number(JsonValueNode object, String path, String name) {
        JsonValueNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.type() != JsonValueNode.Type.NUMBER && !value.isString()) {
            problems.add(
                    value,
                    ImportedFields.wrongType(path + "." + name, LocalText.of("problem.expect.wholeNumber"), value));
            return null;
        }
        try {
            return TimelineDates.number(value.text());
        } catch (ImportedDateException e) {
            problems.add(value, LocalText.at(path + "." + name, e.text()));
            return null;
        }
    }

    /** An id as TimelineJS shows it: not HTML, but its character references (as the exporter writes) decoded. */
    private static String entitiesDecoded(String text) {
        return text == null ? null : StoryAssembler.blankToNull(Parser.unescapeEntities(text, false));
    }
}
