package app.counterpoint.io;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.json.JsonValueNode;
import app.counterpoint.io.validate.StoryFields;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Files that are clearly some other format than any Counterpoint opens, named in the refusal ("this looks like a
 * GeoJSON file, which …") instead of a list of Counterpoint's missing fields. Pure: looks at the first bytes only.
 */
final class ForeignFormats {

    /** What every refusal ends with: what would open. */
    static final String WHAT_OPENS = "Counterpoint opens its own story files, TimelineJS 2 and 3 JSON, vis-timeline "
            + "data (items and groups) and TimelineJS or statement spreadsheets saved as CSV or .xlsx";

    private static final int SNIFF_BYTES = 64 * 1024;

    private static final Pattern GEOJSON = Pattern.compile(
            "\"type\"\\s*:\\s*\"(FeatureCollection|Feature|GeometryCollection|MultiPolygon|Polygon|LineString|Point)\"");
    private static final Pattern STORYMAP = Pattern.compile("\"storymap\"\\s*:\\s*\\{");
    private static final Pattern JSON_SCHEMA = Pattern.compile("\"\\$schema\"\\s*:\\s*\"https?://json-schema\\.org");
    private static final Pattern SHEETS_FEED = Pattern.compile("\"gsx\\$");

    private ForeignFormats() {}

    /** The refusal of JSON that is clearly not a story nor any timeline Counterpoint imports, else empty. */
    static Optional<String> json(byte[] content, int first) {
        String head = head(content, first);
        if (GEOJSON.matcher(head).find() && (head.contains("\"coordinates\"") || head.contains("\"features\""))) {
            return refuse("a GeoJSON file (map features and their coordinates), which holds places, not dated events");
        }
        if (STORYMAP.matcher(head).find()) {
            return refuse("a StoryMapJS file (Knight Lab's map stories), whose slides have places, not dates");
        }
        if (SHEETS_FEED.matcher(head).find()) {
            return refuse(
                    "a Google Sheets JSON feed (the old Sheets API that TimelineJS 2 read), which needs Google to "
                            + "read; download the sheet as .xlsx (File › Download › Microsoft Excel) and open that instead");
        }
        if (JSON_SCHEMA.matcher(head).find() && head.contains("\"properties\"")) {
            return refuse("a JSON Schema, which describes files rather than being a story");
        }
        return Optional.empty();
    }

    private static final String[] STORY_FIELDS = StoryFields.STORY.toArray(new String[0]);

    /**
     * The refusal of a parsed object with fields but none of a story's, which is some other program's file (an icon
     * font's selection, a build tool's settings), named by its own fields rather than told to add "format", "title"
     * and "actors"; empty for anything else ({@code {}} is a story not yet written and is told what it lacks).
     */
    static Optional<LocalText> otherProgramsObject(JsonValueNode root) {
        if (!root.isObject() || StoryFields.STORY.stream().anyMatch(name -> root.get(name) != null)) {
            return Optional.empty();
        }
        List<String> names = root.membersOutside(STORY_FIELDS).stream()
                .limit(6)
                .map(Map.Entry::getKey)
                .toList();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        String shown = String.join(", ", names.subList(0, Math.min(5, names.size()))) + (names.size() > 5 ? ", …" : "");
        return Optional.of(LocalText.of("problem.otherProgram", shown, LocalText.of("problem.whatOpens")));
    }

    /** The refusal of well-formed JSON that is a list but not of vis-timeline items. */
    static final String PLAIN_LIST = "this file is a plain list [ … ], not a story: a Counterpoint story is one object "
            + "{ … } with \"format\": \"counterpoint/1\", and a list opens only when it is vis-timeline items, each "
            + "with \"start\" and \"content\". " + WHAT_OPENS;

    /** The refusal of text that is not JSON nor a known CSV, when it is clearly a known other format, else empty. */
    static Optional<String> text(byte[] content, int first) {
        String head = head(content, first).toLowerCase(Locale.ROOT);
        if (head.startsWith("<")) {
            if (head.contains("<data") && head.contains("<event")) {
                return refuse("a SIMILE Timeline XML file (<data> of <event>s), which Counterpoint cannot read yet; "
                        + "TimelineJS's spreadsheet template (CSV or .xlsx) is the way to bring its events over");
            }
            if (head.contains("<kml")) {
                return refuse("a KML map file, which holds places, not dated events");
            }
            if (head.contains("<html") || head.contains("<!doctype html")) {
                return refuse("a web page (HTML); to make a story from an article use "
                        + "'java -jar counterpoint.jar draft page.html'");
            }
            if (head.contains("<svg")) {
                return refuse("an SVG picture");
            }
            return refuse("an XML file, not JSON or CSV");
        }
        if (head.startsWith("//") || head.startsWith("/*")) {
            return refuse("JSON with comments (// or /* */), as programs' settings files are written; JSON itself has "
                    + "no comments, and timelines are written without them");
        }
        if (head.startsWith("begin:vcalendar")) {
            return refuse("an iCalendar file (.ics) of calendar entries, which Counterpoint cannot read yet");
        }
        return Optional.empty();
    }

    /** The refusal of a binary file of a known kind (a PDF, a Word document, an old .xls, a picture), else empty. */
    static Optional<String> binary(byte[] content) {
        if (startsWith(content, "%PDF")) {
            return refuse("a PDF document; to make a story from an article, save its text and use "
                    + "'java -jar counterpoint.jar draft article.txt'");
        }
        if (startsWith(content, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return refuse("an Excel 97–2003 workbook (.xls) or an old Word document, which Counterpoint cannot read; "
                    + "save it as .xlsx (Excel: File › Save As › Excel Workbook) or as CSV and open that");
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                || startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
                || startsWith(content, "GIF8")) {
            return refuse("a picture");
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            String names = new String(content, 0, Math.min(content.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            if (names.contains("word/")) {
                return refuse("a Word document (.docx); to make a story from an article, save it as text and use "
                        + "'java -jar counterpoint.jar draft article.txt'");
            }
            if (names.contains("ppt/")) {
                return refuse("a PowerPoint presentation (.pptx)");
            }
            if (names.contains("application/vnd.oasis.opendocument.spreadsheet")) {
                return refuse("a LibreOffice spreadsheet (.ods), which Counterpoint cannot read yet; save it as .xlsx "
                        + "(File › Save As, \"Excel 2007-365\") or as CSV and open that");
            }
            if (names.contains("application/vnd.oasis.opendocument.text")) {
                return refuse("a LibreOffice text document (.odt)");
            }
            if (names.contains("application/vnd.oasis.opendocument.presentation")) {
                return refuse("a LibreOffice presentation (.odp)");
            }
            return refuse("a ZIP archive; unpack it and open the story, timeline or spreadsheet inside");
        }
        return Optional.empty();
    }

    private static Optional<String> refuse(String what) {
        return Optional.of("this looks like " + what + ", so Counterpoint cannot open it. " + WHAT_OPENS);
    }

    private static String head(byte[] content, int first) {
        return new String(content, first, Math.min(SNIFF_BYTES, content.length - first), StandardCharsets.ISO_8859_1);
    }

    private static boolean startsWith(byte[] content, String prefix) {
        return startsWith(content, prefix.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
