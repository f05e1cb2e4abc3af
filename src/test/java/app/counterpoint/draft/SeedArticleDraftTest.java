package app.counterpoint.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.StatementKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seed article (it prints no date: run with 2 May 2017) against the bundled story made by hand from it: at
 * least 12 of its 14 statements with the right side and kind, "on Tuesday" the call of 2 May and "on Wednesday and
 * Thursday" the talks of 3–4 May.
 */
class SeedArticleDraftTest {

    static Draft seedDraft() throws IOException {
        try (InputStream in = SeedArticleDraftTest.class.getResourceAsStream("/draft/seed-trump-putin.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Drafter().draft(ArticleReader.read(text).withPublished(LocalDate.of(2017, 5, 2)));
        }
    }

    @Test
    void findsTheBundledStorysStatements() throws IOException {
        JsonNode story;
        try (InputStream in = getClass().getResourceAsStream("/stories/trump-putin-2017.json")) {
            story = new ObjectMapper().readTree(in);
        }
        Map<String, String> actorNames = new java.util.HashMap<>();
        story.get("actors")
                .forEach(a -> actorNames.put(a.get("id").asText(), a.get("name").asText()));
        List<CorpusScore.Expected> expected = new ArrayList<>();
        for (JsonNode s : story.get("statements")) {
            expected.add(new CorpusScore.Expected(
                    actorNames.get(s.get("actor").asText()),
                    StatementKind.fromJsonName(s.get("kind").asText()),
                    s.get("text").asText()));
        }
        Draft draft = seedDraft();
        CorpusScore.Result result = CorpusScore.statements(draft, expected);
        System.out.println("seed article: bundled statements " + result.tally());
        result.missed().forEach(m -> System.out.println("   not found: " + m));
        result.extra().forEach(x -> System.out.println("   not in the bundled story: " + x.kind() + " " + x.text()));
        assertEquals(14, expected.size());
        assertTrue(result.tally().matched() >= 12, "found " + result.tally());
    }

    @Test
    void namesTheSidesAsTheTextDoes() throws IOException {
        List<String> names =
                seedDraft().sides().stream().map(SideProposal::name).toList();
        assertEquals(List.of("White House", "Kremlin"), names);
    }

    @Test
    void resolvesTheWeekdaysAgainstThePublicationDate() throws IOException {
        Map<String, String> titleByDate = seedDraft().events().stream()
                .collect(Collectors.toMap(EventProposal::isoDate, EventProposal::sentence));
        assertTrue(titleByDate.get("2017-05-02").contains("phone call on Tuesday"), titleByDate.toString());
        assertTrue(
                titleByDate.get("2017-05-03/2017-05-04").contains("on Wednesday and Thursday"), titleByDate.toString());
        assertTrue(titleByDate.get("2017-07").contains("in July"), titleByDate.toString());
        assertTrue(titleByDate.get("2017-04").contains("Last month"), titleByDate.toString());
        assertTrue(titleByDate.get("2017-04-04").contains("April 4"), titleByDate.toString());
    }
}
