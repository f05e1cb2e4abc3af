package app.counterpoint.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import app.counterpoint.io.export.StoryWriter;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/**
 * The story reader on any bytes: a result, never an exception; and a story it accepts is saved and read back equal.
 * Regression inputs (seeds and past findings) are in {@code src/test/resources/app/counterpoint/fuzz/}.
 */
class StoryReaderFuzzTest {

    private final StoryReader reader = new StoryReader();

    @FuzzTest(maxDuration = "10m")
    void readsAnyBytesAndSavesWhatItAccepts(byte[] input) throws IOException {
        LoadResult result = FuzzBudget.within(input.length, () -> reader.read("fuzz.json", input));
        if (!result.isValid()) {
            assertFalse(result.problems().isEmpty());
            return;
        }
        byte[] saved = new StoryWriter().toBytes(result.story());
        LoadResult again = FuzzBudget.within(saved.length, () -> reader.read("saved.json", saved));
        assertTrue(again.isValid(), again.problems()::toString);
        assertEquals(result.story(), again.story());
    }
}
