package app.counterpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.TestResources;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
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

        assertEquals(0, CheckCommand.run(List.of(valid), out, Messages.of(Language.ENGLISH)));
        assertEquals(List.of("OK " + valid + " (3 events, 2 statements)"), lines());
    }

    @Test
    void theTerminalsLanguageCountsInItsOwnPluralForms(@TempDir Path dir) throws IOException {
        String valid = copy("stories/valid/minimal.json", dir);

        assertEquals(0, CheckCommand.run(List.of(valid), out, Messages.of(Language.RUSSIAN)));
        assertEquals(List.of("OK " + valid + " (3 события, 2 высказывания)"), lines());
    }

    @Test
    void invalidFilePrintsOneLinePerProblem(@TempDir Path dir) throws IOException {
        String valid = copy("stories/valid/minimal.json", dir);
        String invalid = copy("stories/invalid/unknown-actor.json", dir);

        assertEquals(1, CheckCommand.run(List.of(valid, invalid), out, Messages.of(Language.ENGLISH)));
        assertEquals(
                List.of(
                        "OK " + valid + " (3 events, 2 statements)",
                        invalid + ":26:16: statements[1].actor: unknown actor 'kremlim' (known: white-house, kremlin)"),
                lines());
    }

    @Test
    void severalProblemsGiveSeveralLines(@TempDir Path dir) throws IOException {
        String invalid = copy("stories/invalid/several-problems.json", dir);

        assertEquals(1, CheckCommand.run(List.of(invalid), out, Messages.of(Language.ENGLISH)));
        assertEquals(6, lines().size());
        lines().forEach(line -> assertEquals(0, line.indexOf(invalid + ":"), line));
    }

    @Test
    void missingFileIsAProblemWithItsNameAsGiven() {
        assertEquals(1, CheckCommand.run(List.of("no//such.json"), out, Messages.of(Language.ENGLISH)));
        assertEquals(List.of("no//such.json:1:1: the file does not exist"), lines());
    }

    @Test
    void importableFilesNameTheirFormat(@TempDir Path dir) throws IOException {
        String timeline = copy("import/timelinejs-full.json", dir);
        String sheet = copy("import/timelinejs-sheet.csv", dir);
        String statements = copy("import/statements.csv", dir);

        assertEquals(0, CheckCommand.run(List.of(timeline, sheet, statements), out, Messages.of(Language.ENGLISH)));
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

        assertEquals(1, CheckCommand.run(List.of(csv.toString()), out, Messages.of(Language.ENGLISH)));
        assertEquals(List.of(csv + ":2:1: read as TimelineJS CSV: Year: '2017x' is not a whole number"), lines());
    }

    private static final String DOUBTFUL_QUOTE = """
            {"format": "counterpoint/1", "title": "T",
             "sources": [{"id": "wire", "title": "Wire", "text": "The minister called the talks \u201cfrank\u201d."}],
             "actors": [{"id": "a", "name": "A"}],
             "topics": [{"id": "t", "label": "L"}],
             "events": [{"id": "e", "title": "E", "start": "2024", "topics": ["t"]}],
             "statements": [{"id": "x", "event": "e", "actor": "a", "topics": ["t"], "kind": "quote",
                             "text": "open", "source": "wire"}]}
            """;

    @Test
    void warningsArePrintedButDoNotFailTheCheck(@TempDir Path dir) throws IOException {
        Path story = dir.resolve("story.json");
        Files.writeString(story, DOUBTFUL_QUOTE);

        assertEquals(0, CheckCommand.run(List.of(story.toString()), out, Messages.of(Language.ENGLISH)));
        assertEquals(
                List.of(
                        story + ":7:26: warning: statements[0].text: this quote is not word for word in the text of"
                                + " source 'wire' (quotation marks, apostrophes and spacing aside); copy the side's"
                                + " exact words, or make the kind \"paraphrase\"",
                        "OK " + story + " (1 event, 1 statement, 1 warning)"),
                lines());
    }

    @Test
    void withStrictWarningsFailTheCheck(@TempDir Path dir) throws IOException {
        Path story = dir.resolve("story.json");
        Files.writeString(story, DOUBTFUL_QUOTE);
        String valid = copy("stories/valid/minimal.json", dir);

        assertEquals(
                1, CheckCommand.run(List.of("--strict", valid, story.toString()), out, Messages.of(Language.ENGLISH)));
        assertEquals("OK " + valid + " (3 events, 2 statements)", lines().get(0));
        assertEquals("NOT OK " + story + " (1 event, 1 statement, 1 warning)", lines().get(2));
        assertEquals(
                0,
                CheckCommand.run(List.of("--strict", valid), out, Messages.of(Language.ENGLISH)),
                "no warning, no failure");
    }

    @Test
    void aStoryWithSourceTextsAndExcerptsChecksClean(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("anchored-sources"));
        copy("stories/valid/anchored-sources/readout.html", folder);
        copy("stories/valid/anchored-sources/wire.txt", folder);
        String story = copy("stories/valid/anchored.json", dir);

        assertEquals(0, CheckCommand.run(List.of("--strict", story), out, Messages.of(Language.ENGLISH)));
        assertEquals(List.of("OK " + story + " (1 event, 6 statements)"), lines());
    }

    @Test
    void anExcerptNotInItsSourceIsAProblem(@TempDir Path dir) throws IOException {
        String story = copy("stories/invalid/excerpt-not-in-source.json", dir);

        assertEquals(1, CheckCommand.run(List.of(story), out, Messages.of(Language.ENGLISH)));
        assertEquals(
                List.of(
                        story + ":13:29: statements[0].excerpt.exact: the words \"the talks had been frank and open\""
                                + " are not in the text of source 'wire'; copy them from the source exactly (spacing,"
                                + " line breaks and quotation marks may differ)",
                        story + ":15:15: warning: statements[1].text: this quote is not word for word in its excerpt"
                                + " (quotation marks, apostrophes and spacing aside); copy the side's exact words, or"
                                + " make the kind \"paraphrase\""),
                lines());
    }

    /** A story of 1,000 events, each starting in a 13th month: 1,000 problems of one kind. */
    private static Path aThousandImpossibleDates(Path dir) throws IOException {
        StringBuilder json = new StringBuilder("{\"format\":\"counterpoint/1\",\"title\":\"T\",\"actors\":"
                + "[{\"id\":\"a\",\"name\":\"A\"}],\"topics\":[{\"id\":\"t\",\"label\":\"T\"}],\"events\":[");
        for (int i = 0; i < 1_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"e").append(i);
            json.append("\",\"title\":\"E\",\"start\":\"2017-13-01\",\"topics\":[\"t\"]}");
        }
        Path file = dir.resolve("many.json");
        Files.writeString(file, json.append("]}"));
        return file;
    }

    @Test
    void onlyTheFirst200ProblemsAreListedAndTheRestCounted(@TempDir Path dir) throws IOException {
        Path file = aThousandImpossibleDates(dir);

        assertEquals(1, CheckCommand.run(List.of(file.toString()), out));
        List<String> lines = lines();
        assertEquals(201, lines.size());
        assertEquals(file + ": and 800 more problems of the same kinds", lines.get(200));
        assertEquals(0, lines.get(199).indexOf(file + ":1:"), lines.get(199));
    }

    @Test
    void aGermanTerminalReadsTheProblemsInGerman(@TempDir Path dir) throws IOException {
        String invalid = copy("stories/invalid/unknown-actor.json", dir);

        assertEquals(1, CheckCommand.run(List.of(invalid), out, Messages.of(Language.GERMAN)));
        assertEquals(
                List.of(invalid + ":26:16: statements[1].actor: unbekannte Kennung „kremlim“ (Seite)"
                        + " (vorhanden: white-house, kremlin)"),
                lines());
    }

    @Test
    void theUnlistedProblemsAreCountedInTheTerminalsLanguage(@TempDir Path dir) throws IOException {
        Path file = aThousandImpossibleDates(dir);

        assertEquals(1, CheckCommand.run(List.of(file.toString()), out, Messages.of(Language.RUSSIAN)));
        List<String> lines = lines();
        assertEquals(file + ": и ещё 800 проблем тех же родов", lines.get(200));
        assertTrue(
                lines.get(0).startsWith(file + ":1:")
                        && lines.get(0)
                                .endsWith(": events[0].start: в «2017-13-01» месяц 13; месяцы нумеруются от 01 до 12"),
                lines.get(0));
    }

    @Test
    void checkFollowsLangInAProcessOfItsOwn(@TempDir Path dir) throws Exception {
        String invalid = copy("stories/invalid/unknown-actor.json", dir);
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        app.counterpoint.Main.class.getName(),
                        "check",
                        invalid)
                .redirectErrorStream(true);
        builder.environment().remove("LC_ALL");
        builder.environment().remove("LC_MESSAGES");
        builder.environment().put("LANG", "de_DE.UTF-8");
        Process child = builder.start();
        try {
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(child.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "check did not end");
            assertEquals(1, child.exitValue(), output);
            // the words a terminal shows in any encoding: German, with the file's own ids as they are
            assertTrue(output.contains(":26:16: statements[1].actor: unbekannte Kennung "), output);
            assertTrue(output.contains("(vorhanden: white-house, kremlin)"), output);
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void noFilesPrintsUsage() {
        assertEquals(2, CheckCommand.run(List.of(), out, Messages.of(Language.ENGLISH)));
        assertEquals(List.of("usage: counterpoint check [--strict] [--max-size=MB] FILE..."), lines());
    }
}
