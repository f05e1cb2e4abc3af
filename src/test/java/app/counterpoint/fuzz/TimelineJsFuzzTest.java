package app.counterpoint.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryFormat;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.io.export.TimelineJsExporter;
import app.counterpoint.io.importing.TimelineJsImporter;
import app.counterpoint.io.json.JsonValueNode;
import app.counterpoint.io.json.LocatedJsonParser;
import app.counterpoint.io.json.TextDecoder;
import app.counterpoint.io.problem.Problems;
import app.counterpoint.io.problem.Utf8Columns;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/**
 * The TimelineJS importer on any bytes (read as TimelineJS whatever they hold): problems or a story that saves and
 * reads back equal, and whose TimelineJS export holds no live markup and imports again with the same events.
 */
class TimelineJsFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void importsAnyBytes(byte[] input) throws IOException {
        Story story = FuzzBudget.within(input.length, () -> importTimeline(input));
        if (story == null) {
            return;
        }
        RoundTrip.savedStoryReadsBackEqual(story);
        byte[] exported = new TimelineJsExporter().toBytes(story);
        MarkupChecks.assertNoLiveMarkupInTimelineJs(new String(exported, java.nio.charset.StandardCharsets.UTF_8));
        LoadResult again = FuzzBudget.within(exported.length, () -> new StoryOpener().open("t.json", exported));
        assertTrue(again.isValid(), again.problems()::toString);
        assertEquals(StoryFormat.TIMELINEJS_JSON, again.format());
        assertEquals(story.title(), again.story().title());
        assertEquals(story.events().size(), again.story().events().size());
        for (int i = 0; i < story.events().size(); i++) {
            Event before = story.events().get(i);
            Event after = again.story().events().get(i);
            assertEquals(before.title(), after.title());
            assertEquals(before.summary(), after.summary());
            assertEquals(before.start(), after.start());
            assertEquals(before.end(), after.end());
        }
    }

    private static Story importTimeline(byte[] input) {
        Problems problems = new Problems("fuzz.json");
        int start = TextDecoder.checkText(input, problems);
        if (start < 0) {
            return null;
        }
        problems.useByteColumns(new Utf8Columns(input, start));
        JsonValueNode root = LocatedJsonParser.parse(input, start, input.length - start, problems);
        Story story = root == null ? null : TimelineJsImporter.importStory(root, "fuzz", problems);
        assertEquals(story == null, !problems.isEmpty(), "a story or problems, never both");
        return story;
    }
}
