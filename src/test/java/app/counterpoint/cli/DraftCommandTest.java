package app.counterpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.TestResources;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftCommandTest {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSeedArticleGivesAStoryThatCheckAcceptsWithEveryExcerptInTheArticle(@TempDir Path dir) throws IOException {
        Path article = TestResources.copy("draft/seed-trump-putin.txt", dir);
        Path story = dir.resolve("draft.json");

        int status =
                DraftCommand.run(List.of(article.toString(), "--date", "2017-05-02", "-o", story.toString()), out, err);

        assertEquals(0, status, err());
        String summary = outBytes.toString(StandardCharsets.UTF_8);
        assertTrue(summary.startsWith("Wrote " + story + ": 2 sides (White House, Kremlin), 13 statements"), summary);
        ByteArrayOutputStream checked = new ByteArrayOutputStream();
        assertEquals(
                0,
                CheckCommand.run(
                        List.of(story.toString()),
                        new PrintStream(checked, true, StandardCharsets.UTF_8),
                        Messages.of(Language.ENGLISH)));

        JsonNode json = new ObjectMapper().readTree(story.toFile());
        String text = json.get("sources").get(0).get("text").asText();
        assertEquals("2017-05-02", json.get("sources").get(0).get("published").asText());
        assertTrue(text.contains("During a phone call on Tuesday"));
        for (JsonNode statement : json.get("statements")) {
            JsonNode excerpt = statement.get("excerpt");
            String exact = excerpt.get("exact").asText();
            assertTrue(
                    text.contains(excerpt.path("prefix").asText("")
                            + exact
                            + excerpt.path("suffix").asText("")),
                    exact);
            assertTrue(List.of("quote", "paraphrase")
                    .contains(statement.get("kind").asText()));
        }
        List<String> dates = new ArrayList<>();
        json.get("events")
                .forEach(e -> dates.add(e.get("start").asText()
                        + (e.has("end") ? "/" + e.get("end").asText() : "")));
        assertTrue(
                dates.containsAll(List.of("2017-05-02", "2017-05-03/2017-05-04", "2017-07", "2017-04-04")),
                dates.toString());
    }

    @Test
    void withoutADateItUsesTheArticlesAndWritesToStandardOutput(@TempDir Path dir) throws IOException {
        Path article = TestResources.copy("draft/nile-dam-summit.html", dir);

        assertEquals(0, DraftCommand.run(List.of(article.toString()), out, err));

        JsonNode json = new ObjectMapper().readTree(outBytes.toByteArray());
        assertEquals("counterpoint/1", json.get("format").asText());
        assertEquals("2021-04-06", json.get("sources").get(0).get("published").asText());
        assertTrue(err().contains("(published 2021-04-06)"), err());
    }

    @Test
    void anArticleWithoutADateNeedsOne(@TempDir Path dir) throws IOException {
        Path article = TestResources.copy("draft/seed-trump-putin.txt", dir);

        assertEquals(2, DraftCommand.run(List.of(article.toString()), out, err));

        assertTrue(err().contains("gives no publication date; give it with --date YYYY-MM-DD"), err());
        assertEquals(0, outBytes.size());
    }

    @Test
    void wrongArgumentsGetAPlainMessage(@TempDir Path dir) throws IOException {
        Path article = TestResources.copy("draft/seed-trump-putin.txt", dir);
        assertEquals(2, DraftCommand.run(List.of(article.toString(), "--date", "2 May"), out, err));
        assertTrue(err().contains("write it as YYYY-MM-DD"), err());
        assertEquals(2, DraftCommand.run(List.of(), out, err));
        assertEquals(
                2,
                DraftCommand.run(
                        List.of(article.toString(), "--date", "2017-05-02", "-o", article.toString()), out, err));
        assertTrue(err().contains("refusing to overwrite the article"), err());
        assertTrue(Files.readString(article).startsWith("Trump and Putin plan"));
        assertEquals(
                1, DraftCommand.run(List.of(dir.resolve("missing.txt").toString(), "--date", "2017-05-02"), out, err));
        assertTrue(err().contains("missing.txt: cannot be read: no such file"), err());
        assertFalse(err().contains("Exception"), err());
    }

    @Test
    void aFrenchTerminalReadsWhatDraftSaysInFrench(@TempDir Path dir) throws IOException {
        Path article = TestResources.copy("draft/seed-trump-putin.txt", dir);
        Messages french = Messages.of(Language.FRENCH);

        assertEquals(2, DraftCommand.run(List.of(article.toString()), out, err, french));
        assertEquals(
                article + ": l’article ne donne pas de date de publication ; indiquez-la avec --date AAAA-MM-JJ (les"
                        + " dates comme « mardi » en sont tirées)\n",
                err().replace(System.lineSeparator(), "\n"));

        Path story = dir.resolve("story.json");
        assertEquals(
                0,
                DraftCommand.run(
                        List.of(article.toString(), "--date", "2017-05-02", "-o", story.toString()), out, err, french));
        String summary = outBytes.toString(StandardCharsets.UTF_8);
        assertTrue(summary.startsWith(story + " écrit : 2 camps (White House, Kremlin), 13 déclarations, "), summary);
        assertTrue(summary.contains(", ébauché à partir de " + article + " (publié le 2017-05-02)"), summary);
    }
}
