package app.counterpoint.io.export;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import app.counterpoint.model.CivilCalendar;
import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Topic;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a story's events as a TimelineJS3 JSON file, so a story made here can be published on the web. Statements
 * have no place in TimelineJS and are left out. Every text, the group and the id included, is HTML-escaped
 * (TimelineJS puts them into the page as HTML), line breaks
 * become {@code <br>}, a date with a UTC offset is written in UTC (TimelineJS dates have no offset), and an event's
 * first topic becomes its group. A date TimelineJS cannot write itself, deep time or before the common era, carries a
 * {@code display_date} in the language the exporter was made with ("vor 540 Millionen Jahren", "٤٤ ق.م.").
 */
public final class TimelineJsExporter {

    private final DisplayDates dates;

    /** An exporter that writes deep-time and BCE dates in English. */
    public TimelineJsExporter() {
        this(new DisplayDates(Messages.of(Language.ENGLISH)));
    }

    /** @param dates the language deep-time and BCE dates are written in: the window's, or the terminal's */
    public TimelineJsExporter(DisplayDates dates) {
        this.dates = dates;
    }

    /** Saves the TimelineJS JSON over {@code target} atomically. */
    public void write(Story story, Path target) throws IOException {
        AtomicFile.write(target, toBytes(story));
    }

    /** @throws IOException when the timeline would be too large for Counterpoint (or most browsers) to open */
    public byte[] toBytes(Story story) throws IOException {
        return OpenableJson.write(json -> {
            json.writeStartObject();
            json.writeObjectFieldStart("title");
            text(json, story.title(), story.description());
            json.writeEndObject();
            json.writeArrayFieldStart("events");
            for (Event event : story.events()) {
                event(json, story, event);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private void event(JsonGenerator json, Story story, Event event) throws IOException {
        json.writeStartObject();
        // TimelineJS3 treats every text as HTML; ids and groups too, so nothing in a story can become markup there
        json.writeStringField("unique_id", html(event.id()));
        json.writeFieldName("start_date");
        date(json, event.start());
        if (event.end() != null) {
            json.writeFieldName("end_date");
            date(json, event.end());
        }
        text(json, event.title(), event.summary());
        if (!event.topicIds().isEmpty()) {
            String group = story.topic(event.topicIds().get(0))
                    .map(Topic::label)
                    .orElse(event.topicIds().get(0));
            json.writeStringField("group", html(group));
        }
        for (String sourceId : event.sourceIds()) {
            Source source = story.source(sourceId).orElse(null);
            if (source != null && source.url() != null) {
                json.writeObjectFieldStart("media");
                json.writeStringField("url", safeUrl(source.url()));
                json.writeStringField("caption", html(source.title()));
                if (source.author() != null || source.publisher() != null) {
                    json.writeStringField(
                            "credit", html(source.author() != null ? source.author() : source.publisher()));
                }
                json.writeEndObject();
                break; // a TimelineJS slide shows one medium
            }
        }
        json.writeEndObject();
    }

    private static void text(JsonGenerator json, String headline, String body) throws IOException {
        json.writeObjectFieldStart("text");
        json.writeStringField("headline", html(headline));
        if (body != null) {
            json.writeStringField("text", html(body));
        }
        json.writeEndObject();
    }

    private void date(JsonGenerator json, StoryDate date) throws IOException {
        long year = date.year();
        long month = date.month();
        long day = date.day();
        long hour = date.hour();
        long minute = date.minute();
        long second = date.second();
        if (date.offset() != null && date.precision().compareTo(DatePrecision.MINUTE) >= 0) {
            long[] utc = CivilCalendar.civil(date.startEpochSecond());
            year = utc[0];
            month = utc[1];
            day = utc[2];
            hour = utc[3];
            minute = utc[4];
            second = utc[5];
        }
        DatePrecision p = date.precision();
        json.writeStartObject();
        json.writeNumberField("year", year);
        if (p.compareTo(DatePrecision.MONTH) >= 0) {
            json.writeNumberField("month", month);
        }
        if (p.compareTo(DatePrecision.DAY) >= 0) {
            json.writeNumberField("day", day);
        }
        if (p.compareTo(DatePrecision.MINUTE) >= 0) {
            json.writeNumberField("hour", hour);
            json.writeNumberField("minute", minute);
        }
        if (p == DatePrecision.SECOND) {
            json.writeNumberField("second", second);
        }
        if (p.isCoarserThanYear() || date.year() <= 0) {
            // TimelineJS shows a bare year, or a negative one: "540 million years ago" and "44 BCE" are what the
            // story says, in the reader's language
            json.writeStringField("display_date", html(dates.format(date)));
        }
        json.writeEndObject();
    }

    /**
     * A web address as it may go into an HTML attribute, quoted either way: a valid address has no {@code < > "}, but
     * may have {@code '}, which is percent-encoded as browsers do.
     */
    static String safeUrl(String url) {
        return url.replace("'", "%27").replace("\"", "%22").replace("<", "%3C").replace(">", "%3E");
    }

    /** Plain text as HTML: escaped, line breaks kept. */
    public static String html(String text) {
        return HtmlEscape.withLineBreaks(text);
    }
}
