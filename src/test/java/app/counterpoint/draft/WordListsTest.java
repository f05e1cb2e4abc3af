package app.counterpoint.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListsTest {

    @Test
    void readsEachListAcrossLinesSkippingCommentsAndRepeats() throws IOException {
        WordLists lists = WordLists.read(
                new StringReader("# a comment\n[verbs]\n# why these\nsaid says\n  told said\n\n[nouns]\nspokesman\n"),
                "test.txt");

        assertEquals(Set.of("said", "says", "told"), lists.list("verbs"));
        assertEquals(Set.of("spokesman"), lists.list("nouns"));
    }

    @Test
    void aListTheFileLacksOrWordsBeforeAnyListAreABrokenBuild() throws IOException {
        WordLists lists = WordLists.read(new StringReader("[verbs]\nsaid\n"), "test.txt");

        assertThrows(IllegalStateException.class, () -> lists.list("nouns"));
        IllegalStateException early =
                assertThrows(IllegalStateException.class, () -> WordLists.read(new StringReader("said\n"), "test.txt"));
        assertTrue(early.getMessage().contains("line 1"), early.getMessage());
        assertThrows(
                IllegalStateException.class, () -> WordLists.read(new StringReader("[a]\nx\n[a]\ny\n"), "test.txt"));
    }

    @Test
    void theEnglishListsTheDraftingRulesUseAreAllThere() {
        assertTrue(Lexicon.REPORTING_VERBS.contains("said"));
        assertTrue(Lexicon.TITLES.size() > 50, "titles: " + Lexicon.TITLES.size());
        assertTrue(Lexicon.NOT_SPEAKERS.size() > 10, "not speakers: " + Lexicon.NOT_SPEAKERS.size());
        assertEquals(Set.of("he", "she", "they", "it"), Lexicon.PRONOUNS);
    }
}
