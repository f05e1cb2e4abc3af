package app.counterpoint.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.StatementKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The drafter's recall and precision over the corpus under {@code src/test/resources/draft/}: news articles of the
 * kind Counterpoint is for, each with hand-made expected statements (side, kind, words) and dates. Articles marked
 * {@code heldOut} were not looked at while the rules were written; their figures are printed apart.
 */
class DraftQualityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void corpusMeetsTheTargets() throws IOException, URISyntaxException {
        CorpusScore.Tally devStatements = new CorpusScore.Tally(0, 0, 0);
        CorpusScore.Tally devDates = new CorpusScore.Tally(0, 0, 0);
        CorpusScore.Tally heldStatements = new CorpusScore.Tally(0, 0, 0);
        CorpusScore.Tally heldDates = new CorpusScore.Tally(0, 0, 0);
        boolean devOnly = Boolean.getBoolean("draft.devOnly");
        int articles = 0;
        for (Path expectedFile : expectedFiles()) {
            JsonNode spec = JSON.readTree(expectedFile.toFile());
            boolean heldOut = spec.path("heldOut").asBoolean(false);
            if (heldOut && devOnly) {
                continue;
            }
            articles++;
            ArticleText article = read(expectedFile, spec);
            Draft draft = new Drafter().draft(article);
            List<CorpusScore.Expected> expected = new ArrayList<>();
            for (JsonNode s : spec.get("statements")) {
                expected.add(new CorpusScore.Expected(
                        s.get("side").asText(),
                        StatementKind.fromJsonName(s.get("kind").asText()),
                        s.get("text").asText()));
            }
            List<String> dates = new ArrayList<>();
            spec.get("dates").forEach(d -> dates.add(d.asText()));
            CorpusScore.Result statements = CorpusScore.statements(draft, expected);
            CorpusScore.Tally dateTally = CorpusScore.dates(draft, dates);
            String name = expectedFile.getFileName().toString().replace(".expected", "");
            System.out.println((heldOut ? "[held out] " : "") + name + ": statements " + statements.tally() + "; dates "
                    + dateTally);
            if (Boolean.getBoolean("draft.verbose")) {
                statements.missed().forEach(m -> System.out.println("   missed " + m));
                statements
                        .extra()
                        .forEach(x -> System.out.println("   extra  " + x.sideId() + " " + x.kind() + " " + x.text()));
                List<String> found =
                        draft.events().stream().map(EventProposal::isoDate).toList();
                System.out.println("   dates expected " + dates + " found " + found);
                draft.sides().forEach(s -> System.out.println("   side " + s.id() + " " + s.aliases()));
            }
            if (heldOut) {
                heldStatements = heldStatements.plus(statements.tally());
                heldDates = heldDates.plus(dateTally);
            } else {
                devStatements = devStatements.plus(statements.tally());
                devDates = devDates.plus(dateTally);
            }
        }
        CorpusScore.Tally allStatements = devStatements.plus(heldStatements);
        CorpusScore.Tally allDates = devDates.plus(heldDates);
        System.out.println("written against: statements " + devStatements + "; dates " + devDates);
        System.out.println("held out:        statements " + heldStatements + "; dates " + heldDates);
        System.out.println("whole corpus:    statements " + allStatements + "; dates " + allDates);
        assertTrue(articles >= 8 || devOnly, "the corpus has at least eight articles");
        assertTrue(allStatements.recall() >= 0.8, "statement recall " + allStatements);
        assertTrue(allStatements.precision() >= 0.8, "statement precision " + allStatements);
        assertTrue(allDates.recall() >= 0.9, "date recall " + allDates);
        assertTrue(allDates.precision() >= 0.9, "date precision " + allDates);
    }

    private static ArticleText read(Path expectedFile, JsonNode spec) throws IOException {
        String base = expectedFile.getFileName().toString().replace(".expected", "");
        Path txt = expectedFile.resolveSibling(base + ".txt");
        Path article = Files.exists(txt) ? txt : expectedFile.resolveSibling(base + ".html");
        ArticleText text = ArticleReader.read(Files.readString(article, StandardCharsets.UTF_8));
        if (spec.has("published")) {
            assertEquals(
                    LocalDate.parse(spec.get("published").asText()), text.published(), base + ": publication date");
            return text;
        }
        return text.withPublished(LocalDate.parse(spec.get("date").asText()));
    }

    static Path corpus() throws URISyntaxException {
        return Path.of(DraftQualityTest.class.getResource("/draft").toURI());
    }

    private static List<Path> expectedFiles() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".expected"))
                    .sorted()
                    .toList();
        }
    }
}
