package app.counterpoint.io.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.counterpoint.io.FormatDetector;
import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryFormat;
import app.counterpoint.io.StoryReader;
import app.counterpoint.io.problem.ValidationProblem;
import app.counterpoint.io.validate.StoryFormatMutations.Mutation;
import app.counterpoint.io.validate.StorySchema.Violation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The story format has one truth (issue #20): the reader ({@code check}) and the JSON Schema editors use agree on every
 * rule a schema can express, both ways, over every story file in the repository and over a table of one-field changes
 * ({@link StoryFormatMutations}).
 *
 * <p>Rules a JSON Schema cannot express, which the reader alone checks (the {@code READER_ONLY} rows of the table):
 * <ul>
 *   <li>ids unique per kind;
 *   <li>references (event, actor, topic, source, statement) naming an existing id;
 *   <li>a tour step's topic being one its event has a row for, and its statement being about its event and on its
 *       topic;
 *   <li>an event's end (and a step's zoom's end) not before its start;
 *   <li>impossible dates: a day that its month does not have ("2017-02-30", "2017-04-31", 29 February of a common
 *       year);
 *   <li>the numbers in a colour within their ranges (0–255 or 0–100% per rgb channel, 0–1 or 0–100% alpha);
 *   <li>a web address well formed beyond its "http(s)://host" start (no spaces, a real host name).
 * </ul>
 *
 * <p>Which files are what, by folder (so every story a later feature adds is checked without being listed):
 * <ul>
 *   <li>every {@code *.json} under {@code resources/} and {@code src/test/resources/} is a Counterpoint story, which
 *       the reader and the schema must both accept, except
 *   <li>files under a folder named {@code import}: inputs of the importers (TimelineJS and the like), which must not
 *       be Counterpoint stories and are not checked against the schema;
 *   <li>files under a folder named {@code invalid}, or named {@code broken-*.json} or {@code invalid-*.json}:
 *       deliberately invalid stories, which the reader must reject and where each schema error must also be a reader
 *       problem at the same line and column;
 *   <li>{@code *.schema.json} files, which are schemas.
 * </ul>
 */
class StorySchemaAgreementTest {

    private static final List<Path> ROOTS = List.of(Path.of("resources"), Path.of("src", "test", "resources"));

    private static final StorySchema SCHEMA = new StorySchema();

    private final StoryReader reader = new StoryReader();

    private enum Role {
        STORY,
        INVALID_STORY,
        IMPORT_INPUT
    }

    static Role roleOf(Path file) {
        String name = file.getFileName().toString();
        List<String> folders = new ArrayList<>();
        for (Path part : file.getParent()) {
            folders.add(part.toString());
        }
        if (folders.contains("import")) {
            return Role.IMPORT_INPUT;
        }
        if (folders.contains("invalid") || name.startsWith("broken-") || name.startsWith("invalid-")) {
            return Role.INVALID_STORY;
        }
        return Role.STORY;
    }

    static List<Path> jsonFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : ROOTS) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().endsWith(".json"))
                        .filter(p -> !p.getFileName().toString().endsWith(".schema.json"))
                        .sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    @TestFactory
    Stream<DynamicTest> everyJsonFileInTheRepositoryAgreesWithTheSchema() throws IOException {
        List<Path> files = jsonFiles();
        assertTrue(files.contains(Path.of("resources", "stories", "trump-putin-2017.json")), () -> "found " + files);
        assertTrue(files.stream().anyMatch(f -> roleOf(f) == Role.INVALID_STORY), "no deliberately invalid story");
        return files.stream().map(file -> DynamicTest.dynamicTest(file + " (" + roleOf(file) + ")", () -> check(file)));
    }

    private void check(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        switch (roleOf(file)) {
            case IMPORT_INPUT ->
                assertNotEquals(
                        StoryFormat.COUNTERPOINT,
                        FormatDetector.detect(bytes).orElse(null),
                        file + " is a Counterpoint story in an import folder; move it to a stories folder");
            case STORY -> {
                LoadResult result = reader.read(file);
                assertEquals(List.of(), result.problems(), file + " must be valid (or go under an 'invalid' folder)");
                assertEquals(
                        List.of(), SCHEMA.validate(text(bytes)), file + " is valid for the reader, so for the schema");
            }
            case INVALID_STORY -> {
                LoadResult result = reader.read(file);
                assertFalse(result.isValid(), file + " is in an 'invalid' place but the reader accepts it");
                List<Violation> violations;
                try {
                    violations = SCHEMA.validate(strictUtf8(bytes));
                } catch (CharacterCodingException | JsonProcessingException e) {
                    return; // no UTF-8 or no JSON at all: the reader rejected it, and the schema cannot see it
                }
                assertEachViolationIsAReaderProblem(violations, result.problems());
            }
        }
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void assertEachViolationIsAReaderProblem(
            List<Violation> violations, List<ValidationProblem> problems) {
        for (Violation violation : violations) {
            assertTrue(
                    problems.stream().anyMatch(p -> at(p, violation.position())),
                    () -> "the schema finds " + violation + " but the reader reports nothing there: " + problems);
        }
    }

    private static boolean at(ValidationProblem problem, JsonLocations.Position position) {
        return problem.line() == position.line() && problem.column() == position.column();
    }

    static List<Mutation> mutations() {
        return StoryFormatMutations.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void readerAndSchemaGiveTheSameVerdict(Mutation mutation) throws JsonProcessingException {
        String json = mutation.apply();
        List<ValidationProblem> problems =
                reader.read("story.json", json.getBytes(StandardCharsets.UTF_8)).problems();
        List<Violation> violations = SCHEMA.validate(json);
        JsonLocations.Position place = JsonLocations.of(json).at(mutation.place());
        String both = "\n" + json + "\nreader: " + problems + "\nschema: " + violations;
        switch (mutation.verdict()) {
            case BOTH_ACCEPT -> {
                assertEquals(List.of(), problems, "the reader must accept it" + both);
                assertEquals(List.of(), violations, "the schema must accept it" + both);
            }
            case BOTH_REJECT -> {
                assertTrue(problems.stream().anyMatch(p -> at(p, place)), "no reader problem at " + place + both);
                assertTrue(
                        violations.stream().anyMatch(v -> v.position().equals(place)),
                        "no schema error at " + place + both);
                assertEachViolationIsAReaderProblem(violations, problems);
            }
            case READER_ONLY -> {
                assertTrue(problems.stream().anyMatch(p -> at(p, place)), "no reader problem at " + place + both);
                assertEquals(
                        List.of(),
                        violations,
                        "the schema now checks this rule too: make the row BOTH_REJECT and take the rule off the"
                                + " list of rules a schema cannot express" + both);
            }
        }
    }

    /**
     * A field added to the format is used by a story in the repository (a test story at least), so the reader, the
     * schema and the writer are all tried on it.
     */
    @Test
    void everyFieldOfTheFormatIsUsedBySomeStoryInTheRepository() throws IOException {
        Set<String> used = new TreeSet<>();
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (Path file : jsonFiles()) {
            if (roleOf(file) == Role.STORY) {
                collectFields(mapper.readTree(file.toFile()), "story", used);
            }
        }
        Set<String> missing = new TreeSet<>();
        StoryFields.byKind()
                .forEach((kind, fields) -> fields.stream()
                        .map(field -> kind + "." + field)
                        .filter(name -> !used.contains(name))
                        .forEach(missing::add));
        assertEquals(Set.of(), missing, "fields no story in resources/ or src/test/resources/ uses");
    }

    private static void collectFields(JsonNode object, String kind, Set<String> used) {
        if (object == null || !object.isObject()) {
            return;
        }
        object.fieldNames().forEachRemaining(name -> used.add(kind + "." + name));
        java.util.Map<String, String> lists = switch (kind) {
            case "story" ->
                java.util.Map.of(
                        "sources", "source",
                        "actors", "actor",
                        "topics", "topic",
                        "events", "event",
                        "statements", "statement",
                        "tours", "tour");
            case "tour" -> java.util.Map.of("steps", "tourStep");
            default -> java.util.Map.of();
        };
        lists.forEach((field, itemKind) -> {
            JsonNode list = object.get(field);
            if (list != null && list.isArray()) {
                list.forEach(item -> collectFields(item, itemKind, used));
            }
        });
        if (kind.equals("statement")) {
            collectFields(object.get("excerpt"), "excerpt", used);
        }
        if (kind.equals("tourStep")) {
            collectFields(object.get("zoom"), "zoomRange", used);
        }
    }

    @Test
    void theSchemaDescribesEveryFieldTheReaderKnowsAndNoOther() {
        JsonNode tree = SCHEMA.tree();
        StoryFields.byKind().forEach((kind, fields) -> {
            JsonNode properties =
                    kind.equals("story") ? tree.get("properties") : tree.at("/$defs/" + kind + "/properties");
            Set<String> inSchema = new TreeSet<>();
            properties.fieldNames().forEachRemaining(inSchema::add);
            inSchema.remove("$schema"); // for editors only; the reader ignores it like any unknown field
            assertEquals(new TreeSet<>(fields), inSchema, "the fields of " + kind + " in StoryFields and the schema");
            properties.forEach(property -> assertTrue(
                    property.has("description") || property.has("$ref"), kind + ": a property without help"));
        });
    }

    /**
     * The field names the decoder reads, as written in its source ({@code entry, path, "name"}, {@code .get("name")},
     * {@code entries(root, "name"}): each must be in {@link StoryFields}, so a new field cannot be read without being
     * listed there, and so in the schema.
     */
    @Test
    void theDecoderReadsNoFieldMissingFromStoryFields() throws IOException {
        Pattern read = Pattern.compile("(?:\\b(?:entry|root|object|source|statement|excerpt)\\s*,\\s*(?:path|\"\")\\s*,"
                + "\\s*|\\.get\\(|\\bentries\\(\\s*root\\s*,\\s*)\"([A-Za-z$][A-Za-z0-9]*)\"");
        Set<String> known = new TreeSet<>();
        StoryFields.byKind().values().forEach(known::addAll);
        Set<String> found = new TreeSet<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/app/counterpoint/io/validate"))) {
            for (Path source : sources.toList()) {
                Matcher m = read.matcher(Files.readString(source));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        assertTrue(found.containsAll(List.of("format", "title", "start", "color", "kind")), () -> "found " + found);
        Set<String> unknown = new TreeSet<>(found);
        unknown.removeAll(known);
        assertEquals(Set.of(), unknown, "fields the decoder reads that StoryFields (and so the schema) lacks");
    }

    /** A required text is "empty" when String.isBlank says so; the schema's pattern must say the same of every char. */
    @Test
    void theSchemasNotEmptyPatternIsStringIsBlank() {
        Pattern notEmpty = Pattern.compile(SCHEMA.tree().at("/$defs/id/pattern").asText());
        for (char c = 0; c < Character.MIN_SURROGATE; c++) {
            String s = String.valueOf(c);
            if (s.isBlank() == notEmpty.matcher(s).find()) {
                fail(String.format(
                        Locale.ROOT,
                        "U+%04X: isBlank %s, schema pattern matches %s",
                        (int) c,
                        s.isBlank(),
                        notEmpty.matcher(s).find()));
            }
        }
        SCHEMA.tree().findValues("pattern").forEach(pattern -> {
            if (pattern.asText().startsWith("[^")) {
                assertEquals(notEmpty.pattern(), pattern.asText(), "every not-empty pattern is the same");
            }
        });
    }

    @Test
    void everyColourNameTheReaderKnowsIsInTheSchemaInAnyCase() throws JsonProcessingException {
        Pattern colour =
                Pattern.compile(SCHEMA.tree().at("/$defs/color/pattern").asText());
        for (String name : CssColor.NAMED_COLORS) {
            for (String spelling : List.of(name, name.toUpperCase(Locale.ROOT), "  " + name + " ")) {
                assertTrue(CssColor.isValid(spelling), spelling);
                assertTrue(colour.matcher(spelling).find(), () -> spelling + " is missing from the schema");
            }
        }
        assertFalse(colour.matcher("steelbluee").find());
        String dates = SCHEMA.tree().at("/$defs/date/pattern").asText();
        assertEquals(dates, SCHEMA.tree().at("/$defs/optionalDate/pattern").asText(), "one date pattern");
    }
}
