package app.counterpoint.viewmodel.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.model.Story;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A statement said in another language: the comparison shows the translation, offers its words as they were said
 * only where the story has them, and marks a quote whose original words are missing.
 */
class OriginalWordsTest {

    private final ComparisonFixture fixture = new ComparisonFixture();
    private final ComparisonViewModel comparison = fixture.comparison();

    private static Story translated() {
        LoadResult result = new StoryOpener().openResource("stories/valid/translated.json");
        assertTrue(result.isValid(), result.problems()::toString);
        return result.story();
    }

    private Map<String, ComparisonEntry> entries() {
        return comparison.rows().stream()
                .flatMap(row -> row.cells().stream())
                .flatMap(cell -> cell.entries().stream())
                .collect(Collectors.toMap(e -> e.statement().id(), Function.identity()));
    }

    @Test
    void theOriginalWordsAreShownUnderTheTranslationOnlyWhenAskedFor() {
        fixture.open(translated(), "talks");
        assertTrue(comparison.hasOriginalsProperty().get(), "the event has statements with their original words");
        assertFalse(comparison.showOriginalsProperty().get(), "off until the teacher asks");
        assertEquals(Optional.empty(), entries().get("ministry-water").originalWords());

        comparison.showOriginalsProperty().set(true);

        ComparisonEntry ministry = entries().get("ministry-water");
        assertEquals(Optional.of("Niemand wird weniger Wasser haben als vorher."), ministry.originalWords());
        assertEquals(Optional.of("Said in German:"), ministry.originalCaption());
        assertEquals(
                Optional.of("Said in Arabic:"), entries().get("authority-water").originalCaption());
        assertEquals(Optional.empty(), entries().get("authority-schedule").originalWords(), "no words to show");
        assertEquals(Optional.empty(), entries().get("authority-schedule").originalCaption());
        assertEquals(Optional.empty(), entries().get("observers-water").originalWords(), "said in English");

        comparison.showOriginalsProperty().set(false);
        assertEquals(Optional.empty(), entries().get("ministry-water").originalWords());
    }

    @Test
    void aQuoteWithoutItsOriginalWordsIsMarkedAsATranslatedQuote() {
        fixture.open(translated(), "talks");
        Map<String, ComparisonEntry> entries = entries();
        assertEquals("Translated quote", entries.get("authority-schedule").kindLabel());
        assertEquals("Quote", entries.get("ministry-water").kindLabel(), "its original words are in the story");
        assertEquals("Paraphrase", entries.get("ministry-schedule").kindLabel());
        assertEquals("Quote", entries.get("observers-water").kindLabel());
    }

    @Test
    void theLanguageIsNamedInTheWindowsLanguage() {
        fixture.open(translated(), "talks");
        comparison.datesProperty().set(new DisplayDates(Messages.of(Language.GERMAN)));
        comparison.showOriginalsProperty().set(true);
        assertEquals(
                Optional.of("Im Original (Arabisch):"),
                entries().get("authority-water").originalCaption());
        assertEquals("Übersetztes Zitat", entries().get("authority-schedule").kindLabel());
    }

    @Test
    void anEventWithoutOriginalWordsOffersNoToggle() {
        Story story = translated();
        fixture.open(
                new Story(
                        story.title(),
                        story.description(),
                        story.sources(),
                        story.actors(),
                        story.topics(),
                        story.events(),
                        List.of(story.statements().get(2), story.statements().get(4))),
                "talks");
        assertFalse(comparison.hasOriginalsProperty().get());
    }
}
