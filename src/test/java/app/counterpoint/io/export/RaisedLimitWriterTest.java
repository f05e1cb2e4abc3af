package app.counterpoint.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.fixture.StoryBuilder;
import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.io.StoryReader;
import app.counterpoint.io.json.ReadLimits;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A window started with a raised limit ({@code --max-size}) saves what it opened, and what it saves opens again at that
 * limit; a reader at the default limit still refuses the file by its size, before reading it.
 */
class RaisedLimitWriterTest {

    private static final ReadLimits RAISED = ReadLimits.ofMegabytes(80);

    /** A story whose compact file is about {@code size} bytes: events with one shared 4,000-character summary. */
    private static Story storyOfSize(long size) {
        String summary = "x".repeat(4000);
        int events = (int) (size / 4100);
        List<Event> list = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            list.add(EventBuilder.event("e" + i)
                    .titled("Event " + i)
                    .on("2017-05-02")
                    .summary(summary)
                    .topics("t")
                    .build());
        }
        return StoryBuilder.story("Big")
                .actors(new Actor("a", "A", "#112233"))
                .topics(new Topic("t", "T", "#445566"))
                .events(list)
                .build();
    }

    @Test
    void aStoryOverTheDefaultLimitIsSavedAtTheRaisedOneAndOpensAgainAtIt(@TempDir Path dir) throws IOException {
        Story story = storyOfSize(ReadLimits.MAX_FILE_BYTES + 2_000_000L);
        Path saved = dir.resolve("big.json");

        new StoryWriter(RAISED).write(story, saved);

        long size = Files.size(saved);
        assertTrue(size > ReadLimits.MAX_FILE_BYTES && size <= RAISED.maxFileBytes(), size + " bytes");
        LoadResult again = new StoryOpener(new StoryReader(RAISED)).open(saved);
        assertTrue(again.isValid(), () -> again.problems().toString());
        assertEquals(story, again.story());

        LoadResult strangers = new StoryOpener().open(saved);
        assertFalse(strangers.isValid());
        assertEquals(StoryReader.TOO_LARGE, strangers.problems().get(0).text().key());
    }

    @Test
    void theDefaultWriterStillRefusesWhatTheDefaultReaderWouldNotOpen(@TempDir Path dir) {
        Path target = dir.resolve("big.json");

        assertThrows(
                IOException.class,
                () -> new StoryWriter().write(storyOfSize(ReadLimits.MAX_FILE_BYTES + 2_000_000L), target));
        assertFalse(Files.exists(target));
    }

    @Test
    void aWriterThatMayGoLargerStillKeepsWithinTheLimitWhereTheStoryFitsAndGoesPastItOnlyWhereItMust(@TempDir Path dir)
            throws IOException {
        ReadLimits small = new ReadLimits(400_000);
        StoryWriter writer = new StoryWriter(small, ReadLimits.HIGHEST);
        Path fits = dir.resolve("fits.json");
        writer.write(storyOfSize(300_000), fits);
        assertTrue(Files.size(fits) <= small.maxFileBytes(), Files.size(fits) + " bytes");

        Path larger = dir.resolve("larger.json");
        Story big = storyOfSize(600_000);
        writer.write(big, larger);
        assertTrue(Files.size(larger) > small.maxFileBytes());
        assertEquals(
                big,
                new StoryOpener(new StoryReader(ReadLimits.HIGHEST))
                        .open(larger)
                        .story());
        writer.write(big, larger); // a second save of the same story starts at the larger limit, and says the same
        assertEquals(
                big,
                new StoryOpener(new StoryReader(ReadLimits.HIGHEST))
                        .open(larger)
                        .story());

        assertThrows(IOException.class, () -> new StoryWriter(small).write(big, dir.resolve("refused.json")));
    }

    @Test
    void aLargeFileTheAppSavedOpensAtTheHighestLimitAndAStrangersIsStillRefused(@TempDir Path dir) throws IOException {
        ReadLimits small = new ReadLimits(400_000);
        Path saved = dir.resolve("own.json");
        Story big = storyOfSize(600_000);
        new StoryWriter(small, ReadLimits.HIGHEST).write(big, saved);

        LoadResult own = new StoryOpener(new StoryReader(small), saved::equals).open(saved);
        assertTrue(own.isValid(), () -> own.problems().toString());
        assertEquals(big, own.story());
        LoadResult strangers = new StoryOpener(new StoryReader(small), file -> false).open(saved);
        assertEquals(StoryReader.TOO_LARGE, strangers.problems().get(0).text().key());
    }

    @Test
    void aRaisedLimitIsNeverBelowTheDefaultNorAboveTheHighest() {
        assertEquals(ReadLimits.DEFAULT, ReadLimits.ofMegabytes(10));
        assertFalse(ReadLimits.ofMegabytes(64).raised());
        assertTrue(ReadLimits.ofMegabytes(65).raised());
        assertEquals(1024, ReadLimits.ofMegabytes(ReadLimits.HIGHEST_MEGABYTES).megabytes());
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.ofMegabytes(ReadLimits.HIGHEST_MEGABYTES + 1));
        assertEquals(400, ReadLimits.megabytesOf("--max-size=400").getAsInt());
        assertEquals(-1, ReadLimits.megabytesOf("--max-size=4e2").getAsInt());
        assertTrue(ReadLimits.megabytesOf("--strict").isEmpty());
        assertTrue(ReadLimits.megabytesOf("--max-sizes=4").isEmpty());
    }
}
