package app.counterpoint.fuzz;

import app.counterpoint.io.importing.TimelineCsvImporter;
import app.counterpoint.model.Story;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/** The TimelineJS spreadsheet (CSV) importer on any bytes: problems or a story that saves and reads back equal. */
class TimelineCsvFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void importsAnyBytes(byte[] input) throws IOException {
        Story story = FuzzBudget.within(
                input.length,
                () -> RoundTrip.importCsv(
                        input, (table, problems) -> TimelineCsvImporter.importStory(table, "fuzz", problems)));
        if (story != null) {
            RoundTrip.savedStoryReadsBackEqual(story);
        }
    }
}
