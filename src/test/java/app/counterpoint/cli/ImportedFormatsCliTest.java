package app.counterpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.TestResources;
import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryFormat;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.io.importing.XlsxFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code check} names the format it read each file as, and {@code convert} turns each into a Counterpoint story. */
class ImportedFormatsCliTest {

    @TempDir
    Path dir;

    private Path input(String name) throws IOException {
        if (name.endsWith(".xlsx")) {
            byte[] workbook = new XlsxFixture()
                    .sheet(
                            "od1",
                            XlsxFixture.rows(
                                    new Object[] {"Year", "Month", "Day", "Headline", "Group"},
                                    new Object[] {2017, 5, 2, "Call", "Talks"},
                                    new Object[] {-540000000L, null, null, "Cambrian", "Life"}))
                    .bytes();
            return Files.write(dir.resolve(name), workbook);
        }
        return TestResources.copy("import/" + name, dir);
    }

    @ParameterizedTest
    @CsvSource({
        "timelinejs2.json, TimelineJS 2, 7, 1",
        "timelinejs3-wrapped.json, TimelineJS, 3, 0",
        "timelinejs-deep-time.json, TimelineJS, 8, 0",
        "vis-timeline.json, vis-timeline, 5, 0",
        "vis-items.json, vis-timeline, 2, 0",
        "sheet.xlsx, TimelineJS .xlsx, 2, 0"
    })
    void checkNamesTheFormatAndConvertWritesAStory(String name, String format, int events, int warnings)
            throws IOException {
        Path in = input(name);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        assertEquals(0, CheckCommand.run(List.of(in.toString()), out));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        String ok = "OK " + in + " (" + format + ", " + events + " events, 0 statements"
                + (warnings == 0 ? "" : ", " + warnings + " warning") + ")";
        assertEquals(ok, lines.get(lines.size() - 1), lines::toString);
        assertEquals(warnings + 1, lines.size(), lines::toString);

        Path story = dir.resolve(name + ".story.json");
        bytes.reset();
        assertEquals(0, ConvertCommand.run(List.of(in.toString(), story.toString()), out));
        LoadResult written = new StoryOpener().open(story);
        assertTrue(written.isValid(), written.problems()::toString);
        assertEquals(StoryFormat.COUNTERPOINT, written.format());
        assertEquals(new StoryOpener().open(in).story(), written.story());
    }
}
