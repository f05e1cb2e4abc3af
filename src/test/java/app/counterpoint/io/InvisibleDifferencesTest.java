package app.counterpoint.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.problem.ValidationProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a reader cannot see: half a character, and ids that differ only in invisible characters or in how an accent
 * is encoded. Each is a problem, and messages show the invisible as {@code \\u200b}.
 */
class InvisibleDifferencesTest {

    private final StoryReader reader = new StoryReader();

    /** A story whose topics have these ids (as JSON string contents), and one event on the first. */
    private List<String> problemsWithTopics(String... ids) {
        StringBuilder topics = new StringBuilder();
        for (String id : ids) {
            topics.append(topics.length() == 0 ? "" : ",\n  ").append("{\"id\": \"" + id + "\", \"label\": \"L\"}");
        }
        return problems("{\"format\": \"counterpoint/1\", \"title\": \"T\", \"actors\": [{\"id\": \"a\", \"name\": "
                + "\"A\"}],\n\"topics\": [\n  " + topics
                + "],\n\"events\": [{\"id\": \"e\", \"title\": \"E\", \"start\": "
                + "\"2017\", \"topics\": [\"" + ids[0] + "\"]}]}");
    }

    private List<String> problems(String json) {
        LoadResult result = new StoryOpener(reader).open("s.json", json.getBytes(StandardCharsets.UTF_8));
        return result.problems().stream().map(ValidationProblem::format).toList();
    }

    @Test
    void aLoneSurrogateInATextIsReported() {
        assertEquals(
                List.of("s.json:1:39: title: the text holds half a character (\\ud800, a lone surrogate, at character "
                        + "2), as an escape such as \\ud83d without its second half gives; remove it or write the whole "
                        + "character"),
                problems("{\"format\": \"counterpoint/1\", \"title\": \"a\\ud800b\", \"actors\": [{\"id\": \"a\", "
                        + "\"name\": \"A\"}]}"));
        List<String> timeline = problems(
                "{\"events\": [{\"start_date\": {\"year\": 2017}, \"text\": {\"headline\": " + "\"\\udc00\"}}]}");
        assertEquals(1, timeline.size(), timeline::toString);
        assertTrue(timeline.get(0).contains("events[0].text.headline: the text holds half a character (\\udc00"));
        // a whole pair is one character, and fine
        assertEquals(
                List.of(),
                problems("{\"format\": \"counterpoint/1\", \"title\": \"\\ud83d\\ude00\", \"actors\": [{\"id\": "
                        + "\"a\", \"name\": \"A\"}]}"));
    }

    @Test
    void idsThatDifferOnlyByAZeroWidthSpaceAreReportedWithTheSpaceShown() {
        assertEquals(
                List.of("s.json:4:10: topics[1].id: the topic id 'syr\\u200bia' looks the same as the topic id 'syria' "
                        + "on line 3 but differs in invisible characters or in how an accent is encoded; a reader "
                        + "cannot tell them apart, so give them ids that differ visibly"),
                problemsWithTopics("syria", "syr\\u200bia"));
    }

    @Test
    void idsThatDifferOnlyByARightToLeftOverrideAreReported() {
        List<String> problems = problemsWithTopics("\\u202eabc", "abc");
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(
                problems.get(0).contains("the topic id 'abc' looks the same as the topic id '\\u202eabc' on line 3"),
                problems::toString);
    }

    @Test
    void idsThatDifferOnlyInUnicodeNormalisationAreReported() {
        // "café" with a composed é, then with e and a combining acute accent
        List<String> problems = problemsWithTopics("caf\\u00e9", "cafe\\u0301");
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("looks the same as the topic id 'café' on line 3"), problems::toString);
        assertEquals(1, problemsWithTopics("cafe\\u0301", "cafe\\u200b\\u0301").size(), "two decomposed spellings");
    }

    @Test
    void anUnknownReferenceShowsItsInvisibleCharacters() {
        List<String> problems = problems("{\"format\": \"counterpoint/1\", \"title\": \"T\", \"actors\": [{\"id\": "
                + "\"a\", \"name\": \"A\"}], \"topics\": [{\"id\": \"t\", \"label\": \"L\"}], \"events\": [{\"id\": "
                + "\"e\", \"title\": \"E\", \"start\": \"2017\", \"topics\": [\"t\\u200b\"]}]}");
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("unknown topic 't\\u200b' (known: t)"), problems::toString);
    }

    @Test
    void distinctIdsAreNotLookalikes() {
        assertEquals(List.of(), problemsWithTopics("syria", "syria-2", "caf\\u00e9", "cafe", "\\u00fcber", "uber"));
    }
}
