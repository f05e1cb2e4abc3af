package app.counterpoint.io;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.importing.CsvTable;
import app.counterpoint.io.importing.StatementsCsvImporter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells the format of a file from its content, never from its name: JSON starts with a brace, and its first
 * kilobytes show whether it is a Counterpoint story or a TimelineJS timeline; a CSV file is known by its header row.
 */
public final class FormatDetector {

    /** How much of a JSON file is looked at: the format field and TimelineJS's keys come early. */
    private static final int SNIFF_BYTES = 64 * 1024;

    private static final Pattern COUNTERPOINT_FORMAT = Pattern.compile("\"format\"\\s*:\\s*\"counterpoint/");
    /**
     * TimelineJS's own keys, or a title slide: a title that is an object, never a story's text. The exporter writes
     * the title slide first, so even a timeline without events, or with a long title, is told apart.
     */
    private static final Pattern TIMELINEJS_KEYS =
            Pattern.compile("\"(start_date|unique_id|eras)\"\\s*:|\"title\"\\s*:\\s*\\{");

    private static final Pattern TIMELINEJS2_WRAPPER = Pattern.compile("\"timeline\"\\s*:\\s*\\{");
    private static final Pattern TIMELINEJS2_KEYS = Pattern.compile("\"(startDate|date|era)\"\\s*:");
    private static final Pattern VIS_ITEMS = Pattern.compile("\"items\"\\s*:\\s*\\[");
    private static final Pattern VIS_ITEM_KEYS = Pattern.compile("\"content\"\\s*:");
    private static final Pattern VIS_START = Pattern.compile("\"start\"\\s*:");

    /** What a person is told when nothing fits. */
    static final LocalText UNRECOGNISED = LocalText.of("problem.format.unrecognised");

    private FormatDetector() {}

    /** The format of UTF-8 content, or empty when it is none Counterpoint can open. */
    public static Optional<StoryFormat> detect(byte[] content) {
        return detect(content, utf8BomLength(content));
    }

    /** Whether the first character after a UTF-8 byte order mark and blanks is a brace or bracket. */
    static boolean startsLikeJson(byte[] content) {
        int first = firstNonSpace(content, utf8BomLength(content));
        return first < content.length && (content[first] == '{' || content[first] == '[');
    }

    /** Whether the first character from {@code start} on, blanks aside, is a bracket: a list at the top. */
    static boolean startsWithList(byte[] content, int start) {
        int first = firstNonSpace(content, Math.max(start, utf8BomLength(content)));
        return first < content.length && content[first] == '[';
    }

    /** Where the first character from {@code start} on that is no blank stands; the content's length if none. */
    private static int firstNonSpace(byte[] content, int start) {
        int first = start;
        while (first < content.length && isSpace(content[first])) {
            first++;
        }
        return first;
    }

    private static int utf8BomLength(byte[] content) {
        return content.length >= 3
                        && (content[0] & 0xFF) == 0xEF
                        && (content[1] & 0xFF) == 0xBB
                        && (content[2] & 0xFF) == 0xBF
                ? 3
                : 0;
    }

    /** @param start where the text starts, after a byte order mark */
    static Optional<StoryFormat> detect(byte[] content, int start) {
        int first = firstNonSpace(content, start);
        if (first >= content.length) {
            return Optional.empty();
        }
        if (content[first] == '{' || content[first] == '[') {
            return Optional.of(jsonFormat(content, first));
        }
        return sheetLayout(CsvTable.header(content, first, content.length - first));
    }

    /**
     * Which of the two sheet layouts a header row (normalised names) is: TimelineJS's template or a sheet of
     * statements, as {@link StoryFormat#TIMELINEJS_CSV} or {@link StoryFormat#STATEMENTS_CSV}; empty for neither.
     */
    static Optional<StoryFormat> sheetLayout(List<String> header) {
        if (header.contains("year") && header.contains("headline")) {
            return Optional.of(StoryFormat.TIMELINEJS_CSV);
        }
        if (header.containsAll(StatementsCsvImporter.REQUIRED)) {
            return Optional.of(StoryFormat.STATEMENTS_CSV);
        }
        return Optional.empty();
    }

    /**
     * A TimelineJS (3, or 2 in its {@code timeline} wrapper) or vis-timeline file is recognised by its own keys;
     * anything else is read, and checked, as a story file, unless {@link #refusal} names another format it clearly is.
     */
    private static StoryFormat jsonFormat(byte[] content, int first) {
        String head =
                new String(content, first, Math.min(SNIFF_BYTES, content.length - first), StandardCharsets.ISO_8859_1);
        if (COUNTERPOINT_FORMAT.matcher(head).find()) {
            return StoryFormat.COUNTERPOINT;
        }
        if (TIMELINEJS_KEYS.matcher(head).find()) {
            return StoryFormat.TIMELINEJS_JSON;
        }
        if (TIMELINEJS2_WRAPPER.matcher(head).find()
                && TIMELINEJS2_KEYS.matcher(head).find()) {
            return StoryFormat.TIMELINEJS2_JSON;
        }
        boolean visKeys =
                VIS_ITEM_KEYS.matcher(head).find() && VIS_START.matcher(head).find();
        if (visKeys && (VIS_ITEMS.matcher(head).find() || content[first] == '[')) {
            return StoryFormat.VIS_TIMELINE;
        }
        return StoryFormat.COUNTERPOINT;
    }

    /**
     * Why a file that no importer takes is refused, naming the format it clearly is ("this looks like a GeoJSON
     * file, …"); empty for a file that Counterpoint opens, or that is read as a story so its problems are listed.
     *
     * @param start where the text starts, after a byte order mark
     */
    static Optional<LocalText> refusal(byte[] content, int start) {
        int first = firstNonSpace(content, start);
        if (first >= content.length) {
            return Optional.empty();
        }
        if (content[first] == '{' || content[first] == '[') {
            // the marks of those formats (a JSON Schema's "$schema", GeoJSON's coordinates) outweigh a TimelineJS key
            return hasFormatField(content, first) ? Optional.empty() : ForeignFormats.json(content, first);
        }
        return detect(content, start).isPresent() ? Optional.empty() : ForeignFormats.text(content, first);
    }

    /** Why a binary file of a known kind (a PDF, a Word document, an old .xls, a picture) is refused, else empty. */
    static Optional<LocalText> binaryRefusal(byte[] content) {
        return ForeignFormats.binary(content);
    }

    private static boolean hasFormatField(byte[] content, int first) {
        String head =
                new String(content, first, Math.min(SNIFF_BYTES, content.length - first), StandardCharsets.ISO_8859_1);
        return COUNTERPOINT_FORMAT.matcher(head).find();
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
