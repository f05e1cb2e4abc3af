package app.counterpoint.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.ImportFixtures;
import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryFormat;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export to TimelineJS and back: what TimelineJS can hold survives. */
class TimelineJsExporterTest {

    private final StoryOpener opener = new StoryOpener();
    private final TimelineJsExporter exporter = new TimelineJsExporter();

    private Story load(String resource) {
        LoadResult result = opener.open(resource, ImportFixtures.bytes(resource));
        assertTrue(result.isValid(), result.problems()::toString);
        return result.story();
    }

    @Test
    void exportThenImportKeepsEventsDatesTextsGroupsAndLinks(@TempDir Path dir) throws IOException {
        for (String resource :
                List.of("stories/valid/minimal.json", "stories/trump-putin-2017.json", "import/timelinejs-full.json")) {
            Story story = load(resource);
            Path exported = dir.resolve("timeline.json");
            exporter.write(story, exported);
            LoadResult back = opener.open(exported);
            assertTrue(back.isValid(), back.problems()::toString);
            assertEquals(StoryFormat.TIMELINEJS_JSON, back.format(), resource);
            Story imported = back.story();

            assertEquals(story.title(), imported.title());
            assertEquals(story.description(), imported.description());
            assertEquals(story.events().size(), imported.events().size());
            for (int i = 0; i < story.events().size(); i++) {
                Event before = story.events().get(i);
                Event after = imported.events().get(i);
                assertEquals(before.id(), after.id());
                assertEquals(before.title(), after.title());
                assertEquals(before.summary(), after.summary());
                assertEquals(before.startEpochSecond(), after.startEpochSecond(), before.id());
                assertEquals(before.start().precision(), after.start().precision());
                assertEquals(before.endEpochSecondExclusive(), after.endEpochSecondExclusive());
                String group = before.topicIds().isEmpty()
                        ? null
                        : story.topic(before.topicIds().get(0)).orElseThrow().label();
                assertEquals(
                        group,
                        after.topicIds().isEmpty()
                                ? null
                                : imported.topic(after.topicIds().get(0))
                                        .orElseThrow()
                                        .label());
            }
        }
    }

    @Test
    void textsAreEscapedForHtmlAndStatementsLeftOut() throws IOException {
        String json = new String(exporter.toBytes(load("stories/valid/minimal.json")), StandardCharsets.UTF_8);
        assertTrue(
                json.contains("\"start_date\": {\n        \"year\": 2017,\n        \"month\": 4,\n"
                        + "        \"day\": 7,\n        \"hour\": 1,\n        \"minute\": 40\n      }"),
                json);
        assertTrue(json.contains("\"year\": -43"), "astronomical years, as JavaScript counts them");
        assertTrue(!json.contains("statements") && !json.contains("An act of aggression"), json);
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot;<br>d", TimelineJsExporter.html("a <b> & \"c\"\nd"));
    }

    @Test
    void theExportIsWrittenAtomically(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("t.json");
        Files.writeString(target, "old");
        exporter.write(load("stories/valid/minimal.json"), target);
        assertTrue(Files.readString(target).startsWith("{\n  \"title\": {"));
    }
}
