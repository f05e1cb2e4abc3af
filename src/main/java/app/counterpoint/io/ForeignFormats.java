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
    static final LocalText WHAT_OPENS = LocalText.of("problem.whatOpens");

    private static final int SNIFF_BYTES = 64 * 1024;

    private static final Pattern GEOJSON = Pattern.compile(
            "\"type\"\\s*:\\s*\"(FeatureCollection|Feature|GeometryCollection|MultiPolygon|Polygon|LineString|Point)\"");
    private static final Pattern STORYMAP = Pattern.compile("\"storymap\"\\s*:\\s*\\{");
    private static final Pattern JSON_SCHEMA = Pattern.compile("\"\\$schema\"\\s*:\\s*\"https?://json-schema\\.org");
    private static final Pattern SHEETS_FEED = Pattern.compile("\"gsx\\$");

    private ForeignFormats() {}

    /** The refusal of JSON that is clearly not a story nor any timeline Counterpoint imports, else empty. */
    static Optional<LocalText> json(byte[] content, int first) {
        String head = head(content, first);
        if (GEOJSON.matcher(head).find() && (head.contains("\"coordinates\"") || head.contains("\"features\""))) {
            return refuse("problem.foreign.geojson");
        }
        if (STORYMAP.matcher(head).find()) {
            return refuse("problem.foreign.storymap");
        }
        if (SHEETS_FEED.matcher(head).find()) {
            return refuse("problem.foreign.sheetsFeed");
        }
        if (JSON_SCHEMA.matcher(head).find() && head.contains("\"properties\"")) {
            return refuse("problem.foreign.jsonSchema");
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
        return Optional.of(LocalText.of("problem.otherProgram", shown, WHAT_OPENS));
    }

    /** The refusal of well-formed JSON that is a list but not of vis-timeline items. */
    static final LocalText PLAIN_LIST = LocalText.of("problem.foreign.plainList", WHAT_OPENS);

    /** The refusal of text that is not JSON nor a known CSV, when it is clearly a known other format, else empty. */
    static Optional<LocalText> text(byte[] content, int first) {
        String head = head(content, first).toLowerCase(Locale.ROOT);
        if (head.startsWith("<")) {
            if (head.contains("<data") && head.contains("<event")) {
                return refuse("problem.foreign.simile");
            }
            if (head.contains("<kml")) {
                return refuse("problem.foreign.kml");
            }
            if (head.contains("<html") || head.contains("<!doctype html")) {
                return refuse("problem.foreign.webPage");
            }
            if (head.contains("<svg")) {
                return refuse("problem.foreign.svg");
            }
            return refuse("problem.foreign.xml");
        }
        if (head.startsWith("//") || head.startsWith("/*")) {
            return refuse("problem.foreign.jsonComments");
        }
        if (head.startsWith("begin:vcalendar")) {
            return refuse("problem.foreign.ical");
        }
        return Optional.empty();
    }

    /** The refusal of a binary file of a known kind (a PDF, a Word document, an old .xls, a picture), else empty. */
    static Optional<LocalText> binary(byte[] content) {
        if (startsWith(content, "%PDF")) {
            return refuse("problem.foreign.pdf");
        }
        if (startsWith(content, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return refuse("problem.foreign.oldOffice");
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                || startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
                || startsWith(content, "GIF8")) {
            return refuse("problem.foreign.picture");
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            String names = new String(content, 0, Math.min(content.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            if (names.contains("word/")) {
                return refuse("problem.foreign.docx");
            }
            if (names.contains("ppt/")) {
                return refuse("problem.foreign.pptx");
            }
            if (names.contains("application/vnd.oasis.opendocument.spreadsheet")) {
                return refuse("problem.foreign.ods");
            }
            if (names.contains("application/vnd.oasis.opendocument.text")) {
                return refuse("problem.foreign.odt");
            }
            if (names.contains("application/vnd.oasis.opendocument.presentation")) {
                return refuse("problem.foreign.odp");
            }
            return refuse("problem.foreign.zip");
        }
        return Optional.empty();
    }

    /** "this looks like a picture, so Counterpoint cannot open it. Counterpoint opens …" */
    private static Optional<LocalText> refuse(String kind) {
        return Optional.of(LocalText.of("problem.foreign.looksLike", LocalText.of(kind), WHAT_OPENS));
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
