package app.counterpoint.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The format comes from the content; the file name plays no part. */
class FormatDetectorTest {

    private static Optional<StoryFormat> detect(String text) {
        return FormatDetector.detect(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eachTestFileIsRecognised() {
        assertEquals(
                Optional.of(StoryFormat.COUNTERPOINT),
                FormatDetector.detect(ImportFixtures.bytes("stories/valid/minimal.json")));
        assertEquals(
                Optional.of(StoryFormat.TIMELINEJS_JSON),
                FormatDetector.detect(ImportFixtures.bytes("import/timelinejs-full.json")));
        assertEquals(
                Optional.of(StoryFormat.TIMELINEJS_CSV),
                FormatDetector.detect(ImportFixtures.bytes("import/timelinejs-sheet.csv")));
        assertEquals(
                Optional.of(StoryFormat.STATEMENTS_CSV),
                FormatDetector.detect(ImportFixtures.bytes("import/statements.csv")));
    }

    @Test
    void theCounterpointFormatFieldWinsOverTimelineJsLookingKeys() {
        assertEquals(
                Optional.of(StoryFormat.COUNTERPOINT),
                detect("{\"events\": [{\"start_date\": 1}], \"format\" : \"counterpoint/1\"}"));
    }

    @Test
    void aTimelineWithoutEventsIsKnownByItsTitleSlide() {
        // what the TimelineJS export writes for a story with no events (a fuzz finding: it was read as a story)
        assertEquals(
                Optional.of(StoryFormat.TIMELINEJS_JSON),
                detect(
                        "{\n  \"title\": {\n    \"text\": {\n      \"headline\": \"T\"\n    }\n  },\n  \"events\": []\n}\n"));
        assertEquals(
                Optional.of(StoryFormat.COUNTERPOINT),
                detect("{\"title\": \"A story\", \"events\": []}"),
                "a text title");
    }

    @Test
    void jsonThatIsNeitherIsReadAsAStorySoItsProblemsAreExplained() {
        assertEquals(Optional.of(StoryFormat.COUNTERPOINT), detect("  \n{\"title\": \"no format\"}"));
        assertEquals(Optional.of(StoryFormat.COUNTERPOINT), detect("[1, 2]"));
    }

    @Test
    void csvHeadersAreMatchedWithoutRegardToCaseSpacingOrSeparator() {
        assertEquals(Optional.of(StoryFormat.TIMELINEJS_CSV), detect("\"YEAR\" , Month ,  Headline \n"));
        assertEquals(Optional.of(StoryFormat.TIMELINEJS_CSV), detect("Year;Headline;Text\n"));
        assertEquals(Optional.of(StoryFormat.STATEMENTS_CSV), detect("Event\tActor\tTopic\tText\n"));
        assertEquals(Optional.of(StoryFormat.STATEMENTS_CSV), detect("\uFEFFevent,actor,topic,kind,text,source"));
    }

    @Test
    void anythingElseIsNoFormat() {
        assertEquals(Optional.empty(), detect("name,age\nAda,36\n"));
        assertEquals(Optional.empty(), detect("<html><body>hi</body></html>"));
        assertEquals(Optional.empty(), detect("   "));
        assertEquals(Optional.empty(), detect("event,actor\n"), "a statement CSV needs topic and text too");
    }
}
