package app.counterpoint.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.ImportFixtures;
import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import app.counterpoint.model.ExtraFields;
import app.counterpoint.model.Story;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost at the format level: a story from a later version or another tool, with fields this version does not
 * know in every kind of object, is opened, saved and opened again, and the saved file holds the same JSON values as
 * the original, the unknown fields with every nested value and number as it was.
 */
class UnknownFieldsRoundTripTest {

    private static final String STORY = "stories/valid/unknown-fields.json";

    /** Exact numbers: 0.90 and 0.9 are different texts, and a big integer must not turn into a double. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    private final StoryReader reader = new StoryReader();
    private final StoryWriter writer = new StoryWriter();

    @Test
    void openSaveOpenKeepsEveryUnknownFieldAsTheSameJsonValue(@TempDir Path dir) throws IOException {
        byte[] original = ImportFixtures.bytes(STORY);
        Story story = read(original);
        Path saved = dir.resolve("saved.json");
        writer.write(story, saved);
        byte[] written = Files.readAllBytes(saved);

        JsonNode before = JSON.readTree(original);
        JsonNode after = JSON.readTree(written);
        assertEquals(before, after, () -> "saved file differs:\n" + new String(written));
        assertEquals(story, read(written), "the saved file reads back as the same story");

        // and a second save writes the very same bytes: nothing drifts from save to save
        assertEquals(new String(written), new String(writer.toBytes(read(written))));
    }

    @Test
    void theUnknownFieldsAreKeptPerObjectInFileOrder() {
        Story story = read(ImportFixtures.bytes(STORY));
        assertEquals(
                java.util.List.of("x-tool", "revision"),
                story.extra().fields().stream().map(ExtraFields.Field::name).toList());
        assertEquals(
                "{\"name\":\"Other timeline tool\",\"version\":[2,1,0]}",
                story.extra().fields().get(0).json());
        assertEquals(
                "{\"score\":0.90,\"by\":[\"editor\",\"reader\"],\"checked\":true}",
                story.sources().get(0).extra().fields().get(0).json());
        assertEquals(
                "12345678901234567890",
                story.actors().get(0).extra().fields().get(1).json());
        assertEquals(
                "{\"start\":10}",
                story.statements().get(0).excerpt().extra().fields().get(1).json());
        assertEquals(
                "[[1,2],[3,[4,{\"deep\":[null,true,\"x\"]}]]]",
                story.events().get(0).extra().fields().get(2).json());
    }

    /** The reader keeps a repeated text of a known list once (a problem to report); an unknown list keeps all. */
    @Test
    void anUnknownListKeepsItsRepeatedTexts() {
        String json = new String(ImportFixtures.bytes(STORY), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"refinedBy\":", "\"marks\": [\"m\", \"m\", \"m\"], \"refinedBy\":")
                .replaceFirst("\"x-tool\":", "\"tags\": [\"t\", \"t\"], \"x-tool\":");
        Story story = read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(
                "[\"m\",\"m\",\"m\"]",
                story.statements().get(0).excerpt().extra().fields().get(1).json());
        assertEquals("[\"t\",\"t\"]", story.extra().fields().get(0).json());
    }

    @Test
    void anObjectWithKnownFieldsOnlySharesTheEmptyExtras() {
        Story story = read(ImportFixtures.bytes("stories/trump-putin-2017.json"));
        assertSame(ExtraFields.NONE, story.events().get(0).extra());
        assertSame(ExtraFields.NONE, story.statements().get(0).extra());
        assertSame(ExtraFields.NONE, story.extra());
    }

    private Story read(byte[] content) {
        LoadResult result = reader.read(STORY, content);
        assertTrue(result.isValid(), result.problems()::toString);
        return result.story();
    }
}
