package app.counterpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpoint.TestResources;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static String copy(String resource, Path dir) throws IOException {
        return TestResources.copy(resource, dir).toString();
    }

    @Test
    void validFileIsOk(@TempDir Path dir) throws IOException {
        String valid = copy("stories/valid/minimal.json", dir);

        assertEquals(0, CheckCommand.run(List.of(valid), out));
        assertEquals(List.of("OK " + valid + " (3 events, 2 statements)"), lines());
    }

    @Test
    void invalidFilePrintsOneLinePerProblem(@TempDir Path dir) throws IOException {
        String valid = copy("stories/valid/minimal.json", dir);
        String invalid = copy("stories/invalid/unknown-actor.json", dir);

        assertEquals(1, CheckCommand.run(List.of(valid, invalid), out));
        assertEquals(
                List.of(
                        "OK " + valid + " (3 events, 2 statements)",
                        invalid + ":26:16: statements[1].actor: unknown actor 'kremlim' (known: white-house, kremlin)"),
                lines());
    }

    @Test
    void severalProblemsGiveSeveralLines(@TempDir Path dir) throws IOException {
        String invalid = copy("stories/invalid/several-problems.json", dir);

        assertEquals(1, CheckCommand.run(List.of(invalid), out));
        assertEquals(6, lines().size());
        lines().forEach(line -> assertEquals(0, line.indexOf(invalid + ":"), line));
    }

    @Test
    void missingFileIsAProblemWithItsNameAsGiven() {
        assertEquals(1, CheckCommand.run(List.of("no//such.json"), out));
        assertEquals(List.of("no//such.json:1:1: the file does not exist"), lines());
    }

    @Test
    void importableFilesNameTheirFormat(@TempDir Path dir) throws IOException {
        String timeline = copy("import/timelinejs-full.json", dir);
        String sheet = copy("import/timelinejs-sheet.csv", dir);
        String statements = copy("import/statements.csv", dir);

        assertEquals(0, CheckCommand.run(List.of(timeline, sheet, statements), out));
        assertEquals(
                List.of(
                        "OK " + timeline + " (TimelineJS, 6 events, 0 statements)",
                        "OK " + sheet + " (TimelineJS CSV, 5 events, 0 statements)",
                        "OK " + statements + " (statements CSV, 2 events, 3 statements)"),
                lines());
    }

    @Test
    void aBrokenImportSaysWhichFormatItWasReadAs(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("story.txt");
        Files.writeString(csv, "Year,Headline\n2017x,Bad\n");

        assertEquals(1, CheckCommand.run(List.of(csv.toString()), out));
        assertEquals(List.of(csv + ":2:1: read as TimelineJS CSV: Year: '2017x' is not a whole number"), lines());
    }

    @Test
    void noFilesPrintsUsage() {
        assertEquals(2, CheckCommand.run(List.of(), out));
        assertEquals(List.of("usage: counterpoint check FILE..."), lines());
    }
}
