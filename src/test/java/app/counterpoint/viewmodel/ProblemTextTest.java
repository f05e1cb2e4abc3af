package app.counterpoint.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpoint.io.problem.UnlistedProblems;
import app.counterpoint.io.problem.ValidationProblem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the problems dialog words a problem: its place in the file and the story, then a sentence. */
class ProblemTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "events[0].start: '2017-02-30' names day 30 of February 2017, which has 28 days"
                        + " | Line 7, column 46 · event 1 › start"
                        + " | '2017-02-30' names day 30 of February 2017, which has 28 days.",
                "statements[2].topics[1]: unknown topic 'war' (known: t)"
                        + " | Line 7, column 46 · statement 3 › topic 2"
                        + " | Unknown topic 'war' (known: t).",
                "the file ends in the middle of a text: is its closing quotation mark (\") missing?"
                        + " | Line 7, column 46"
                        + " | The file ends in the middle of a text: is its closing quotation mark (\") missing?",
                "read as TimelineJS: events[3].start_date: month 13 is impossible; it must lie between 1 and 12"
                        + " | Line 7, column 46 · event 4 › start date"
                        + " | Read as TimelineJS: month 13 is impossible; it must lie between 1 and 12.",
                "the required field 'format' is missing; add \"format\": \"counterpoint/1\""
                        + " | Line 7, column 46"
                        + " | The required field 'format' is missing; add \"format\": \"counterpoint/1\".",
            })
    void aProblemReadsAsItsPlaceAndASentence(String message, String place, String sentence) {
        ValidationProblem problem = new ValidationProblem("s.json", 7, 46, message.strip());
        assertEquals(place.strip(), ProblemText.place(problem));
        assertEquals(sentence.strip(), ProblemText.sentence(problem));
    }

    @Test
    void theDialogCountsTheProblemsItDoesNotList() {
        ValidationProblem listed = new ValidationProblem("s.json", 1, 9, "events[0].start: '2017-13-01' has month 13");
        LoadFailure failure = new LoadFailure(
                "s.json", List.of(listed), new UnlistedProblems(499_999, null, 0), "Nothing was changed.");

        assertEquals("s.json has 500,000 problems and was not opened.", failure.headline());
        assertEquals("and 499,999 more problems of the same kinds", failure.unlistedSentence());
        assertEquals("Nothing was changed. Fix these problems in s.json and open it again.", failure.advice());
    }
}
