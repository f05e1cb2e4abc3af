package app.counterpoint.viewmodel.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.draft.DraftReview.Decision;
import app.counterpoint.i18n.Language;
import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import app.counterpoint.io.export.StoryWriter;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.MainViewModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleDraftViewModelTest {

    private final List<Runnable> background = new ArrayList<>();
    private final MainViewModel main = new MainViewModel(new StoryReader(), background::add, Runnable::run);

    static String seedArticle() throws IOException {
        try (InputStream in = ArticleDraftViewModelTest.class.getResourceAsStream("/draft/seed-trump-putin.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private DraftReviewViewModel drafted(ArticleDraftViewModel form) {
        List<DraftReviewViewModel> got = new ArrayList<>();
        form.draft(got::add);
        assertTrue(form.draftingProperty().get(), "drafting runs in the background");
        assertTrue(got.isEmpty());
        background.remove(0).run();
        assertFalse(form.draftingProperty().get());
        assertEquals(1, got.size());
        return got.get(0);
    }

    @Test
    void aPlainArticleNeedsItsDateThenDraftsOffTheUiThreadAndNothingEntersUnaccepted() throws IOException {
        ArticleDraftViewModel form = main.drafts().newFromArticle();
        form.useFile(seedArticle());
        assertTrue(
                form.messageProperty().get().contains("no date"),
                form.messageProperty().get());
        form.draft(r -> {});
        assertTrue(background.isEmpty(), "no date, no draft");
        assertTrue(form.messageProperty().get().contains("YYYY-MM-DD"));

        form.publishedProperty().set("2017-05-02");
        DraftReviewViewModel review = drafted(form);
        assertTrue(review.rows().stream().allMatch(r -> r.decision() == Decision.PENDING));
        assertTrue(review.rows().stream().anyMatch(r -> r.kind() == ProposalKind.SIDE));
        long statements = review.rows().stream()
                .filter(r -> r.kind() == ProposalKind.STATEMENT)
                .count();
        assertTrue(statements >= 12, "statements proposed: " + statements);
        ProposalRow event = review.rows().stream()
                .filter(r -> r.kind() == ProposalKind.EVENT)
                .filter(r -> r.detail().startsWith("2 May 2017"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(review.rows()));
        assertTrue(event.detail().contains("\nFrom: "), "with the sentence it came from");
        assertFalse(review.canBuild(), "no side accepted yet");

        main.drafts().reviewDraft(review);
        assertNotNull(main.drafts().draftReviewProperty().get());
        // one statement rejected: it must not enter
        ProposalRow rejected = review.rows().stream()
                .filter(r -> r.kind() == ProposalKind.STATEMENT)
                .findFirst()
                .orElseThrow();
        review.reject(rejected.id());
        review.acceptAllPending();
        assertEquals(
                Decision.REJECTED,
                review.rows().stream()
                        .filter(r -> r.id().equals(rejected.id()))
                        .findFirst()
                        .orElseThrow()
                        .decision());
        assertTrue(review.summaryProperty().get().endsWith(" accepted"));
        main.drafts().finishDraft();
        assertNull(main.drafts().draftReviewProperty().get(), "the review list closes");

        Story story = main.storyProperty().get();
        assertEquals(statements - 1, story.statements().size());
        assertTrue(story.statements().stream().noneMatch(s -> s.text().equals(rejected.title())));
        assertTrue(main.editor().isModified(), "unsaved until saved");
        LoadResult again = new StoryReader().read("draft.json", new StoryWriter().toBytes(story));
        assertTrue(again.isValid(), again.problems().toString());
        assertEquals(List.of(), again.warnings(), "every quote word for word in its excerpt");
    }

    @Test
    void anHtmlPageGivesItsTextAndDateAndMergedSidesBecomeOne() {
        ArticleDraftViewModel form = main.drafts().newFromArticle();
        form.useFile("<html><head><meta property=\"article:published_time\" content=\"2017-05-02T20:00:00Z\">"
                + "<title>Call</title></head><body><nav>Home | World</nav><article><p>The White House said the call"
                + " was \"very good\".</p><p>The Kremlin said the talks were \"business-like\".</p>"
                + "<p>Moscow said it would \"work together\".</p></article></body></html>");
        assertEquals("2017-05-02", form.publishedProperty().get());
        assertFalse(form.articleProperty().get().contains("<p>"));
        assertFalse(form.articleProperty().get().contains("Home | World"), "navigation left out");
        DraftReviewViewModel review = drafted(form);
        List<ProposalRow> sides = review.rows().stream()
                .filter(r -> r.kind() == ProposalKind.SIDE)
                .toList();
        assertTrue(sides.size() >= 2, sides.toString());
        int before = sides.size();
        review.mergeSides(sides.get(0).id(), sides.get(1).id());
        assertEquals(
                before - 1,
                review.rows().stream()
                        .filter(r -> r.kind() == ProposalKind.SIDE)
                        .count());
        review.rename(review.sidesOtherThan("none").get(0), "The first side");
        review.acceptAllPending();
        Story story = review.build();
        assertEquals("The first side", story.actors().get(0).name());
    }

    @Test
    void theFormAndTheReviewSpeakTheWindowsLanguageAndTheReviewFollowsAChange() throws IOException {
        main.language().languageProperty().set(Language.GERMAN);
        ArticleDraftViewModel form = main.drafts().newFromArticle();
        form.useFile(seedArticle());
        assertEquals(
                "Der Artikel nennt kein Datum: Geben Sie den Tag ein, an dem er erschienen ist.",
                form.messageProperty().get());
        form.publishedProperty().set("2017-05-02");
        DraftReviewViewModel review = drafted(form);
        int total = review.rows().size();
        assertEquals("0 von " + total + " angenommen", review.summaryProperty().get());
        assertTrue(
                review.rows().stream()
                        .anyMatch(r ->
                                r.kind() == ProposalKind.EVENT && r.detail().startsWith("2. Mai 2017\nAus: ")),
                review.rows().toString());

        main.language().languageProperty().set(Language.RUSSIAN);
        assertEquals("Принято: 0 из " + total, review.summaryProperty().get());
        assertTrue(
                review.rows().stream()
                        .filter(r -> r.kind() == ProposalKind.STATEMENT)
                        .allMatch(r -> r.detail().contains("\nВ статье: …")),
                review.rows().toString());
    }
}
