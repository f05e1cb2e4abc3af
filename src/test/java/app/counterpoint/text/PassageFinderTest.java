package app.counterpoint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PassageFinderTest {

    private static final String ARTICLE = "The White House said the two leaders agreed that \"all parties must do all"
            + " they\n  can to end the violence\" in Syria.\n\nThe Kremlin said it was \u201cbusiness-like\u201d and"
            + " \u201cconstructive.\u201d Trump\u2019s aides said it was good. Later Trump\u2019s aides said it was"
            + " very good.";

    /** exact, prefix, suffix, the original text the passage must cover (null: not found), context matched. */
    static Stream<Arguments> passages() {
        return Stream.of(
                // exact words, with and without context
                arguments("the two leaders agreed", null, null, "the two leaders agreed", true),
                arguments("the two leaders agreed", "House said", "that", "the two leaders agreed", true),
                // spacing and line breaks differ from the source's
                arguments("all parties must do all they can", null, null, "all parties must do all they\n  can", true),
                arguments(
                        "all  parties must do all they can to end the violence",
                        "agreed that",
                        "in Syria",
                        "all parties must do all they\n  can to end the violence",
                        true),
                // quotation marks and apostrophes do not count, straight or typographic
                arguments(
                        "\"business-like\" and \"constructive.\"",
                        null,
                        null,
                        "business-like\u201d and \u201cconstructive.",
                        true),
                arguments("Trump's aides said it was good", null, null, "Trump\u2019s aides said it was good", true),
                // the context picks the second of two occurrences
                arguments("aides said it was", "Later Trump's", "very good", "aides said it was", true),
                // context that matches nowhere: the first occurrence, flagged
                arguments("aides said it was", "Yesterday", null, "aides said it was", false),
                // not there at all, or no words
                arguments("the two leaders disagreed", null, null, null, false),
                arguments("\u201c\u201d", null, null, null, false),
                arguments("   ", null, null, null, false));
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @MethodSource("passages")
    void findsThePassage(String exact, String prefix, String suffix, String covers, boolean contextMatches) {
        PassageFinder finder = new PassageFinder(ARTICLE);
        Optional<PassageFinder.Passage> found = finder.find(exact, prefix, suffix);
        if (covers == null) {
            assertEquals(Optional.empty(), found);
            return;
        }
        assertTrue(found.isPresent(), "not found");
        TextRange range = found.get().range();
        assertEquals(covers, ARTICLE.substring(range.start(), range.end()));
        assertEquals(contextMatches, found.get().contextMatches());
        if (prefix != null && contextMatches) {
            assertTrue(FoldedText.fold(ARTICLE.substring(0, range.start())).endsWith(FoldedText.fold(prefix)));
        }
    }

    @Test
    void theSecondOccurrenceIsFoundWhenItsPrefixMatches() {
        PassageFinder finder = new PassageFinder("said it was good. Later he said it was good.");
        TextRange range =
                finder.find("said it was good", "Later he", null).orElseThrow().range();
        assertEquals(27, range.start());
    }

    @Test
    void overlappingOccurrencesAreAllTried() {
        PassageFinder finder = new PassageFinder("abababX");
        assertEquals(2, finder.find("abab", "ab", "X").orElseThrow().range().start());
    }

    static Stream<Arguments> quotes() {
        return Stream.of(
                arguments("very good", "The conversation has been described as \"very good\"", true),
                arguments("business-like", "called it \u201cbusiness-like\u201d and", true),
                arguments("Trump's decision", "Trump\u2019s decision to launch", true),
                arguments("to end the violence", "can to end the\n violence\" in Syria", true),
                arguments("to end violence", "can to end the violence", false),
                arguments("Very good", "very good", false),
                arguments("very good.", "very good", false));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("quotes")
    void aQuoteOccursInItsPassageSpacingAndQuotationMarksAside(String quote, String passage, boolean occurs) {
        assertEquals(occurs, PassageFinder.quoteOccursIn(passage, quote));
    }

    @Test
    void theFoldedTextMapsBackToTheOriginal() {
        FoldedText folded = FoldedText.of("  \u201cA  b\u201d\n c ");
        assertEquals("A b c", folded.folded());
        assertEquals(new TextRange(3, 11), folded.originalRange(0, 5));
        assertEquals(new TextRange(3, 7), folded.originalRange(0, 3));
        assertFalse(new PassageFinder("abc").contains("\"\""));
    }

    /** A text that repeats itself must not make a search quadratic: 2 million chars, a 100,000-char near-miss. */
    @Test
    void repetitiveTextsStayLinear() {
        String text = "a".repeat(2_000_000);
        String nearMiss = "a".repeat(100_000) + "b";
        PassageFinder finder = new PassageFinder(text);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertFalse(finder.find(nearMiss, null, null).isPresent());
            assertFalse(finder.contains(nearMiss));
            // every position matches; the prefix matches nowhere, so every occurrence is tried
            assertTrue(finder.find("a".repeat(50_000), "b", "b").isPresent());
        });
    }
}
