package app.counterpoint.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.problem.ValidationProblem;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Tour;
import app.counterpoint.model.TourStep;
import app.counterpoint.model.TourStepType;
import app.counterpoint.model.TourZoom;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A story's tours as the reader sees them: what they hold, and each mistake at its line and column. */
class TourReadingTest {

    /** Two events, two topics, two sides; the tour's step is on line 11, so a test can break one field there. */
    private static final String STORY = """
            {"format": "counterpoint/1", "title": "T",
             "actors": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
             "topics": [{"id": "t", "label": "L"}, {"id": "u", "label": "U"}, {"id": "v", "label": "V"}],
             "events": [{"id": "e", "title": "E", "start": "2017-05-02", "topics": ["t"]},
                        {"id": "f", "title": "F", "start": "2017-06", "topics": ["t"]}],
             "statements": [{"id": "x", "event": "e", "actor": "a", "topics": ["t", "u"], "text": "hi", "kind": "quote"},
                            {"id": "y", "event": "e", "actor": "b", "topics": ["t"], "text": "ho", "kind": "quote"},
                            {"id": "z", "event": "f", "actor": "a", "topics": ["t"], "text": "hu", "kind": "quote"}],
             "tours": [{"title": "Lesson",
                        "steps": [
                          STEP
                        ]}]}
            """;

    private final StoryReader reader = new StoryReader();

    private LoadResult read(String step) {
        return reader.read("story.json", STORY.replace("STEP", step).getBytes(StandardCharsets.UTF_8));
    }

    private static ValidationProblem only(List<ValidationProblem> problems) {
        assertEquals(1, problems.size(), () -> "expected one problem: " + problems);
        return problems.get(0);
    }

    /** The problem is on the step's line, at the column where {@code marker} starts in the step. */
    private static void assertAt(ValidationProblem problem, String step, String marker, String message) {
        int column = STORY.lines().toList().get(10).indexOf("STEP") + step.indexOf(marker) + 1;
        assertEquals("story.json:11:" + column + ": " + message, problem.format());
    }

    @Test
    void readsEveryFieldOfAStep() {
        LoadResult result = read("{\"event\": \"e\", \"topic\": \"u\", \"statement\": \"x\", \"zoom\": {\"start\":"
                + " \"2017-04\", \"end\": \"2017-06\"}, \"caption\": \"C\", \"notes\": \"N\", \"type\": \"left-out\"},"
                + " {\"event\": \"f\", \"zoom\": \"fit\"}, {\"event\": \"e\"}");
        assertEquals(List.of(), result.problems());
        Tour tour = result.story().tours().get(0);
        assertEquals("Lesson", tour.title());
        assertEquals(
                new TourStep(
                        "e",
                        "u",
                        "x",
                        TourZoom.range(StoryDate.parse("2017-04"), StoryDate.parse("2017-06")),
                        "C",
                        "N",
                        TourStepType.LEFT_OUT),
                tour.steps().get(0));
        assertEquals(
                new TourStep("f", null, null, TourZoom.FIT, null, null, TourStepType.SHOW),
                tour.steps().get(1));
        assertEquals(TourZoom.EVENT, tour.steps().get(2).zoom(), "the default zoom is the event");
        assertEquals(List.of(), result.warnings(), "b said nothing on u: something is left out");
    }

    @Test
    void anUnknownEventIsNamedWithTheKnownOnes() {
        String step = "{\"event\": \"g\"}";
        assertAt(
                only(read(step).problems()), step, "\"g\"", "tours[0].steps[0].event: unknown event 'g' (known: e, f)");
    }

    @Test
    void aTopicTheEventHasNoRowFor() {
        String step = "{\"event\": \"e\", \"topic\": \"v\"}";
        assertAt(
                only(read(step).problems()),
                step,
                "\"v\"",
                "tours[0].steps[0].topic: the event 'e' has no row for the topic 'v': neither the event nor any of"
                        + " its statements is on it (its topics: t, u)");
    }

    @Test
    void aTopicOnlyAStatementOfTheEventIsOnHasARow() {
        assertEquals(List.of(), read("{\"event\": \"e\", \"topic\": \"u\"}").problems());
    }

    @Test
    void aStatementAboutAnotherEvent() {
        String step = "{\"event\": \"e\", \"statement\": \"z\"}";
        assertAt(
                only(read(step).problems()),
                step,
                "\"z\"",
                "tours[0].steps[0].statement: the statement 'z' is about the event 'f', not about this step's event"
                        + " 'e'");
    }

    @Test
    void aStatementNotOnTheStepsTopic() {
        String step = "{\"event\": \"e\", \"topic\": \"u\", \"statement\": \"y\"}";
        assertAt(
                only(read(step).problems()),
                step,
                "\"y\"",
                "tours[0].steps[0].statement: the statement 'y' is not on the step's topic 'u' (it is on t); name one"
                        + " of its topics or leave the topic out");
    }

    @Test
    void aZoomThatEndsBeforeItStarts() {
        String step = "{\"event\": \"e\", \"zoom\": {\"start\": \"2017-05\", \"end\": \"2017-04\"}}";
        assertAt(
                only(read(step).problems()),
                step,
                "\"2017-04\"",
                "tours[0].steps[0].zoom.end: the end date 2017-04 is before the start date 2017-05; swap them or fix"
                        + " the end date");
    }

    @Test
    void aZoomThatIsNoneOfTheThree() {
        String step = "{\"event\": \"e\", \"zoom\": \"wide\"}";
        assertAt(
                only(read(step).problems()),
                step,
                "\"wide\"",
                "tours[0].steps[0].zoom: expected \"fit\" (the whole story), \"event\" (the step's event) or a stretch"
                        + " of time {\"start\": …, \"end\": …} but found the text \"wide\"");
    }

    @Test
    void anUnknownStepType() {
        String step = "{\"event\": \"e\", \"type\": \"quiz\"}";
        assertAt(
                only(read(step).problems()),
                step,
                "\"quiz\"",
                "tours[0].steps[0].type: expected \"show\" or \"left-out\" (what each side left out) but found the"
                        + " text \"quiz\"");
    }

    @Test
    void aTourWithoutStepsAndAStepWithoutEvent() {
        String withoutSteps = STORY.replace("STEP", "");
        LoadResult empty = reader.read("story.json", withoutSteps.getBytes(StandardCharsets.UTF_8));
        int column = withoutSteps.lines().toList().get(9).indexOf('[') + 1;
        assertEquals(
                "story.json:10:" + column + ": tours[0].steps: a tour needs at least one step",
                only(empty.problems()).format());
        String step = "{\"topic\": \"t\"}";
        assertAt(only(read(step).problems()), step, "{", "tours[0].steps[0]: the required field 'event' is missing");
    }

    @Test
    void aLeftOutStepWhereNothingIsLeftOutIsAWarning() {
        String step = "{\"event\": \"e\", \"topic\": \"t\", \"type\": \"left-out\"}";
        LoadResult result = read(step);
        assertTrue(result.isValid(), result.problems()::toString);
        assertAt(
                only(result.warnings()),
                step,
                "\"left-out\"",
                "tours[0].steps[0].type: every side spoke on every topic of this step, so a left-out step shows"
                        + " nothing left out; choose another event or topic, or make it a \"show\" step");
    }

    @Test
    void aLeftOutStepOnAnEventWithAProblemIsThatProblemNotACrash() {
        // the event's id is known, but the event itself was not kept: the step has nothing to compare
        String broken = STORY.replace("STEP", "{\"event\": \"f\", \"type\": \"left-out\"}")
                .replace("\"start\": \"2017-06\"", "\"start\": \"2017-13\"");
        LoadResult result = reader.read("story.json", broken.getBytes(StandardCharsets.UTF_8));
        assertEquals(
                List.of("events[1].start: '2017-13' has month 13; months run from 01 to 12"),
                result.problems().stream().map(ValidationProblem::message).toList());
    }

    @Test
    void aSideThatSaidNothingAboutTheEventIsLeftOut() {
        LoadResult result = read("{\"event\": \"f\", \"type\": \"left-out\"}");
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(), result.warnings(), "b said nothing about f");
    }

    @Test
    void everyMistakeOfEveryStepIsReportedAtOnce() {
        LoadResult result =
                read("{\"event\": \"g\"}, {\"event\": \"e\", \"topic\": \"v\"}, {\"event\": \"e\"," + " \"zoom\": 3}");
        assertEquals(3, result.problems().size(), result.problems()::toString);
    }
}
