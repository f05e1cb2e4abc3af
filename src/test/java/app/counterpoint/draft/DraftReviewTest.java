package app.counterpoint.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import app.counterpoint.io.export.StoryWriter;
import app.counterpoint.model.Excerpt;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftReviewTest {

    private static final String ARTICLE = """
            Council and union blame each other as talks fail

            The city council said on Monday that its offer was fair. "We cannot pay more," a council spokeswoman said.

            Moscow said the talks were useful. The Kremlin said Russia would send a delegation next week.

            The union said the offer was "an insult".
            """;

    private static Draft draft() {
        return new Drafter().draft(ArticleReader.readPlainText(ARTICLE).withPublished(LocalDate.of(2024, 6, 7)));
    }

    @Test
    void nothingEntersTheStoryUnaccepted() {
        DraftReview review = new DraftReview(draft());
        SideProposal first = review.sides().get(0);
        review.accept(first.id());
        Story story = review.build();
        assertEquals(1, story.actors().size());
        assertTrue(story.statements().isEmpty(), "no statement was accepted");
        assertTrue(story.events().isEmpty(), "no event was accepted");
        assertTrue(story.topics().isEmpty(), "no topic was accepted");
    }

    @Test
    void aStoryNeedsAnAcceptedSide() {
        assertThrows(IllegalStateException.class, () -> new DraftReview(draft()).build());
    }

    @Test
    void rejectedProposalsStayOutAndStatementsFollowTheirSide() {
        DraftReview review = new DraftReview(draft());
        SideProposal rejected = review.sides().get(0);
        review.reject(rejected.id());
        review.acceptAllPending();
        Story story = review.build();
        assertTrue(story.actors().stream().noneMatch(a -> a.id().equals(rejected.id())));
        assertTrue(story.statements().stream().noneMatch(s -> s.actorId().equals(rejected.id())));
        assertFalse(story.statements().isEmpty());
        assertEquals(DraftReview.Decision.REJECTED, review.decision(rejected.id()));
    }

    @Test
    void mergingASideMovesItsStatementsAndKeepsItsNamesAsAliases() {
        DraftReview review = new DraftReview(draft());
        List<String> names = review.sides().stream().map(SideProposal::name).toList();
        assertTrue(names.contains("Kremlin") || names.contains("Russia"), names.toString());
        SideProposal a = review.sides().get(0);
        SideProposal b = review.sides().get(1);
        long before = review.statements().stream()
                .filter(s -> s.sideId().equals(b.id()))
                .count();
        review.mergeSides(a.id(), b.id());
        assertEquals(names.size() - 1, review.sides().size());
        assertTrue(review.sides().get(0).aliases().containsAll(b.aliases()));
        assertTrue(before > 0);
        assertTrue(review.statements().stream().noneMatch(s -> s.sideId().equals(b.id())));
    }

    @Test
    void editsReachTheStory() {
        DraftReview review = new DraftReview(draft());
        review.acceptAllPending();
        StatementProposal s = review.statements().get(0);
        review.editStatement(s.id(), "  Edited words.  ", StatementKind.PARAPHRASE);
        SideProposal side = review.sides().get(0);
        review.renameSide(side.id(), "Renamed side");
        EventProposal event = review.events().get(0);
        review.editEvent(event.id(), "A better title", StoryDate.parse("2024-06-03"), null);
        Story story = review.build();
        Statement built = story.statements().stream()
                .filter(x -> x.id().equals(s.id()))
                .findFirst()
                .orElseThrow();
        assertEquals("Edited words.", built.text());
        assertEquals(StatementKind.PARAPHRASE, built.kind());
        assertEquals("Renamed side", story.actor(side.id()).orElseThrow().name());
        assertEquals("A better title", story.event(event.id()).orElseThrow().title());
        assertThrows(IllegalArgumentException.class, () -> review.editStatement(s.id(), " ", StatementKind.QUOTE));
        assertThrows(
                IllegalArgumentException.class,
                () -> review.editEvent(event.id(), "x", StoryDate.parse("2024-06-03"), StoryDate.parse("2024-06-01")));
    }

    @Test
    void theWholeDraftIsAValidStoryWithAnExcerptForEveryStatement() throws IOException {
        for (Draft draft : List.of(draft(), SeedArticleDraftTest.seedDraft())) {
            DraftReview review = new DraftReview(draft);
            review.acceptAllPending();
            Story drafted = review.build();
            byte[] json = new StoryWriter().toBytes(drafted);
            LoadResult read = new StoryReader().read("draft.json", json);
            assertTrue(read.isValid(), read.problems().toString());
            assertEquals(drafted, read.story());
            assertEquals(draft.statements().size(), drafted.statements().size());
            String text = drafted.sources().get(0).text();
            assertEquals(draft.article().text(), text);
            assertEquals(
                    draft.published().toString(),
                    drafted.sources().get(0).published().toIsoString());
            for (Statement s : drafted.statements()) {
                Excerpt excerpt = s.excerpt();
                String prefix = excerpt.prefix() == null ? "" : excerpt.prefix();
                String suffix = excerpt.suffix() == null ? "" : excerpt.suffix();
                assertTrue(text.contains(prefix + excerpt.exact() + suffix), s.id());
                assertTrue(prefix.length() <= Excerpt.MAX_CONTEXT && suffix.length() <= Excerpt.MAX_CONTEXT);
                if (s.kind() == StatementKind.QUOTE) {
                    assertTrue(excerpt.exact().contains(s.text().split(" ")[0]), s.text() + " in " + excerpt.exact());
                }
            }
        }
    }
}
