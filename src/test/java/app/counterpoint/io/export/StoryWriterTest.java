package app.counterpoint.io.export;

import static app.counterpoint.fixture.EventBuilder.event;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.TestResources;
import app.counterpoint.fixture.StoryBuilder;
import app.counterpoint.io.ImportFixtures;
import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryFormat;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.io.json.ReadLimits;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.OriginalWords;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving: the round trip, the stable layout and the atomic replacement. */
class StoryWriterTest {

    private final StoryOpener opener = new StoryOpener();
    private final StoryWriter writer = new StoryWriter();

    private Story load(String resource) {
        LoadResult result = opener.open(resource, ImportFixtures.bytes(resource));
        assertTrue(result.isValid(), result.problems()::toString);
        return result.story();
    }

    private Story reload(Path file) {
        LoadResult result = opener.open(file);
        assertTrue(result.isValid(), result.problems()::toString);
        assertEquals(StoryFormat.COUNTERPOINT, result.format());
        return result.story();
    }

    @Test
    void loadSaveLoadGivesAnEqualStory(@TempDir Path dir) throws IOException {
        for (String resource : List.of(
                "stories/valid/minimal.json",
                "stories/trump-putin-2017.json",
                "stories/valid/lesson-ru.json",
                "stories/valid/translated.json",
                "import/timelinejs-full.json",
                "import/timelinejs-sheet.csv",
                "import/statements.csv")) {
            Story story = load(resource);
            Path saved = dir.resolve(Path.of(resource).getFileName() + ".json");
            writer.write(story, saved);
            assertEquals(story, reload(saved), resource);
        }
        assertEquals(
                4, load("stories/valid/lesson-ru.json").tours().get(0).steps().size(), "tours are read");
    }

    @Test
    void aStatementsLanguageAndOriginalWordsSurviveASave(@TempDir Path dir) throws IOException {
        Story story = load("stories/valid/translated.json");
        Path saved = dir.resolve("saved.json");
        writer.write(story, saved);
        Story again = reload(saved);
        Statement ministry = again.statements().get(0);
        assertEquals(new OriginalWords("de", "Niemand wird weniger Wasser haben als vorher."), ministry.original());
        Statement withoutWords = again.statements().get(2);
        assertEquals(new OriginalWords("ar", null), withoutWords.original());
        assertTrue(withoutWords.isTranslatedQuote(), "a quote in another language without its words");
        assertFalse(again.statements().get(3).isTranslatedQuote(), "a paraphrase is never a translated quote");
        assertEquals(null, again.statements().get(4).original(), "words as they were said have no original");
        String json = Files.readString(saved);
        assertTrue(json.contains("\"lang\": \"ar\""), json);
        assertFalse(json.contains("\"original\": null"), "a missing original is left out, not written as null");
    }

    @Test
    void sourceTextsAndExcerptsSurviveASave(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("anchored-sources"));
        TestResources.copy("stories/valid/anchored-sources/readout.html", folder);
        TestResources.copy("stories/valid/anchored-sources/wire.txt", folder);
        Story story = reload(TestResources.copy("stories/valid/anchored.json", dir));
        Path saved = dir.resolve("saved.json");

        writer.write(story, saved);

        assertEquals(story, reload(saved));
        String json = Files.readString(saved);
        assertTrue(json.contains("\"textFile\": \"anchored-sources/readout.html\""), "a text file stays a file");
        assertFalse(json.contains("Officials said"), "its text is not copied into the story");
        assertTrue(json.contains("\"text\": \"The other side's spokesman"), "a text in the story stays there");
        assertTrue(json.contains("\"published\": \"2024-03-12T18:00Z\""));
        assertTrue(json.contains("\"prefix\": \"The minister said\""));
    }

    @Test
    void savingTwiceGivesTheSameBytes(@TempDir Path dir) throws IOException {
        Story story = load("stories/valid/minimal.json");
        Path first = dir.resolve("a.json");
        writer.write(story, first);
        writer.write(reload(first), dir.resolve("b.json"));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(dir.resolve("b.json")));
    }

    /** A story of about {@code size} bytes as a compact file: events with long summaries. */
    private static Story storyOfSize(long size) {
        String summary = "x".repeat(4000);
        int events = (int) (size / 4100);
        List<Event> list = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            list.add(event("e" + i)
                    .titled("Event " + i)
                    .on("2017-05-02")
                    .summary(summary)
                    .topics("t")
                    .build());
        }
        Story story = StoryBuilder.story("Big")
                .actors(new Actor("a", "A", "#112233"))
                .topics(new Topic("t", "T", "#445566"))
                .events(list)
                .build();
        // the description makes up the rest: "description":"…", adds 17 bytes to its text
        int length = OpenableJson.write(StoryWriter.body(story), OpenableJson.Layout.COMPACT).length;
        return StoryBuilder.story(story.title())
                .description("d".repeat((int) (size - length - 17)))
                .sources(story.sources())
                .actors(story.actors())
                .topics(story.topics())
                .events(story.events())
                .statements(story.statements())
                .build();
    }

    @Test
    void theLargestStoryTheReaderAcceptsIsSavedSoThatItOpensAgain(@TempDir Path dir) throws IOException {
        // a minified file just under the size limit: pretty-printed, it would be over it
        Story story = storyOfSize(ReadLimits.MAX_FILE_BYTES);
        byte[] compact = OpenableJson.write(StoryWriter.body(story), OpenableJson.Layout.COMPACT);
        int spare = ReadLimits.MAX_FILE_BYTES - compact.length;
        assertEquals(0, spare, "the file is as large as a story file may be");
        LoadResult read = opener.open("largest.json", compact);
        assertTrue(read.isValid(), () -> read.problems().get(0).toString());

        Path saved = dir.resolve("saved.json");
        writer.write(read.story(), saved);

        assertTrue(Files.size(saved) <= ReadLimits.MAX_FILE_BYTES, Files.size(saved) + " bytes");
        assertEquals(story, reload(saved));
        // not even one entry per line fits: every byte of the limit is story
        assertArrayEquals(compact, Files.readAllBytes(saved));
    }

    @Test
    void aStoryTooLargeToOpenInAnyLayoutIsRefusedAndNothingIsWritten(@TempDir Path dir) {
        Path target = dir.resolve("huge.json");
        IOException e = assertThrows(
                IOException.class, () -> writer.write(storyOfSize(ReadLimits.MAX_FILE_BYTES + 100_000L), target));
        assertTrue(e.getMessage().startsWith("the story is too large to save: it would take 67,"), e::getMessage);
        assertTrue(
                e.getMessage()
                        .endsWith("Counterpoint opens files of at most 64 MB (67,108,864 bytes); split it "
                                + "into smaller stories"),
                e::getMessage);
        assertFalse(Files.exists(target));
    }

    @Test
    void everyLayoutReadsBackAsTheSameStory() throws IOException {
        for (String resource : List.of("stories/trump-putin-2017.json", "import/timelinejs-full.json")) {
            Story story = load(resource);
            for (OpenableJson.Layout layout : OpenableJson.Layout.values()) {
                byte[] bytes = OpenableJson.write(StoryWriter.body(story), layout);
                LoadResult back = opener.open("s.json", bytes);
                assertTrue(back.isValid(), back.problems()::toString);
                assertEquals(story, back.story(), resource + " " + layout);
            }
            // a limit between the layouts' sizes picks the most readable one that fits
            int perLine = OpenableJson.write(StoryWriter.body(story), OpenableJson.Layout.ENTRY_PER_LINE).length;
            assertArrayEquals(
                    OpenableJson.write(StoryWriter.body(story), OpenableJson.Layout.ENTRY_PER_LINE),
                    OpenableJson.write(StoryWriter.body(story), perLine));
        }
    }

    @Test
    void prettyPrintedInTheOrderOfTheFormatGuide() throws IOException {
        String json = new String(writer.toBytes(load("stories/valid/minimal.json")), StandardCharsets.UTF_8);
        assertTrue(
                json.startsWith("{\n  \"format\": \"counterpoint/1\",\n  \"title\": \"Syria, April 2017\",\n"
                        + "  \"description\": \"Two sides on one strike.\",\n  \"sources\": ["),
                json);
        List<String> order = List.of("\"sources\"", "\"actors\"", "\"topics\"", "\"events\"", "\"statements\"");
        for (int i = 1; i < order.size(); i++) {
            assertTrue(json.indexOf(order.get(i - 1)) < json.indexOf(order.get(i)), order.get(i));
        }
        assertTrue(json.contains("\"start\": \"2017-04-07T04:40+03:00\""), "dates keep precision and offset");
        assertTrue(json.contains("\"start\": \"-0043-03-15\""));
        assertTrue(json.contains("\"color\": \"#0072B2\""), "colours chosen by the reader are written out");
        assertTrue(json.endsWith("}\n"));
    }

    @Test
    void aFailureMidWriteLeavesTheOriginalIntactAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("story.json");
        byte[] original = ImportFixtures.bytes("stories/valid/minimal.json");
        Files.write(target, original);
        StoryWriter failing = new StoryWriter(out -> new FilterOutputStream(out) {
            private int written;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int i = 0; i < len; i++) {
                    write(b[off + i]);
                }
            }

            @Override
            public void write(int b) throws IOException {
                if (++written > 100) {
                    throw new IOException("No space left on device");
                }
                super.write(b);
            }
        });

        IOException e =
                assertThrows(IOException.class, () -> failing.write(load("stories/trump-putin-2017.json"), target));

        assertEquals("the disk is full; free some space or save somewhere else", e.getMessage());
        assertArrayEquals(original, Files.readAllBytes(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "the half-written temporary file is removed");
        }
    }

    @Test
    void aNewFileIsCreated(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("sub-less.json");
        writer.write(load("stories/valid/minimal.json"), target);
        assertEquals(load("stories/valid/minimal.json"), reload(target));
    }

    @Test
    void aFolderThatDoesNotExistIsAnError(@TempDir Path dir) {
        Path target = dir.resolve("missing").resolve("x.json");
        assertThrows(IOException.class, () -> writer.write(load("stories/valid/minimal.json"), target));
    }

    @Test
    void atomicReplacementKeepsNoTemporaryFiles(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("s.json");
        Files.writeString(target, "old");
        writer.write(load("stories/valid/minimal.json"), target);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void replacingAFileKeepsItsPermissions(@TempDir Path dir) throws IOException {
        Path shared = dir.resolve("shared.json");
        Files.writeString(shared, "old");
        java.util.Set<java.nio.file.attribute.PosixFilePermission> readableByAll =
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(shared, readableByAll);
        AtomicFile.write(shared, "new".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(shared));
        assertEquals(readableByAll, Files.getPosixFilePermissions(shared), "a story shared with a class stays shared");
    }
}
