package app.counterpoint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.TestResources;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryFormat;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.io.export.TimelineJsExporter;
import app.counterpoint.model.Story;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void convertsATimelineIntoAStoryThatOpensAsCounterpoint(@TempDir Path dir) throws IOException {
        Path in = TestResources.copy("import/timelinejs-sheet.csv", dir);
        Path outFile = dir.resolve("story.json");

        assertEquals(0, ConvertCommand.run(List.of(in.toString(), outFile.toString()), out));

        assertEquals(
                List.of("Wrote " + outFile + " from " + in + " (TimelineJS CSV, 5 events, 0 statements)"), lines());
        LoadResult written = new StoryOpener().open(outFile);
        assertTrue(written.isValid(), written.problems()::toString);
        assertEquals(StoryFormat.COUNTERPOINT, written.format());
        assertEquals(new StoryOpener().open(in).story(), written.story());
    }

    @Test
    void refusesToOverwriteItsInput(@TempDir Path dir) throws IOException {
        Path in = TestResources.copy("import/statements.csv", dir);
        byte[] before = Files.readAllBytes(in);

        assertEquals(
                2,
                ConvertCommand.run(
                        List.of(
                                in.toString(),
                                dir.resolve(".").resolve("statements.csv").toString()),
                        out));

        assertTrue(lines().get(0).contains("refusing to overwrite the input file"), lines()::toString);
        assertArrayEquals(before, Files.readAllBytes(in));
    }

    @Test
    void anInvalidInputPrintsItsProblemsAndWritesNothing(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("bad.json");
        Files.writeString(in, "{\"events\": [{\"start_date\": {\"year\": 2017, \"month\": 0}}]}");
        Path outFile = dir.resolve("out.json");

        assertEquals(1, ConvertCommand.run(List.of(in.toString(), outFile.toString()), out));

        assertEquals(
                List.of(in + ":1:52: read as TimelineJS: events[0].start_date: month 0 is impossible; it "
                        + "must lie between 1 and 12"),
                lines());
        assertFalse(Files.exists(outFile));
    }

    @Test
    void anOutputThatIsAFolderIsAPlainMessage(@TempDir Path dir) throws IOException {
        Path in = TestResources.copy("import/statements.csv", dir);

        assertEquals(1, ConvertCommand.run(List.of(in.toString(), "/"), out));

        assertEquals(
                List.of("/: cannot be written: it is a folder; give a file name, such as story.json, inside it"),
                lines());
    }

    @Test
    void wrongArgumentsPrintUsage() {
        assertEquals(2, ConvertCommand.run(List.of("only-one.json"), out));
        assertEquals(
                List.of("usage: counterpoint convert IN OUT [--to counterpoint|timelinejs|markdown|html|slideshow]"),
                lines());
        bytes.reset();
        assertEquals(2, ConvertCommand.run(List.of("a.json", "b.json", "--to", "pdf"), out));
        assertEquals(
                List.of("unknown format 'pdf'; --to takes one of counterpoint|timelinejs|markdown|html|slideshow"),
                lines());
    }

    @Test
    void helpListsEveryFormat() {
        assertEquals(0, ConvertCommand.run(List.of("--help"), out));
        String help = String.join("\n", lines());
        for (String format : List.of("counterpoint", "timelinejs", "markdown", "html")) {
            assertTrue(help.contains("\n  " + format + " "), help);
        }
    }

    @Test
    void everyFormatIsWrittenAsTheAppWritesIt(@TempDir Path dir) throws IOException {
        Path in = TestResources.copy("stories/trump-putin-2017.json", dir);
        Story story = new StoryOpener().open(in).story();

        Path timeline = dir.resolve("t.json");
        assertEquals(0, ConvertCommand.run(List.of(in.toString(), timeline.toString(), "--to", "timelinejs"), out));
        assertArrayEquals(new TimelineJsExporter().toBytes(story), Files.readAllBytes(timeline));
        assertEquals(
                StoryFormat.TIMELINEJS_JSON, new StoryOpener().open(timeline).format());

        Path markdown = dir.resolve("c.md");
        assertEquals(0, ConvertCommand.run(List.of("--to=markdown", in.toString(), markdown.toString()), out));
        String md = Files.readString(markdown);
        assertTrue(md.startsWith("# " + story.title() + "\n\n## "), md);
        long withStatements = story.events().stream()
                .filter(e ->
                        story.statements().stream().anyMatch(s -> s.eventId().equals(e.id())))
                .count();
        assertEquals(withStatements, md.lines().filter(l -> l.startsWith("## ")).count(), "a section per event");
        assertTrue(md.contains("| Topic |"), md);

        Path html = dir.resolve("c.html");
        assertEquals(0, ConvertCommand.run(List.of(in.toString(), html.toString(), "--to", "HTML"), out));
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"), page);
        assertEquals(withStatements, page.split("<h2>", -1).length - 1);
        assertEquals(
                "Wrote " + html + " as html from " + in + " (Counterpoint, "
                        + story.events().size() + " events, "
                        + story.statements().size() + " statements)",
                lines().get(2));
    }

    @Test
    void aGermanTerminalReadsWhatConvertSaysInGerman(@TempDir Path dir) throws IOException {
        Messages german = Messages.of(Language.GERMAN);
        Path in = TestResources.copy("import/timelinejs-sheet.csv", dir);
        Path outFile = dir.resolve("story.json");

        assertEquals(0, ConvertCommand.run(List.of(in.toString(), outFile.toString()), out, german));
        assertEquals(
                List.of(outFile + " aus " + in + " geschrieben (TimelineJS CSV, 5 Ereignisse, 0 Aussagen)"), lines());

        bytes.reset();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"events\": [{\"start_date\": {\"year\": 2017, \"month\": 0}}]}");
        assertEquals(
                1,
                ConvertCommand.run(List.of(bad.toString(), dir.resolve("o.json").toString()), out, german));
        assertEquals(
                List.of(bad + ":1:52: gelesen als TimelineJS: events[0].start_date: der Monat 0 ist unmöglich; erlaubt"
                        + " sind Werte von 1 bis 12"),
                lines());

        bytes.reset();
        assertEquals(2, ConvertCommand.run(List.of("a.json", "b.json", "--to", "pdf"), out, german));
        assertEquals(
                List.of(
                        "unbekanntes Format „pdf“; --to nimmt eines von counterpoint|timelinejs|markdown|html|slideshow"),
                lines());

        bytes.reset();
        assertEquals(0, ConvertCommand.run(List.of("--help"), out, german));
        String help = String.join("\n", lines());
        assertTrue(help.startsWith("Aufruf: counterpoint convert EIN AUS [--to "), help);
        assertTrue(help.contains("\n  markdown      der Vergleich jedes Ereignisses als Markdown-Tabellen"), help);
    }

    /** The slideshow's own words and the reason a write failed follow the terminal's language too. */
    @Test
    void aSlideshowAndAFailedWriteInTheTerminalsLanguage(@TempDir Path dir) throws IOException {
        Messages russian = Messages.of(Language.RUSSIAN);
        Path in = TestResources.copy("stories/trump-putin-2017.json", dir);
        Path page = dir.resolve("tour.html");

        assertEquals(0, ConvertCommand.run(List.of(in.toString(), page.toString(), "--to", "slideshow"), out, russian));
        String html = Files.readString(page);
        assertTrue(html.contains("<html lang=\"ru\" dir=\"ltr\">"), html);
        assertTrue(html.contains("Шаг 1 из "), html);
        assertTrue(html.contains("2 мая 2017 г."), html);

        bytes.reset();
        assertEquals(1, ConvertCommand.run(List.of(in.toString(), "/"), out, Messages.of(Language.GERMAN)));
        assertEquals(
                List.of("/: kann nicht geschrieben werden: das ist ein Ordner; geben Sie einen Dateinamen darin an,"
                        + " etwa story.json"),
                lines());
    }

    @Test
    void aStoryWithoutATourIsNoSlideshowInTheTerminalsLanguage(@TempDir Path dir) throws IOException {
        Path in = TestResources.copy("import/statements.csv", dir);
        Path page = dir.resolve("tour.html");

        assertEquals(
                1,
                ConvertCommand.run(
                        List.of(in.toString(), page.toString(), "--to", "slideshow"),
                        out,
                        Messages.of(Language.SPANISH)));

        assertEquals(
                List.of(page + ": no se puede escribir: la historia no tiene ningún recorrido con el que hacer una"
                        + " presentación"),
                lines());
        assertFalse(Files.exists(page));
    }

    @Test
    void convertFollowsLangInAProcessOfItsOwn(@TempDir Path dir) throws Exception {
        Path in = TestResources.copy("import/timelinejs-sheet.csv", dir);
        Path outFile = dir.resolve("story.json");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        app.counterpoint.Main.class.getName(),
                        "convert",
                        in.toString(),
                        outFile.toString())
                .redirectErrorStream(true);
        builder.environment().remove("LC_ALL");
        builder.environment().remove("LC_MESSAGES");
        builder.environment().put("LANG", "ru_RU.UTF-8");
        Process child = builder.start();
        try {
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(child.waitFor(120, TimeUnit.SECONDS), "convert did not end");
            assertEquals(0, child.exitValue(), output);
            assertTrue(
                    output.contains(
                            "Записан " + outFile + " из " + in + " (TimelineJS CSV, 5 событий, 0 высказываний)"),
                    output);
        } finally {
            child.destroyForcibly();
        }
    }

    /** A comparison converted in a German or an Arabic terminal has no English headings or labels of its own. */
    @Test
    void aComparisonConvertedInGermanOrArabicHasNoEnglishHeadings(@TempDir Path dir) throws IOException {
        Path in = TestResources.copy("stories/trump-putin-2017.json", dir);
        for (Language language : List.of(Language.GERMAN, Language.ARABIC)) {
            Messages messages = Messages.of(language);
            Path markdown = dir.resolve(language + ".md");
            assertEquals(
                    0,
                    ConvertCommand.run(List.of(in.toString(), markdown.toString(), "--to", "markdown"), out, messages));
            String md = Files.readString(markdown);
            assertTrue(md.contains("| " + messages.text("export.comparison.topic") + " |"), md);
            assertTrue(md.contains(messages.text("export.comparison.paraphrase")), md);

            Path html = dir.resolve(language + ".html");
            assertEquals(0, ConvertCommand.run(List.of(in.toString(), html.toString(), "--to", "html"), out, messages));
            String page = Files.readString(html);
            String tag = language.locale().toLanguageTag();
            assertTrue(
                    page.contains(
                            "<html lang=\"" + tag + "\" dir=\"" + (language.isRightToLeft() ? "rtl" : "ltr") + "\">"),
                    page);
            assertTrue(page.contains("<th>" + messages.text("export.comparison.topic") + "</th>"), page);
            for (String text : List.of(md, page)) {
                for (String english :
                        List.of("| Topic |", "<th>Topic</th>", "(paraphrase)", "not mentioned", "lang=\"en\"")) {
                    assertFalse(text.contains(english), language + " has " + english);
                }
            }
        }
    }
}
