package app.counterpoint.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.fixture.StoryBuilder;
import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
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

    /** Deep time and years before the common era are written by the exporter, in the language it was given. */
    @Test
    void deepTimeAndBceDatesAreDisplayedInTheChosenLanguage() throws IOException {
        Story story = StoryBuilder.story("Deep")
                .events(
                        EventBuilder.event("big-bang")
                                .titled("B")
                                .on("-13800000000")
                                .build(),
                        EventBuilder.event("caesar").titled("C").on("-0043").build(),
                        EventBuilder.event("call").titled("P").on("2017-05-02").build())
                .build();
        for (Language language : List.of(Language.GERMAN, Language.ARABIC)) {
            DisplayDates dates = new DisplayDates(Messages.of(language));
            String json = new String(new TimelineJsExporter(dates).toBytes(story), StandardCharsets.UTF_8);
            for (Event event : story.events().subList(0, 2)) {
                String shown = dates.format(event.start());
                assertTrue(json.contains("\"display_date\": \"" + shown + "\""), language + ": " + shown + json);
            }
            assertFalse(json.matches("(?s).*(years|billion|ago|BCE).*"), json);
            assertEquals(2, json.split("display_date", -1).length - 1, "a date TimelineJS writes itself has none");
        }
        String english = new String(exporter.toBytes(story), StandardCharsets.UTF_8);
        assertTrue(english.contains("\"display_date\": \"44 BCE\""), english);
    }
}
