package app.counterpoint.io.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.fixture.StoryBuilder;
import app.counterpoint.io.ImportFixtures;
import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A big story's recovery writes and saves lay it out once: the layout it fitted in last time is where the next write
 * starts, and a smaller layout counts on the way what the more readable ones would take, so a guess changes how often
 * the story is written, never what is written (always the most readable layout that fits).
 */
class OpenableJsonLayoutChoiceTest {

    private static final List<String> STORIES =
            List.of("stories/trump-putin-2017.json", "import/timelinejs-full.json", "stories/valid/translated.json");

    /** A story body that counts how many times it has been written out. */
    private static final class Counted implements OpenableJson.JsonBody {
        private final OpenableJson.JsonBody body;
        int writes;

        Counted(Story story) {
            this.body = StoryWriter.body(story);
        }

        @Override
        public void write(com.fasterxml.jackson.core.JsonGenerator json) throws IOException {
            writes++;
            body.write(json);
        }
    }

    private static Story load(String resource) {
        LoadResult result = new StoryOpener().open(resource, ImportFixtures.bytes(resource));
        assertTrue(result.isValid(), result.problems()::toString);
        return result.story();
    }

    private static byte[] in(Story story, OpenableJson.Layout layout) {
        return OpenableJson.write(StoryWriter.body(story), layout);
    }

    private static byte[] bytes(OpenableJson.Document document) {
        return Arrays.copyOf(document.array(), document.length());
    }

    @Test
    void whateverTheGuessTheMostReadableLayoutThatFitsIsWritten() throws IOException {
        for (String resource : STORIES) {
            Story story = load(resource);
            byte[] pretty = in(story, OpenableJson.Layout.PRETTY);
            byte[] perLine = in(story, OpenableJson.Layout.ENTRY_PER_LINE);
            byte[] compact = in(story, OpenableJson.Layout.COMPACT);
            // the limits at the edges: a byte either side of each layout's size
            int[] limits = {pretty.length, pretty.length - 1, perLine.length, perLine.length - 1, compact.length};
            byte[][] expected = {pretty, perLine, perLine, compact, compact};
            for (int k = 0; k < limits.length; k++) {
                for (OpenableJson.Layout guessed : OpenableJson.Layout.values()) {
                    for (int size : new int[] {1, compact.length, pretty.length * 2}) {
                        OpenableJson.Document written = OpenableJson.write(
                                StoryWriter.body(story), limits[k], new OpenableJson.Fitted(guessed, size));
                        assertArrayEquals(
                                expected[k],
                                bytes(written),
                                resource + ", limit " + limits[k] + ", guessed " + guessed + " " + size);
                        assertEquals(written.length(), written.fitted().size());
                    }
                }
                assertArrayEquals(expected[k], bytes(OpenableJson.write(StoryWriter.body(story), limits[k], null)));
            }
        }
    }

    @Test
    void theLayoutTheLastWriteFittedInLaysTheStoryOutOnce() throws IOException {
        Story story = load("stories/trump-putin-2017.json");
        int perLine = in(story, OpenableJson.Layout.ENTRY_PER_LINE).length;
        int limit = perLine + 10; // too small to pretty-print, large enough for one entry per line

        Counted first = new Counted(story);
        OpenableJson.Document written = OpenableJson.write(first, limit, null);
        assertEquals(2, first.writes, "without a guess: pretty-printed until it overflows, then one entry per line");
        assertEquals(new OpenableJson.Fitted(OpenableJson.Layout.ENTRY_PER_LINE, perLine), written.fitted());

        Counted next = new Counted(story);
        assertArrayEquals(bytes(written), bytes(OpenableJson.write(next, limit, written.fitted())));
        assertEquals(1, next.writes, "the remembered layout: written once");
    }

    @Test
    void aStoryThatShrankBelowThePrettyLimitIsPrettyPrintedAgain() throws IOException {
        Story story = load("stories/trump-putin-2017.json");
        byte[] pretty = in(story, OpenableJson.Layout.PRETTY);
        // the last write had to be one entry per line; since then the story lost enough to be pretty-printed
        Counted body = new Counted(story);
        OpenableJson.Document written = OpenableJson.write(
                body, pretty.length, new OpenableJson.Fitted(OpenableJson.Layout.ENTRY_PER_LINE, pretty.length));
        assertArrayEquals(pretty, bytes(written));
        assertEquals(OpenableJson.Layout.PRETTY, written.fitted().layout());
        assertEquals(2, body.writes, "one entry per line, which counted that pretty-printed fits, then pretty");

        Counted again = new Counted(story);
        OpenableJson.write(again, pretty.length, written.fitted());
        assertEquals(1, again.writes);
    }

    @Test
    void aWriterStartsFromTheLayoutItsLastStoryFittedIn() throws IOException {
        Story story = load("stories/trump-putin-2017.json");
        StoryWriter writer = new StoryWriter();
        assertArrayEquals(in(story, OpenableJson.Layout.PRETTY), writer.toBytes(story));
        assertArrayEquals(in(story, OpenableJson.Layout.PRETTY), writer.toBytes(story), "the second write too");
    }

    @Test
    void aStoryLikelyTooLargeToPrettyPrintStartsOneEntryPerLine() {
        assertNull(StoryWriter.firstGuess(load("stories/trump-putin-2017.json")), "a small story: pretty first");

        String summary = "x".repeat(5_000_000);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            events.add(app.counterpoint.fixture.EventBuilder.event("e" + i)
                    .titled("Event " + i)
                    .on("2017-05-02")
                    .summary(summary)
                    .topics("t")
                    .build());
        }
        Story big = StoryBuilder.story("Big")
                .actors(new Actor("a", "A", "#112233"))
                .topics(new Topic("t", "T", "#445566"))
                .events(events)
                .build();
        OpenableJson.Fitted guess = StoryWriter.firstGuess(big);
        assertEquals(OpenableJson.Layout.ENTRY_PER_LINE, guess.layout(), "55 MB of summaries");
        assertTrue(guess.size() >= 55_000_000, "room for the texts at once: " + guess.size());
    }
}
