package app.counterpoint.viewmodel.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import app.counterpoint.viewmodel.SampleStories;
import app.counterpoint.viewmodel.common.MarkerShape;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The question asked before an entry is deleted, in the window's language, with each language's plurals. */
class EntriesViewModelTest {

    private final EntriesViewModel<?> topics = new EntriesViewModel<>(
            new SimpleObjectProperty<>(SampleStories.phoneCall()), new StoryEditor(), EntryKind.TOPICS);

    @Test
    void theUsageOfATopicIsCountedInEnglish() {
        assertEquals(
                "Topic ‘North Korea’ is used by 2 events and 1 statement. Removing it deletes the statement that"
                        + " has no other topic.",
                topics.usage(2, Messages.of(Language.ENGLISH)).orElseThrow());
        assertEquals(
                "Topic ‘Syria’ is used by 4 events and 4 statements. Removing it deletes the 4 statements that have"
                        + " no other topic.",
                topics.usage(0, Messages.of(Language.ENGLISH)).orElseThrow());
    }

    @Test
    void russianAndGermanCountWithTheirOwnForms() {
        assertEquals(
                "Тема «Syria» используется в 4 событиях и 4 высказываниях. При удалении будут удалены высказывания"
                        + " без другой темы: 4 высказывания.",
                topics.usage(0, Messages.of(Language.RUSSIAN)).orElseThrow());
        assertEquals(
                "Thema „North Korea“ wird von 2 Ereignissen und 1 Aussage verwendet. Beim Entfernen wird die Aussage"
                        + " gelöscht, die kein anderes Thema hat.",
                topics.usage(2, Messages.of(Language.GERMAN)).orElseThrow());
    }

    @org.junit.jupiter.api.Test
    void aFieldsProblemIsToldInTheWindowsLanguage() {
        org.junit.jupiter.api.Assertions.assertEquals(
                "darf nicht leer sein", EntriesViewModel.nameProblem(" ", app.counterpoint.i18n.Language.GERMAN));
        org.junit.jupiter.api.Assertions.assertEquals(
                "«example.org» no es una dirección web; debe empezar por http:// o https://, por ejemplo"
                        + " https://www.example.org/articulo",
                EntriesViewModel.linkProblem("example.org", app.counterpoint.i18n.Language.SPANISH));
        org.junit.jupiter.api.Assertions.assertNull(
                EntriesViewModel.idProblem("kremlin", app.counterpoint.i18n.Language.RUSSIAN));
    }

    /** Each side and topic is listed with the shape its place in the story gives it on the timeline; a source none. */
    @Test
    void eachSideAndTopicIsListedWithItsShape() {
        assertEquals(
                List.of(MarkerShape.forIndex(0), MarkerShape.forIndex(1), MarkerShape.forIndex(2)),
                topics.rows().stream().map(EntriesViewModel.Row::shape).toList());
        EntriesViewModel<?> sources = new EntriesViewModel<>(
                new SimpleObjectProperty<>(SampleStories.phoneCall()), new StoryEditor(), EntryKind.SOURCES);
        assertTrue(sources.rows().stream().allMatch(r -> r.shape() == null && r.color() == null));
    }
}
