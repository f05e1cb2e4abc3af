package app.counterpoint.io.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/story-format.md} says what the reader and the schema say: its complete example is valid for both, and
 * its field tables list exactly the schema's fields, each required exactly when the schema requires it.
 */
class StoryFormatDocsTest {

    private static final Path DOC = Path.of("docs", "story-format.md");

    /** The headings of the field tables, by the schema definition each describes. */
    private static final Map<String, String> TABLES = Map.of(
            "### Top level", "story",
            "### Source", "source",
            "### Actor (a side)", "actor",
            "### Topic", "topic",
            "### Event", "event",
            "### Statement", "statement",
            "### Excerpt", "excerpt",
            "### Tour", "tour",
            "### Tour step", "tourStep",
            "### Zoom as a stretch of time", "zoomRange");

    private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z$]+)`\\s*\\| (yes|no)\\s*\\|", Pattern.MULTILINE);

    private final StorySchema schema = new StorySchema();

    private static String doc() throws IOException {
        return Files.readString(DOC);
    }

    /** The first ```json block after a heading of the doc. */
    static String jsonBlockAfter(String doc, String heading) {
        int at = doc.indexOf("\n" + heading + "\n");
        assertTrue(at >= 0, "no heading " + heading);
        int start = doc.indexOf("```json\n", at);
        int end = doc.indexOf("\n```", start + 1);
        return doc.substring(start + "```json\n".length(), end + 1);
    }

    @Test
    void theCompleteExampleIsValidForTheReaderAndTheSchema() throws Exception {
        String example = jsonBlockAfter(doc(), "## A complete minimal story");
        LoadResult result = new StoryReader().read("story-format.md example", example.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(), schema.validate(example));
        assertTrue(result.story().statements().size() >= 2, "the example shows statements");
    }

    @Test
    void theFieldTablesListTheSchemasFieldsAndWhichAreRequired() throws IOException {
        String doc = doc();
        for (Map.Entry<String, String> table : TABLES.entrySet()) {
            Map<String, Boolean> inDoc = new TreeMap<>();
            Matcher row = ROW.matcher(section(doc, table.getKey()));
            while (row.find()) {
                inDoc.put(row.group(1), row.group(2).equals("yes"));
            }
            assertEquals(inSchema(table.getValue()), inDoc, "the table under " + table.getKey());
        }
    }

    /** A kind of object added to the format is documented in a table of its own. */
    @Test
    void everyKindOfObjectHasAFieldTable() {
        assertEquals(
                new java.util.TreeSet<>(StoryFields.byKind().keySet()),
                new java.util.TreeSet<>(TABLES.values()),
                "StoryFields' kinds and the doc's tables");
    }

    private static String section(String doc, String heading) {
        int start = doc.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "no heading " + heading);
        int end = doc.indexOf("\n#", start + heading.length() + 2);
        return doc.substring(start, end < 0 ? doc.length() : end);
    }

    private Map<String, Boolean> inSchema(String kind) {
        JsonNode definition =
                kind.equals("story") ? schema.tree() : schema.tree().at("/$defs/" + kind);
        List<String> required = new ArrayList<>();
        for (JsonNode name : definition.get("required")) {
            required.add(name.asText());
        }
        Map<String, Boolean> fields = new LinkedHashMap<>();
        for (var names = definition.get("properties").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("$schema")) {
                fields.put(name, required.contains(name));
            }
        }
        return new TreeMap<>(fields);
    }
}
