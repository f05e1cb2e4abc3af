package app.counterpoint.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.cli.CheckCommand;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import app.counterpoint.io.problem.ValidationProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of syntax mistake a teacher makes writing a story by hand gets a message in plain words that says what
 * to do, at the exact place: none of the parser's own vocabulary (token names, "code 34", Java class names).
 */
class PlainSyntaxMessagesTest {

    /** What a plain message must never contain: the parser's and Java's words, not a teacher's. */
    private static final Pattern JARGON = Pattern.compile(
            "VALUE_STRING|START_OBJECT|END_OBJECT|START_ARRAY|END_ARRAY|FIELD_NAME|VALUE_NUMBER|Unexpected character"
                    + "|Unrecognized|end-of-input|close marker|CTRL-CHAR|code \\d+|Feature|ALLOW_|JsonReadFeature"
                    + "|\\[Source|REDACTED|Exception|java\\.|com\\.fasterxml|jackson|token|was expecting"
                    + "|JSON syntax error|non-standard|\\bspec\\b",
            Pattern.CASE_INSENSITIVE);

    private static final String HEAD = "{\"format\": \"counterpoint/1\", \"title\": \"T\",\n";
    private static final String OK = HEAD + " \"actors\": [{\"id\": \"a\", \"name\": \"A\"}]}\n";

    /** The position the message must point at: where {@code marker} first starts after {@code from}. */
    private static int[] at(String json, int from, String marker) {
        int index = marker == null ? json.length() : json.indexOf(marker, from);
        if (index < 0) {
            throw new IllegalArgumentException("no " + marker + " in " + json);
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (json.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, index - lineStart + 1};
    }

    /** A mistake in a story's second line; {@code marker} (null: the end of the file) is where it is reported. */
    private static Arguments text(String kind, String json, String marker, String advice) {
        int[] at = at(json, json.startsWith(OK) ? OK.length() : HEAD.length(), marker);
        return Arguments.of(kind, json.getBytes(StandardCharsets.UTF_8), at[0], at[1], advice);
    }

    private static Arguments bytes(String kind, byte[] content, int line, int column, String advice) {
        return Arguments.of(kind, content, line, column, advice);
    }

    private static byte[] concat(byte[] a, String b) {
        byte[] tail = b.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + tail.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(tail, 0, all, a.length, tail.length);
        return all;
    }

    static Stream<Arguments> mistakes() {
        byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String cut = "has the end of the file been cut off?";
        String value = "a value is missing";
        return Stream.of(
                text(
                        "unclosed text at the end of the file",
                        HEAD + " \"actors\": [{\"id\": \"a",
                        null,
                        "is its closing quotation mark (\") missing?"),
                text(
                        "unclosed text before the next line",
                        HEAD + " \"description\": \"A story,\n \"actors\": []}",
                        "\n",
                        "is its closing quotation mark (\") missing?"),
                text(
                        "missing comma between fields",
                        HEAD + " \"description\": \"D\"\n \"actors\": []}",
                        "\"actors",
                        "a comma is missing at the end of the previous line"),
                text(
                        "missing comma in a list",
                        HEAD + " \"actors\": [{\"id\": \"a\"} {\"id\": \"b\"}]}",
                        "{\"id\": \"b",
                        "a comma is missing before this"),
                text("missing colon", HEAD + " \"actors\" [] }", "[]", "a colon (:) is missing after the field's name"),
                text("trailing comma in an object", HEAD + " \"actors\": [],\n}", "}", "remove the comma before the }"),
                text("trailing comma in a list", HEAD + " \"actors\": [1, 2,]}", "]}", "remove the comma before the ]"),
                text("unquoted key", HEAD + " actors: []}", "actors", "write \"actors\", not actors"),
                text("single-quoted key", HEAD + " 'actors': []}", "'actors'", "write \"name\", not 'name'"),
                text("single-quoted text", HEAD + " \"description\": 'D'}", "'D'", "write \"text\", not 'text'"),
                text(
                        "curly quotes around a text",
                        HEAD + " \"description\": \u201cD\u201d}",
                        "\u201c",
                        "write the straight double quote"),
                text(
                        "curly quotes around a name",
                        HEAD + " \u201cactors\u201d: []}",
                        "\u201c",
                        "write the straight double quote"),
                text("line comment", HEAD + " // the sides\n \"actors\": []}", "//", "remove the comment"),
                text("block comment", HEAD + " /* the sides */ \"actors\": []}", "/*", "remove the comment"),
                text("hash comment", HEAD + " # the sides\n \"actors\": []}", "#", "remove the comment"),
                text("stray text after the end", OK + "thanks!", "thanks", "remove it, or move it inside"),
                text("stray brace after the end", OK + "}", "}", "remove it, or move it inside"),
                text("second object after the end", OK + "\n\n  {}", "{}", "remove it, or move it inside"),
                text("line break inside a text", HEAD + " \"description\": \"one\ntwo\"}", "\ntwo", "write \\n"),
                text("tab inside a text", HEAD + " \"description\": \"one\ttwo\"}", "\t", "write \\t"),
                text(
                        "other control character inside a text",
                        HEAD + " \"description\": \"one\u0001two\"}",
                        "\u0001",
                        "invisible control character (U+0001)"),
                text("bad escape", HEAD + " \"description\": \"C:\\Users\"}", "Users", "write \\\\ for a backslash"),
                text("bad unicode escape", HEAD + " \"description\": \"\\u00G9\"}", "G9", "four hexadecimal digits"),
                text("number with a leading zero", HEAD + " \"year\": 01}", "01", "write 1, not 01"),
                text("NaN", HEAD + " \"year\": NaN}", "NaN", "write a number, or null"),
                text("Infinity", HEAD + " \"year\": -Infinity}", "-Infinity", "write a number, or null"),
                text("plus sign", HEAD + " \"year\": +1}", "+1", "write 1, not +1"),
                text("number ending in a point", HEAD + " \"year\": 1.}", "1.", "not 1."),
                text("capitalised True", HEAD + " \"draft\": True}", "True", "write true in small letters"),
                text("misspelt null", HEAD + " \"description\": nul}", "nul", "did you mean null?"),
                text("unquoted word", HEAD + " \"description\": hello}", "hello", "like \"hello\""),
                text("missing value", HEAD + " \"description\": }", "}", value + " after the colon"),
                text("missing value in a list", HEAD + " \"actors\": [1,,2]}", ",2", value + " before this comma"),
                text("two commas", HEAD + " \"description\": \"D\",, \"actors\": []}", ", \"actors", "remove one"),
                text("mismatched bracket", HEAD + " \"actors\": [1, 2}", "}", "is a closing ] missing"),
                text("truncated file", HEAD + " \"actors\": [{\"id\": \"a\"}", null, cut),
                text("truncated after a colon", HEAD + " \"actors\":", null, cut),
                text("empty file", "", null, "the file is empty"),
                bytes("blank file", " \n\t\n".getBytes(StandardCharsets.UTF_8), 1, 1, "the file is empty"),
                bytes("UTF-8 byte order mark, then a mistake", concat(utf8Bom, "{\"format\": }"), 1, 12, value),
                bytes("UTF-8 byte order mark alone", utf8Bom, 1, 1, "the file is empty"),
                bytes(
                        "UTF-16 big-endian byte order mark",
                        new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{', 0, '}'},
                        1,
                        1,
                        "save it as UTF-8"),
                bytes(
                        "UTF-16 little-endian byte order mark",
                        new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0},
                        1,
                        1,
                        "save it as UTF-8"),
                bytes("UTF-16 without a byte order mark", new byte[] {'{', 0, '}', 0}, 1, 1, "save it as UTF-8"),
                bytes(
                        "Latin-1 text",
                        "{\"title\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1),
                        1,
                        15,
                        "save it as UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachSyntaxMistakeIsToldPlainlyAtItsPlace(String kind, byte[] content, int line, int column, String advice) {
        List<ValidationProblem> problems =
                new StoryReader().read("story.json", content).problems();

        assertEquals(1, problems.size(), () -> kind + ": " + problems);
        ValidationProblem problem = problems.get(0);
        assertPlain(problem.message());
        assertTrue(problem.message().contains(advice), () -> kind + ": no \"" + advice + "\" in " + problem);
        assertEquals(line + ":" + column, problem.line() + ":" + problem.column(), problem::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aTimelineJsFileGetsTheSamePlainMessages(String kind, byte[] content, int line, int column, String advice) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (!text.startsWith(HEAD)) {
            return; // the encoding cases never reach the TimelineJS reader
        }
        byte[] timeline =
                text.replace("\"format\": \"counterpoint/1\"", "\"eras\": []").getBytes(StandardCharsets.UTF_8);

        LoadResult result = new StoryOpener().open("timeline.json", timeline);

        assertEquals(StoryFormat.TIMELINEJS_JSON, result.format(), kind);
        assertFalse(result.problems().isEmpty(), kind);
        result.problems().forEach(p -> assertPlain(p.message()));
    }

    @Test
    void brokenCsvQuotingIsToldPlainly() {
        for (String csv : List.of(
                "event,actor,topic,text\ncall,WH,Syria,\"never closed\n",
                "event,actor,topic,text\ncall,WH,Syria,\"closed\" then more\n")) {
            LoadResult result = new StoryOpener().open("s.csv", csv.getBytes(StandardCharsets.UTF_8));
            assertEquals(1, result.problems().size(), result.problems()::toString);
            assertPlain(result.problems().get(0).message());
            assertTrue(result.problems().get(0).message().contains("quotation mark"), result.problems()::toString);
        }
    }

    @Test
    void aSpreadsheetDayPastTheEndOfItsMonthIsToldWithoutJavasWords() {
        LoadResult result = new StoryOpener()
                .open("sheet.csv", "Year,Month,Day,Headline\n2017,2,30,Talks\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(
                List.of("sheet.csv:2:8: read as TimelineJS CSV: Day: day 30 is impossible: February 2017 has 28 days"),
                result.problems().stream().map(ValidationProblem::format).toList());
    }

    @Test
    void checkPrintsTheSamePlainMessages(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("story.json");
        Files.writeString(file, HEAD + " \"actors\": [],\n}", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CheckCommand.run(
                List.of(file.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                Messages.of(Language.ENGLISH));

        assertEquals(
                file + ":3:1: there is a comma after the last field of this object: remove the comma before the }\n",
                out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }

    private static void assertPlain(String message) {
        assertFalse(JARGON.matcher(message).find(), () -> "not plain language: " + message);
    }
}
