package app.counterpoint.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.text.PassageFinder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled story carries its article as its source's text, and every statement its passage in it (issue #13). */
class BundledStoryAnchorsTest {

    private final LoadResult result = new StoryOpener().openResource("stories/trump-putin-2017.json");

    @Test
    void everyStatementHasAnExcerptFoundInTheArticleAndNoWarning() {
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(), result.warnings(), "check --strict passes");
        Source article = result.story().sources().get(0);
        assertTrue(article.hasText());
        assertTrue(article.text().startsWith("Trump and Putin plan face-to-face meeting"));
        PassageFinder finder = new PassageFinder(article.text());
        for (Statement statement : result.story().statements()) {
            assertNotNull(statement.excerpt(), statement.id());
            var passage = finder.find(
                    statement.excerpt().exact(),
                    statement.excerpt().prefix(),
                    statement.excerpt().suffix());
            assertTrue(passage.isPresent() && passage.get().contextMatches(), statement.id());
            if (statement.kind() == StatementKind.QUOTE) {
                String words = article.text()
                        .substring(
                                passage.get().range().start(),
                                passage.get().range().end());
                assertTrue(PassageFinder.quoteOccursIn(words, statement.text()), statement.id());
            }
        }
    }
}
