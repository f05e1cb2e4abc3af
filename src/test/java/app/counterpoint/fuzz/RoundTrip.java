package app.counterpoint.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import app.counterpoint.io.export.StoryWriter;
import app.counterpoint.io.importing.CsvTable;
import app.counterpoint.io.json.TextDecoder;
import app.counterpoint.io.problem.Problems;
import app.counterpoint.model.Story;
import java.io.IOException;
import java.util.function.BiFunction;

/** What every fuzz target checks once it has a result. */
final class RoundTrip {

    private RoundTrip() {}

    /** A refusal names its problems; an accepted story is saved, and what is saved reads back as the same story. */
    static void savedStoryReadsBackEqual(LoadResult result) throws IOException {
        if (!result.isValid()) {
            assertFalse(result.problems().isEmpty());
            return;
        }
        savedStoryReadsBackEqual(result.story());
    }

    static void savedStoryReadsBackEqual(Story story) throws IOException {
        byte[] saved = new StoryWriter().toBytes(story);
        LoadResult again = FuzzBudget.within(saved.length, () -> new StoryReader().read("saved.json", saved));
        assertTrue(again.isValid(), again.problems()::toString);
        assertEquals(story, again.story());
    }

    /**
     * Imports CSV the way File › Open does after telling the format (the text checked first, then the table read),
     * with the given importer; {@code null} when it has problems.
     */
    static Story importCsv(byte[] input, BiFunction<CsvTable, Problems, Story> importer) {
        Problems problems = new Problems("fuzz.csv");
        int start = TextDecoder.checkText(input, problems);
        if (start < 0) {
            assertFalse(problems.isEmpty());
            return null;
        }
        CsvTable table = CsvTable.read(input, start, input.length - start, problems);
        Story story = table == null ? null : importer.apply(table, problems);
        assertEquals(story == null, !problems.isEmpty() || table == null, "a story or problems, never both");
        return problems.isEmpty() ? story : null;
    }
}
