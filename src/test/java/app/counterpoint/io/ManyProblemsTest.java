package app.counterpoint.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.problem.Problems;
import app.counterpoint.io.problem.ValidationProblem;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A file with a great many problems (issue #14, defect 2): each problem's column is found in time independent of the
 * line's length, so a one-line (minified) file is as quick as a pretty-printed one, and only the first
 * {@link Problems#LISTED} are listed, the rest told in one sentence.
 */
class ManyProblemsTest {

    /** One line: the story's head, then {@code count} events whose start is "2017-13-01" (month 13), then more. */
    private static String oneLineStory(int count, String extra) {
        StringBuilder json = new StringBuilder(
                "{\"format\":\"counterpoint/1\",\"title\":\"T\",\"actors\":[{\"id\":\"a\",\"name\":\"A\"}],"
                        + "\"topics\":[{\"id\":\"t\",\"label\":\"T\"}],\"events\":[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"e")
                    .append(i)
                    .append("\",\"title\":\"Événement ")
                    .append(i)
                    .append("\",\"start\":\"2017-13-01\",\"topics\":[\"t\"]}");
        }
        return json.append("]").append(extra).append("}").toString();
    }

    private static LoadResult open(String json) {
        return new StoryOpener().open("story.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void twentyThousandBadDatesOnOneLineAreReportedAtOnce() {
        String json = oneLineStory(20_000, "");
        // took 19.6 s when each column was counted from the start of the line; now well under a second
        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(8), () -> open(json));

        assertFalse(result.isValid());
        assertEquals(Problems.LISTED, result.problems().size());
        assertEquals(20_000, result.problemCount());
        assertEquals(
                "and 19,800 more problems of the same kinds", result.unlisted().sentence());
        // columns count characters: every "É" before the value is one character, though two bytes
        ValidationProblem last = result.problems().get(Problems.LISTED - 1);
        String shown = "events[199].start: '2017-13-01' has month 13";
        assertTrue(last.message().startsWith(shown), last::message);
        int at = json.indexOf("\"2017-13-01\"", json.indexOf("\"e199\""));
        assertEquals(new ValidationProblem("story.json", 1, at + 1, last.message()), last);
    }

    @Test
    void allProblemsAreListedUpToTheBound() {
        LoadResult result = open(oneLineStory(Problems.LISTED, ""));

        assertEquals(Problems.LISTED, result.problems().size());
        assertTrue(result.unlisted().isEmpty());
    }

    @Test
    void unlistedProblemsOfAnotherKindAreNamed() {
        // 300 bad dates, then one unknown field type at the very end: it is past the listed ones and of its own kind
        LoadResult result = open(oneLineStory(300, ",\"statements\":7"));

        assertEquals(301, result.problemCount());
        String sentence = result.unlisted().sentence();
        assertTrue(
                sentence.startsWith("and 101 more problems, also of another kind, the first at line 1, column "),
                sentence);
        assertTrue(
                sentence.endsWith(": statements: expected a list [ … ] of objects but found the number 7"), sentence);
        assertNull(result.story());
    }

    @Test
    void theFirstProblemsByPositionAreListedWhateverOrderTheyWereFoundIn() {
        // the decoder checks "actors" (missing: reported at the root, 1:1) after every event of the list
        String json = oneLineStory(1_000, "").replace("\"actors\":[{\"id\":\"a\",\"name\":\"A\"}],", "");
        List<ValidationProblem> listed = open(json).problems();

        assertEquals(Problems.LISTED, listed.size());
        assertEquals("the required field 'actors' is missing", listed.get(0).message());
        assertEquals(1, listed.get(0).column());
        assertTrue(listed.get(1).message().startsWith("events[0].start"), listed.get(1)::message);
        assertTrue(listed.get(Problems.LISTED - 1).message().startsWith("events[198].start"));
    }
}
