package app.counterpoint.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpoint.io.StoryOpener;
import app.counterpoint.model.Story;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The layout for stories too large to pretty-print, byte for byte: each top-level field on a line, each entry of a
 * top-level list on a line of its own, nothing spaced inside an entry, and an empty list or object kept on its line.
 */
class EntryPerLineLayoutTest {

    @Test
    void eachTopLevelFieldAndEachListEntryStandsOnALineOfItsOwn() throws IOException {
        byte[] file = Files.readAllBytes(Path.of("src/test/resources/stories/valid/minimal.json"));
        Story story = new StoryOpener().open("minimal.json", file).story();

        String written = new String(
                OpenableJson.write(StoryWriter.body(story), OpenableJson.Layout.ENTRY_PER_LINE),
                StandardCharsets.UTF_8);

        assertEquals(Files.readString(Path.of("src/test/resources/export/minimal-entry-per-line.json")), written);
    }
}
