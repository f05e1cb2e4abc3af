package app.counterpoint.io;

import static app.counterpoint.fixture.EventBuilder.event;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Actor;
import app.counterpoint.model.ColorPalette;
import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import app.counterpoint.model.ExtraFields;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Topic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryReaderValidTest {

    private final StoryReader reader = new StoryReader();

    @Test
    void minimalStoryLoadsExactly() {
        LoadResult result = reader.readResource("stories/valid/minimal.json");

        assertEquals(List.of(), result.problems());
        assertTrue(result.isValid());
        Story story = result.story();
        assertEquals("Syria, April 2017", story.title());
        assertEquals("Two sides on one strike.", story.description());
        assertEquals(
                List.of(new Source(
                        "bbc",
                        "US strikes Syria",
                        "BBC",
                        null,
                        StoryDate.ofDay(2017, 4, 7),
                        "https://www.bbc.com/news/x",
                        null,
                        null,
                        null,
                        // a field this version does not know is kept, to be written back on saving
                        new ExtraFields(List.of(new ExtraFields.Field("rating", "5"))))),
                story.sources());
        // Only uncoloured actors count for the palette: the UN is the second uncoloured one.
        assertEquals(
                List.of(
                        new Actor("white-house", "The White House", ColorPalette.colorFor(0)),
                        new Actor("kremlin", "The Kremlin", "Crimson"),
                        new Actor("un", "United Nations", ColorPalette.colorFor(1))),
                story.actors());
        assertEquals(
                List.of(
                        new Topic("syria", "Syria", "#336699"),
                        new Topic("law", "International law", ColorPalette.colorFor(0))),
                story.topics());

        List<Event> events = story.events();
        assertEquals(3, events.size());
        Event strike = events.get(0);
        assertEquals(new StoryDate(2017, 4, 7, 4, 40, 0, ZoneOffset.ofHours(3), DatePrecision.MINUTE), strike.start());
        assertEquals(List.of("syria"), strike.topicIds());
        assertEquals(List.of("white-house"), strike.actorIds());
        assertEquals(List.of("bbc"), strike.sourceIds());
        Event talks = events.get(1);
        assertEquals(
                event("talks")
                        .titled("Talks")
                        .on(new StoryDate(2017, 5, 1, 0, 0, 0, null, DatePrecision.MONTH))
                        .until(StoryDate.ofDay(2017, 6, 2))
                        .summary("Long talks.")
                        .topics("syria", "law")
                        .build(),
                talks);
        assertEquals("May 2017 – 2 June 2017", talks.dateText());
        Event ides = events.get(2);
        assertEquals(-43, ides.start().year());
        assertEquals("15 March 44 BCE", ides.start().toDisplayString());
        assertEquals(List.of(), ides.topicIds());

        assertEquals(
                List.of(
                        new Statement(
                                "s1",
                                "strike",
                                "kremlin",
                                List.of("law"),
                                "An act of aggression.",
                                StatementKind.PARAPHRASE,
                                "bbc",
                                StoryDate.ofDay(2017, 4, 7)),
                        new Statement(
                                "s2",
                                "strike",
                                "white-house",
                                List.of("syria", "law"),
                                "It was vital.",
                                StatementKind.QUOTE,
                                null,
                                null,
                                null,
                                new ExtraFields(List.of(new ExtraFields.Field("mood", "\"angry\""))))),
                story.statements());
        assertEquals(
                List.of(new ExtraFields.Field("futureField", "{\"ignored\":[1,2,3]}")),
                story.extra().fields());
    }

    @Test
    void utf8ByteOrderMarkIsSkipped() throws IOException {
        byte[] json;
        try (var in = getClass().getResourceAsStream("/stories/valid/minimal.json")) {
            json = in.readAllBytes();
        }
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);

        LoadResult result = reader.read("bom.json", withBom);

        assertEquals(List.of(), result.problems());
        assertEquals("Syria, April 2017", result.story().title());
    }

    @Test
    void readsFromPathAndKeepsNonAsciiText(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("story.json");
        Files.writeString(file, """
                {"format": "counterpoint/1", "title": "Ελληνικά — çà", "actors": [{"id": "a", "name": "Ä"}]}
                """);

        LoadResult result = reader.read(file);

        assertEquals(List.of(), result.problems());
        assertEquals("Ελληνικά — çà", result.story().title());
        assertNull(result.story().description());
        assertEquals(
                List.of(new Actor("a", "Ä", ColorPalette.colorFor(0))),
                result.story().actors());
    }

    @Test
    void problemsAreSortedAndResultHoldsNoStory() {
        LoadResult result = reader.read("x.json", """
                {"format": "counterpoint/1",
                 "actors": [{"id": 1, "name": 2}]}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertNull(result.story());
        int[] columns = result.problems().stream()
                .mapToInt(p -> p.line() * 1000 + p.column())
                .toArray();
        int[] sorted = columns.clone();
        java.util.Arrays.sort(sorted);
        assertArrayEquals(sorted, columns);
    }
}
