package app.counterpoint.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.problem.ValidationProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per kind of problem a story file can have, each pinned to the exact line and column. */
class StoryReaderProblemsTest {

    /** Every section with one complete entry, one per line, so a test can break a single field. */
    private static final String COMPLETE = """
            {"format": "counterpoint/1", "title": "T",
             "sources": [{"id": "s", "title": "S"}],
             "actors": [{"id": "a", "name": "A"}],
             "topics": [{"id": "t", "label": "L"}],
             "events": [{"id": "e", "title": "E", "start": "2017", "topics": ["t"]}],
             "statements": [{"id": "x", "event": "e", "actor": "a", "topics": ["t"], "text": "hi", "kind": "quote"}]}
            """;

    private final StoryReader reader = new StoryReader();

    private List<ValidationProblem> problems(String json) {
        LoadResult result = reader.read("story.json", json.getBytes(StandardCharsets.UTF_8));
        if (!result.problems().isEmpty()) {
            assertNull(result.story());
        }
        return result.problems();
    }

    private static ValidationProblem only(List<ValidationProblem> problems) {
        assertEquals(1, problems.size(), () -> "expected one problem: " + problems);
        return problems.get(0);
    }

    private static void assertProblem(ValidationProblem problem, int line, int column, String message) {
        assertEquals("story.json:" + line + ":" + column + ": " + message, problem.format());
    }

    /** The 1-based column where {@code marker} first starts on a line: the place the problem must point at. */
    private static int column(String json, int line, String marker) {
        int index = json.split("\n", -1)[line - 1].indexOf(marker);
        assertTrue(index >= 0, () -> "no " + marker + " on line " + line);
        return index + 1;
    }

    private static void assertHasProblem(List<ValidationProblem> problems, int line, int column, String fragment) {
        assertTrue(
                problems.stream()
                        .anyMatch(p -> p.line() == line
                                && p.column() == column
                                && p.message().contains(fragment)),
                () -> "no problem at " + line + ":" + column + " containing \"" + fragment + "\" in " + problems);
    }

    @Test
    void theCompleteTemplateHasNoProblem() {
        assertEquals(List.of(), problems(COMPLETE));
    }

    @Test
    void rootMustBeAnObject() {
        assertProblem(
                only(problems("\n  [1, 2]")),
                2,
                3,
                "a story file must contain one JSON object { … } but this one contains a list [ … ]");
    }

    @Test
    void aMissingFormatIsReportedWithTheFieldToAdd() {
        String json = COMPLETE.replace("\"format\": \"counterpoint/1\", ", "");
        assertProblem(
                only(problems(json)),
                1,
                1,
                "the required field 'format' is missing; add \"format\": \"counterpoint/1\"");
    }

    @Test
    void anotherFormatIsReportedWithTheOneThisVersionReads() {
        String json = COMPLETE.replace("counterpoint/1", "counterpoint/2");
        assertProblem(
                only(problems(json)),
                1,
                12,
                "format: expected \"counterpoint/1\" but found the text "
                        + "\"counterpoint/2\"; this version of Counterpoint reads only counterpoint/1");
    }

    @Test
    void aMissingTitleIsReported() {
        String json = COMPLETE.replace(", \"title\": \"T\"", "");
        assertProblem(only(problems(json)), 1, 1, "the required field 'title' is missing");
    }

    @ParameterizedTest(name = "{1} of line {0}")
    @CsvSource({
        "2, id, 14, sources[0]",
        "2, title, 14, sources[0]",
        "3, id, 13, actors[0]",
        "3, name, 13, actors[0]",
        "4, id, 13, topics[0]",
        "4, label, 13, topics[0]",
        "5, id, 13, events[0]",
        "5, title, 13, events[0]",
        "5, start, 13, events[0]",
        "5, topics, 13, events[0]",
        "6, id, 17, statements[0]",
        "6, event, 17, statements[0]",
        "6, actor, 17, statements[0]",
        "6, topics, 17, statements[0]",
        "6, text, 17, statements[0]",
        "6, kind, 17, statements[0]",
    })
    void requiredFieldMissingIsReportedAtItsObject(int line, String field, int column, String path) {
        String json = withoutField(COMPLETE, line, field);

        assertHasProblem(problems(json), line, column, path + ": the required field '" + field + "' is missing");
    }

    /** Removes {@code "field": value} from one line of the template. */
    private static String withoutField(String json, int line, String field) {
        String[] lines = json.split("\n", -1);
        String before = lines[line - 1];
        lines[line - 1] = before.replaceFirst("\"" + field + "\": (\"[^\"]*\"|\\[[^\\]]*\\])(, )?", "")
                .replace(", }", "}");
        assertFalse(before.equals(lines[line - 1]), "template has no field " + field + " on line " + line);
        return String.join("\n", lines);
    }

    @Test
    void aStoryWithoutActorsIsReported() {
        String json = COMPLETE.replace(" \"actors\": [{\"id\": \"a\", \"name\": \"A\"}],\n", "");
        assertHasProblem(problems(json), 1, 1, "the required field 'actors' is missing");
    }

    @Test
    void anEmptyListOfActorsAsksForOneSideThatSpeaks() {
        String json = """
                {"format": "counterpoint/1", "title": "T",
                 "actors": []}
                """;
        assertProblem(only(problems(json)), 2, 12, "actors: a story needs at least one actor (one side that speaks)");
    }

    @Test
    void aStatementWithoutTopicsIsReportedAtItsEmptyList() {
        String json = COMPLETE.replace("\"topics\": [\"t\"], \"text\"", "\"topics\": [], \"text\"");
        assertProblem(
                only(problems(json)),
                6,
                column(json, 6, "[]"),
                "statements[0].topics: a statement needs at least one topic");
    }

    @Test
    void emptyIdCountsAsMissing() {
        String json = COMPLETE.replace("{\"id\": \"s\"", "{\"id\": \"  \"");
        assertProblem(only(problems(json)), 2, 21, "sources[0].id: must not be empty");
    }

    @Test
    void aNumberWhereATextBelongsIsReportedAsANumber() {
        String json = COMPLETE.replace("\"start\": \"2017\"", "\"start\": 2017");
        assertProblem(
                only(problems(json)),
                5,
                column(json, 5, "2017"),
                "events[0].start: expected a text in double quotes but found the number 2017");
    }

    @Test
    void aTextWhereAListBelongsIsReportedAtTheText() {
        String json =
                COMPLETE.replace("\"topics\": [\"t\"]}],\n \"statements\"", "\"topics\": \"t\"}],\n \"statements\"");
        assertProblem(
                only(problems(json)),
                5,
                column(json, 5, "\"t\"}"),
                "events[0].topics: expected a list [ … ] of texts but found the text \"t\"");
    }

    @Test
    void aWrongValueInsideAListIsReportedWithItsPlaceInTheList() {
        String json = COMPLETE.replace("\"topics\": [\"t\"], \"text\"", "\"topics\": [\"t\", true], \"text\"");
        assertProblem(
                only(problems(json)),
                6,
                column(json, 6, "true"),
                "statements[0].topics[1]: expected a text in double quotes but found the value true");
    }

    @Test
    void aSectionThatIsNotAListIsReported() {
        String json = COMPLETE.replace("\"sources\": [{\"id\": \"s\", \"title\": \"S\"}]", "\"sources\": {}");
        List<ValidationProblem> problems = problems(json);
        assertHasProblem(problems, 2, 13, "sources: expected a list [ … ] of objects but found an object { … }");
    }

    @Test
    void anEntryThatIsNotAnObjectIsReportedWithItsIndex() {
        String json = COMPLETE.replace(
                "\"topics\": [{\"id\": \"t\", \"label\": \"L\"}]",
                "\"topics\": [{\"id\": \"t\", \"label\": \"L\"}, null]");
        assertProblem(
                only(problems(json)), 4, column(json, 4, "null"), "topics[1]: expected an object { … } but found null");
    }

    @Test
    void anUnknownActorInAFileIsReportedWithTheKnownOnes() {
        LoadResult result = reader.readResource("stories/invalid/unknown-actor.json");

        assertEquals(1, result.problems().size(), result.problems()::toString);
        assertEquals(
                "stories/invalid/unknown-actor.json:26:16: statements[1].actor: unknown actor 'kremlim' "
                        + "(known: white-house, kremlin)",
                result.problems().get(0).format());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"topics\": [\"t\"]}]        | \"topics\": [\"t\", \"war\"]}]       | 5 | \"war\" | events[0].topics[1]: unknown topic 'war' (known: t)",
                "\"topics\": [\"t\"]}]        | \"topics\": [\"t\"], \"actors\": [\"b\"]}] | 5 | \"b\" | events[0].actors[0]: unknown actor 'b' (known: a)",
                "\"topics\": [\"t\"]}]        | \"topics\": [\"t\"], \"sources\": [\"z\"]}] | 5 | \"z\" | events[0].sources[0]: unknown source 'z' (known: s)",
                "\"event\": \"e\"             | \"event\": \"f\"                     | 6 | \"f\" | statements[0].event: unknown event 'f' (known: e)",
                "\"topics\": [\"t\"], \"text\" | \"topics\": [\"u\"], \"text\"          | 6 | \"u\" | statements[0].topics[0]: unknown topic 'u' (known: t)",
                "\"kind\": \"quote\"}         | \"kind\": \"quote\", \"source\": \"q\"} | 6 | \"q\" | statements[0].source: unknown source 'q' (known: s)",
            })
    void unknownReferences(String from, String to, int line, String marker, String message) {
        String json = COMPLETE.replace(from.strip(), to.strip());

        assertProblem(only(problems(json)), line, column(json, line, marker.strip()), message.strip());
    }

    @Test
    void aDuplicateIdIsReportedWhereItIsUsedTheSecondTime() {
        String json = COMPLETE.replace(
                "{\"id\": \"t\", \"label\": \"L\"}",
                "{\"id\": \"t\", \"label\": \"L\"},\n            {\"id\": \"t\", \"label\": \"M\"}");
        assertProblem(
                only(problems(json)),
                5,
                20,
                "topics[1].id: the topic id 't' is already used by the topic on "
                        + "line 4; every topic needs its own id");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"start\": \"2017\" | \"start\": \"2017-02-30\" | 5 | \"2017-02-30\" | events[0].start: '2017-02-30' names day 30 of February 2017, which has 28 days",
                "\"start\": \"2017\" | \"start\": \"2017\", \"end\": \"2017-13\" | 5 | \"2017-13\" | events[0].end: '2017-13' has month 13; months run from 01 to 12",
                "\"kind\": \"quote\"} | \"kind\": \"quote\", \"date\": \"2017-5-1\"} | 6 | \"2017-5-1\" | statements[0].date: '2017-5-1' is not an ISO 8601 date",
                "\"title\": \"S\"} | \"title\": \"S\", \"date\": \"2019-02-29\"} | 2 | \"2019-02-29\" | sources[0].date: '2019-02-29' names day 29 of February 2019",
            })
    void impossibleDates(String from, String to, int line, String marker, String message) {
        String json = COMPLETE.replace(from.strip(), to.strip());

        ValidationProblem problem = only(problems(json));
        assertEquals(
                line + ":" + column(json, line, marker.strip()),
                problem.line() + ":" + problem.column(),
                problem::toString);
        assertTrue(problem.message().startsWith(message.strip()), problem::toString);
    }

    @Test
    void yearAtTheEdgeOfTimeIsAProblemNotACrash() {
        String json = COMPLETE.replace("\"start\": \"2017\"", "\"start\": \"-100000000000\"");
        assertProblem(
                only(problems(json)),
                5,
                column(json, 5, "\"-100000000000\""),
                "events[0].start: '-100000000000' has a year of 12 digits; years must lie between -99999999999 and "
                        + "99999999999");
    }

    @Test
    void anEndBeforeTheStartIsReportedAtTheEnd() {
        String json = COMPLETE.replace("\"start\": \"2017\"", "\"start\": \"2017-05-03\", \"end\": \"2017-05-02\"");
        assertProblem(
                only(problems(json)),
                5,
                column(json, 5, "\"2017-05-02\""),
                "events[0].end: the end date 2017-05-02 is before the start date "
                        + "2017-05-03; swap them or fix the end date");
    }

    @Test
    void endOnStartDayOrCoveringItIsFine() {
        assertEquals(
                List.of(),
                problems(
                        COMPLETE.replace("\"start\": \"2017\"", "\"start\": \"2017-05-03\", \"end\": \"2017-05-03\"")));
        assertEquals(
                List.of(),
                problems(COMPLETE.replace("\"start\": \"2017\"", "\"start\": \"2017-05-03\", \"end\": \"2017-05\"")));
    }

    @Test
    void anUnknownKindIsReportedWithTheTwoThatExist() {
        String json = COMPLETE.replace("\"kind\": \"quote\"", "\"kind\": \"Quote\"");
        assertProblem(
                only(problems(json)),
                6,
                column(json, 6, "\"Quote\""),
                "statements[0].kind: expected \"quote\" or \"paraphrase\" but found the text \"Quote\"");
    }

    @Test
    void anActorsInvalidColourIsReportedAtTheColour() {
        String json = COMPLETE.replace("\"name\": \"A\"", "\"name\": \"A\", \"color\": \"#12345\"");
        ValidationProblem problem = only(problems(json));
        assertEquals(3 + ":" + column(json, 3, "\"#12345\""), problem.line() + ":" + problem.column());
        assertTrue(problem.message().startsWith("actors[0].color: '#12345' is not a CSS colour"), problem::toString);
    }

    @Test
    void aTopicsOutOfRangeColourIsReported() {
        String json = COMPLETE.replace("\"label\": \"L\"", "\"label\": \"L\", \"color\": \"rgb(300, 0, 0)\"");
        assertHasProblem(
                problems(json), 4, column(json, 4, "\"rgb("), "topics[0].color: 'rgb(300, 0, 0)' is not a CSS colour");
    }

    @ParameterizedTest
    @CsvSource({"www.example.org", "ftp://example.org/x", "https://", "/relative/path", "https://exa mple.org"})
    void urlMustBeAbsoluteHttp(String url) {
        String json = COMPLETE.replace("\"title\": \"S\"", "\"title\": \"S\", \"url\": \"" + url + "\"");
        ValidationProblem problem = only(problems(json));
        assertEquals(2 + ":" + column(json, 2, "\"" + url), problem.line() + ":" + problem.column());
        assertEquals(
                "sources[0].url: '" + url + "' is not a web address; it must start with http:// or https://, "
                        + "such as https://www.example.org/article",
                problem.message());
    }

    @Test
    void unknownFieldsAreIgnoredEverywhere() {
        String json = COMPLETE.replace("\"title\": \"T\",", "\"title\": \"T\", \"v2\": {\"x\": [1]},")
                .replace("\"label\": \"L\"", "\"label\": \"L\", \"icon\": 3")
                .replace("\"kind\": \"quote\"", "\"kind\": \"quote\", \"tone\": null");
        assertEquals(List.of(), problems(json));
    }

    @Test
    void aFieldNamedTwiceInOneObjectIsReported() {
        String json = COMPLETE.replace("\"name\": \"A\"", "\"name\": \"A\", \"name\": \"B\"");
        assertProblem(
                only(problems(json)),
                3,
                column(json, 3, "\"B\""),
                "the field 'name' appears twice in the same object; keep only one");
    }

    @Test
    void columnsCountCharactersNotBytes() {
        String json = "{\"format\": \"counterpoint/1\", \"title\": \"Café — €𝄞\", \"actors\": 5}";
        assertProblem(
                only(problems(json)),
                1,
                json.indexOf("5}") + 1,
                "actors: expected a list [ … ] of objects but found the number 5");
    }

    @Test
    void syntaxErrorAfterNonAsciiTextPointsAtTheRightCharacter() {
        String json = "{\"title\": \"Ünïcödé\" \"x\": 1}";
        ValidationProblem problem = only(problems(json));
        assertEquals("1:" + (json.indexOf("\"x\"") + 1), problem.line() + ":" + problem.column(), problem::toString);
    }

    @Test
    void syntaxErrorIsTheOnlyProblemReported() {
        LoadResult result = reader.readResource("stories/invalid/syntax-error.json");

        ValidationProblem problem = only(result.problems());
        assertEquals(4, problem.line());
        assertEquals(3, problem.column());
        assertEquals(
                "a comma is missing at the end of the previous line: the fields of an object { … } are separated by"
                        + " commas",
                problem.message());
        assertFalse(problem.message().contains("Source"), problem::toString);
    }

    @Test
    void trailingCommaGetsAHint() {
        String json = COMPLETE.replace("\"label\": \"L\"}]", "\"label\": \"L\"},]");
        assertProblem(
                only(problems(json)),
                4,
                column(json, 4, ",]") + 1,
                "there is a comma after the last item of this list: remove the comma before the ]");
    }

    @Test
    void contentAfterTheStorysObjectIsReportedWhereItBegins() {
        assertProblem(
                only(problems(COMPLETE + "\n{}")),
                8,
                1,
                "the file's content ended with the closing bracket on line 6, but more follows here: remove it, or move"
                        + " it inside the brackets if it belongs to the story");
    }

    @Test
    void severalProblemsAreAllReportedInFileOrder() {
        LoadResult result = reader.readResource("stories/invalid/several-problems.json");

        List<String> found = result.problems().stream()
                .map(p -> p.line() + ":" + p.column() + " "
                        + p.message().substring(0, p.message().indexOf(':')))
                .toList();
        assertEquals(
                List.of(
                        "5:52 actors[0].color",
                        "6:12 actors[1].id",
                        "12:50 events[0].start",
                        "12:75 events[0].topics[0]",
                        "13:69 events[1].end",
                        "16:95 statements[0].kind"),
                found);
        assertNull(result.story());
    }
}
