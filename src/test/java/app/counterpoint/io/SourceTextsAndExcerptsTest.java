package app.counterpoint.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.TestResources;
import app.counterpoint.io.problem.ValidationProblem;
import app.counterpoint.model.Excerpt;
import app.counterpoint.model.Source;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source's own text (inline, .txt or .html file) and statements' excerpts, as the reader reads and checks them. */
class SourceTextsAndExcerptsTest {

    private final StoryReader reader = new StoryReader();

    /** One source and one statement; {@code SOURCE} and {@code STATEMENT} are replaced by each test's fields. */
    private static final String TEMPLATE = """
            {"format": "counterpoint/1", "title": "T",
             "sources": [{"id": "wire", "title": "Wire", SOURCE}],
             "actors": [{"id": "a", "name": "A"}],
             "topics": [{"id": "t", "label": "L"}],
             "events": [{"id": "e", "title": "E", "start": "2024", "topics": ["t"]}],
             "statements": [{"id": "x", "event": "e", "actor": "a", "topics": ["t"], STATEMENT}]}
            """;

    private static String story(String source, String statement) {
        return TEMPLATE.replace("SOURCE", source).replace("STATEMENT", statement);
    }

    private LoadResult read(Path dir, String json) throws IOException {
        Path file = dir.resolve("story.json");
        Files.writeString(file, json);
        return reader.read(file);
    }

    private static List<String> messages(List<ValidationProblem> problems) {
        return problems.stream().map(ValidationProblem::message).toList();
    }

    @Test
    void textsComeFromTheFileItselfATextFileOrAnHtmlPage(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("anchored-sources"));
        TestResources.copy("stories/valid/anchored-sources/readout.html", folder);
        TestResources.copy("stories/valid/anchored-sources/wire.txt", folder);
        LoadResult result = reader.read(TestResources.copy("stories/valid/anchored.json", dir));

        assertEquals(List.of(), result.problems());
        assertEquals(List.of(), result.warnings());
        Story story = result.story();
        Source readout = story.source("readout").orElseThrow();
        assertEquals("anchored-sources/readout.html", readout.textFile());
        assertEquals(StoryDate.parse("2024-03-12T18:00Z"), readout.published());
        assertTrue(readout.text().startsWith("Readout of the ministers\u2019 call\n\nThe two ministers spoke"));
        assertTrue(readout.text().contains("\u201cWe will not accept new tariffs.\u201d\nOfficials said"));
        for (String leftOut : List.of("never shown", "color", "Home", "Ministry of Examples", "Related")) {
            assertFalse(readout.text().contains(leftOut), leftOut);
        }
        Source wire = story.source("wire").orElseThrow();
        assertEquals(Files.readString(folder.resolve("wire.txt")), wire.text());
        Source notes = story.source("notes").orElseThrow();
        assertNull(notes.textFile());
        assertTrue(notes.text().startsWith("The other side's spokesman"));
        assertEquals(
                new Excerpt("the talks had been \u201cfrank and useful\u201d", "The minister said", "and that both"),
                story.statements().get(0).excerpt());
    }

    @Test
    void storiesWithoutSourceTextsReadAsBefore() {
        LoadResult result = reader.readResource("stories/valid/minimal.json");
        assertEquals(List.of(), result.warnings());
        result.story().sources().forEach(source -> assertFalse(source.hasText()));
        result.story().statements().forEach(statement -> assertNull(statement.excerpt()));
    }

    @Test
    void anExcerptNotInItsSourceIsAProblemAtItsWords(@TempDir Path dir) throws IOException {
        String json = story(
                "\"text\": \"The minister said the talks were frank.\"",
                "\"kind\": \"paraphrase\", \"text\": \"Frank talks\", \"source\": \"wire\",\n"
                        + "   \"excerpt\": {\"exact\": \"the talks were open\"}");
        LoadResult result = read(dir, json);

        assertEquals(
                List.of("statements[0].excerpt.exact: the words \"the talks were open\" are not in the text of source"
                        + " 'wire'; copy them from the source exactly (spacing, line breaks and quotation marks may"
                        + " differ)"),
                messages(result.problems()));
        assertEquals(7, result.problems().get(0).line());
        assertEquals(
                json.split("\n")[6].indexOf("\"the talks were open\"") + 1,
                result.problems().get(0).column());
    }

    @Test
    void aQuoteNotWordForWordInItsSourceIsAWarningOnly(@TempDir Path dir) throws IOException {
        String text = "\"text\": \"He said the talks were \\u201cfrank and useful\\u201d. They\\u2019re over.\"";
        LoadResult verbatim =
                read(dir, story(text, "\"kind\": \"quote\", \"text\": \"frank and  useful\", \"source\": \"wire\""));
        assertTrue(verbatim.isValid());
        assertEquals(List.of(), verbatim.warnings(), "quotation marks and spacing aside");
        LoadResult apostrophe =
                read(dir, story(text, "\"kind\": \"quote\", \"text\": \"They're over.\", \"source\": \"wire\""));
        assertEquals(List.of(), apostrophe.warnings(), "typographic apostrophes aside");

        LoadResult changed =
                read(dir, story(text, "\"kind\": \"quote\", \"text\": \"frank and open\", \"source\": \"wire\""));
        assertTrue(changed.isValid());
        assertEquals(
                List.of("statements[0].text: this quote is not word for word in the text of source 'wire' (quotation"
                        + " marks, apostrophes and spacing aside); copy the side's exact words, or make the kind"
                        + " \"paraphrase\""),
                messages(changed.warnings()));
        LoadResult paraphrase =
                read(dir, story(text, "\"kind\": \"paraphrase\", \"text\": \"frank and open\", \"source\": \"wire\""));
        assertEquals(List.of(), paraphrase.warnings(), "a paraphrase may use other words");
    }

    @Test
    void aQuoteIsCheckedAgainstItsExcerptWhenItHasOne(@TempDir Path dir) throws IOException {
        String text = "\"text\": \"Talks were frank. Later: talks were useful.\"";
        LoadResult result = read(
                dir,
                story(
                        text,
                        "\"kind\": \"quote\", \"text\": \"talks were useful\", \"source\": \"wire\","
                                + " \"excerpt\": {\"exact\": \"Talks were frank.\"}"));
        assertEquals(
                List.of("statements[0].text: this quote is not word for word in its excerpt (quotation marks,"
                        + " apostrophes and spacing aside); copy the side's exact words, or make the kind"
                        + " \"paraphrase\""),
                messages(result.warnings()));
    }

    @Test
    void excerptsThatCannotBeCheckedOrWhoseContextDiffersAreWarnings(@TempDir Path dir) throws IOException {
        LoadResult noText = read(
                dir,
                story(
                        "\"url\": \"https://example.org\"",
                        "\"kind\": \"quote\", \"text\": \"hi\", \"source\": \"wire\", \"excerpt\": {\"exact\": \"hi\"}"));
        assertEquals(
                List.of("statements[0].excerpt: cannot be checked, because source 'wire' has no text; add its"
                        + " \"text\" or a \"textFile\""),
                messages(noText.warnings()));
        LoadResult noSource = read(
                dir,
                story("\"text\": \"hi\"", "\"kind\": \"quote\", \"text\": \"hi\", \"excerpt\": {\"exact\": \"hi\"}"));
        assertEquals(
                List.of("statements[0].excerpt: cannot be checked, because the statement names no source; add its"
                        + " \"source\""),
                messages(noSource.warnings()));
        LoadResult context = read(
                dir,
                story(
                        "\"text\": \"one hi, two hi\"",
                        "\"kind\": \"quote\", \"text\": \"hi\", \"source\": \"wire\","
                                + " \"excerpt\": {\"exact\": \"hi\", \"prefix\": \"three\"}"));
        assertEquals(
                List.of("statements[0].excerpt: the words are in source 'wire', but nowhere with this prefix and"
                        + " suffix around them; the first place they occur is used"),
                messages(context.warnings()));
        assertTrue(noText.isValid() && noSource.isValid() && context.isValid());
    }

    @Test
    void aTextFileMustBeAReadableTextInTheStorysFolder(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("latin1.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.createDirectory(dir.resolve("folder.txt"));
        String quote = "\"kind\": \"paraphrase\", \"text\": \"hi\"";
        assertEquals(
                List.of("sources[0].textFile: there is no file 'missing.txt' (looked for "
                        + dir.toAbsolutePath().normalize().resolve("missing.txt") + ")"),
                messages(
                        read(dir, story("\"textFile\": \"missing.txt\"", quote)).problems()));
        assertEquals(
                List.of("sources[0].textFile: '../outside.txt' is outside the story's folder; keep source texts in"
                        + " the story's folder or a folder inside it"),
                messages(read(dir, story("\"textFile\": \"../outside.txt\"", quote))
                        .problems()));
        assertEquals(
                List.of("sources[0].textFile: 'latin1.txt' is not UTF-8 text; save it as UTF-8 (in most editors:"
                        + " Save As, Encoding: UTF-8)"),
                messages(read(dir, story("\"textFile\": \"latin1.txt\"", quote)).problems()));
        assertEquals(
                List.of("sources[0].textFile: 'folder.txt' is a folder, not a text file"),
                messages(read(dir, story("\"textFile\": \"folder.txt\"", quote)).problems()));
        assertEquals(
                List.of("sources[0].textFile: 'article.pdf' must be a .txt or .html file"),
                messages(
                        read(dir, story("\"textFile\": \"article.pdf\"", quote)).problems()));
        assertEquals(
                List.of("sources[0].textFile: '/etc/hostname.txt' is not relative to the story file; name it from"
                        + " the story's folder, such as \"sources/article.txt\""),
                messages(read(dir, story("\"textFile\": \"/etc/hostname.txt\"", quote))
                        .problems()));
        assertEquals(
                List.of("sources[0]: give the source's words either in \"text\" or in a \"textFile\", not both"),
                messages(read(dir, story("\"text\": \"hi\", \"textFile\": \"latin1.txt\"", quote))
                        .problems()));
    }

    @Test
    void aStoryReadFromMemoryHasNoFolderForTextFiles() {
        byte[] json = story("\"textFile\": \"wire.txt\"", "\"kind\": \"quote\", \"text\": \"hi\"")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(
                List.of("sources[0].textFile: 'wire.txt' cannot be read, because this story was not opened from a"
                        + " file; put the source's words in \"text\" instead"),
                messages(reader.read("story.json", json).problems()));
    }

    @Test
    void contextLongerThanThirtyTwoCharactersIsAProblem(@TempDir Path dir) throws IOException {
        LoadResult result = read(
                dir,
                story(
                        "\"text\": \"hi\"",
                        "\"kind\": \"quote\", \"text\": \"hi\", \"source\": \"wire\", \"excerpt\": {\"exact\": \"hi\","
                                + " \"suffix\": \"" + "x".repeat(40) + "\"}"));
        assertEquals(
                List.of("statements[0].excerpt.suffix: at most 32 characters are needed here, but this has 40; keep"
                        + " only the words just after the excerpt"),
                messages(result.problems()));
    }

    /** 1,000 excerpts of a million-character text would read a billion characters: the check stops, with a word. */
    @Test
    void aStoryThatWouldTakeTooLongToSearchIsLeftPartlyUncheckedWithAWarning(@TempDir Path dir) throws IOException {
        String words = "abcdefghij ".repeat(100_000);
        StringBuilder json = new StringBuilder("{\"format\": \"counterpoint/1\", \"title\": \"T\",\n"
                + "\"sources\": [{\"id\": \"s\", \"title\": \"S\", \"text\": \"" + words + "z\"}],\n"
                + "\"actors\": [{\"id\": \"a\", \"name\": \"A\"}], \"topics\": [{\"id\": \"t\", \"label\": \"L\"}],\n"
                + "\"events\": [{\"id\": \"e\", \"title\": \"E\", \"start\": \"2024\", \"topics\": [\"t\"]}],\n"
                + "\"statements\": [");
        for (int i = 0; i < 1_000; i++) {
            json.append(i == 0 ? "" : ",\n")
                    .append("{\"id\": \"x")
                    .append(i)
                    .append("\", \"event\": \"e\", \"actor\": \"a\", \"topics\": [\"t\"], \"kind\": \"quote\",")
                    .append(" \"text\": \"j z\", \"source\": \"s\", \"excerpt\": {\"exact\": \"j z\"}}");
        }
        LoadResult result = read(dir, json.append("]}").toString());

        assertTrue(result.isValid(), result.problems()::toString);
        assertEquals(1, result.warnings().size(), result.warnings()::toString);
        assertTrue(
                result.warnings().get(0).message().startsWith("statements[454]: this and the following"),
                result.warnings()::toString);
    }
}
