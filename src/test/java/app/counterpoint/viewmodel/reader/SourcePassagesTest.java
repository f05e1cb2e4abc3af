package app.counterpoint.viewmodel.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Excerpt;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.text.TextRange;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourcePassagesTest {

    private static final String TEXT =
            "The Kremlin called the talks \u201Cbusiness-like\u201D and \u201Cconstructive.\u201D";
    private static final Source ARTICLE = new Source("a", "The article", null, null, null, null, TEXT, null, null);
    private static final Source BARE = new Source("a", "Bare", null, null, null, null);

    private final SourcePassages passages = new SourcePassages();

    private static Statement quote(String text, Excerpt excerpt) {
        return new Statement("s", "e", "kr", List.of("t"), text, StatementKind.QUOTE, "a", null, excerpt);
    }

    @Test
    void aQuoteWordForWordInItsExcerptHasNoWarning() {
        Statement s = quote("business-like", new Excerpt("called the talks \"business-like\"", null, null));
        assertEquals(List.of(), passages.warningsOf(s, ARTICLE));
        TextRange r = passages.passageOf(s, ARTICLE).orElseThrow();
        assertEquals("called the talks \u201Cbusiness-like", TEXT.substring(r.start(), r.end()));
    }

    @Test
    void aQuoteNotWordForWordIsWarnedAboutAsCheckWarns() {
        Statement inExcerpt = quote("businesslike", new Excerpt("business-like", null, null));
        assertEquals(
                List.of("This quote is not word for word in its excerpt (quotation marks, apostrophes and spacing"
                        + " aside)."),
                passages.warningsOf(inExcerpt, ARTICLE));
        Statement noExcerpt = quote("very constructive", null);
        assertTrue(passages.warningsOf(noExcerpt, ARTICLE)
                .get(0)
                .contains("the text of the source \u201CThe article\u201D"));
        Statement paraphrase =
                new Statement("p", "e", "kr", List.of("t"), "they liked it", StatementKind.PARAPHRASE, "a", null, null);
        assertEquals(List.of(), passages.warningsOf(paraphrase, ARTICLE), "a paraphrase is its own words");
    }

    @Test
    void anExcerptNotInTheSourceOrWithoutATextToCheckIsWarnedAbout() {
        Statement lost = quote("friendly", new Excerpt("friendly talks", null, null));
        assertEquals(
                List.of("Its excerpt is not in the text of the source \u201CThe article\u201D."),
                passages.warningsOf(lost, ARTICLE));
        assertEquals(Optional.empty(), passages.passageOf(lost, ARTICLE));
        assertTrue(passages.warningsOf(lost, BARE).get(0).contains("has no text"));
        assertTrue(passages.warningsOf(lost, null).get(0).contains("names no source"));
    }
}
