package app.counterpoint.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class ComparisonViewModelTest {

    private final ReadOnlyObjectWrapper<Story> story = new ReadOnlyObjectWrapper<>();
    private final SimpleObjectProperty<Event> selected = new SimpleObjectProperty<>();
    private final FilterViewModel filter = new FilterViewModel();
    private final ComparisonViewModel comparison =
            new ComparisonViewModel(story.getReadOnlyProperty(), selected, filter.statementFilterProperty());

    private void open(Story s, String eventId) {
        filter.setStory(s);
        story.set(s);
        selected.set(s.event(eventId).orElseThrow());
    }

    private List<String> rowTopics() {
        return comparison.rows().stream().map(r -> r.topic().label()).toList();
    }

    /** Each row as "topic: texts of column 1 | texts of column 2", "-" where a side did not mention it. */
    private List<String> table() {
        return comparison.rows().stream().map(r -> r.topic().id() + ": " + String.join(" | ", r.cells().stream()
                .map(c -> c.isNotMentioned() ? "-" : String.join(" + ",
                        c.entries().stream().map(e -> e.statement().text()).toList()))
                .toList())).toList();
    }

    @Test
    void nothingSelectedAsksForASelection() {
        story.set(SampleStories.phoneCall());
        assertTrue(comparison.rows().isEmpty());
        assertTrue(comparison.placeholderProperty().get().startsWith("Select an event"));
    }

    @Test
    void thePhoneCallHasTwoColumnsAndThreeAlignedRows() {
        open(SampleStories.phoneCall(), "call");
        assertEquals(List.of("White House", "Kremlin"), comparison.columns().stream().map(Actor::name).toList());
        assertEquals(List.of(
                "syria: end the violence + de-escalation zones | strengthen the ceasefire",
                "terrorism: eradicate terrorism | fight international terrorism",
                "nk: - | Putin called for restraint"), table());
        assertFalse(comparison.rows().get(0).isOneSided());
        assertTrue(comparison.rows().get(2).isOneSided());
        assertEquals("", comparison.placeholderProperty().get());
        assertEquals("Phone call \u00B7 2 May 2017", comparison.titleProperty().get());
    }

    @Test
    void entriesCarryKindAndSource() {
        open(SampleStories.phoneCall(), "call");
        ComparisonEntry quote = comparison.rows().get(0).cells().get(0).entries().get(0);
        ComparisonEntry paraphrase = comparison.rows().get(0).cells().get(1).entries().get(0);
        assertTrue(quote.isQuote());
        assertEquals("\u201Cend the violence\u201D", quote.displayText());
        assertFalse(paraphrase.isQuote());
        assertEquals("strengthen the ceasefire", paraphrase.displayText());
        assertEquals("The article \u2014 Evening Standard, A. Writer, May 2017", quote.sourceText());
        assertEquals("Source: Evening Standard, May 2017", quote.shortSourceText());
    }

    @Test
    void uncheckingATopicRemovesItsRowAtOnce() {
        open(SampleStories.phoneCall(), "call");
        filter.setTopicSelected("terrorism", false);
        assertEquals(List.of("Syria", "North Korea"), rowTopics());
        filter.setTopicSelected("nk", false);
        assertEquals(List.of("Syria"), rowTopics());
    }

    @Test
    void uncheckingASideRemovesItsColumnAndTopicsOnlyItMentioned() {
        open(SampleStories.phoneCall(), "call");
        filter.setActorSelected("kr", false);
        assertEquals(List.of("White House"), comparison.columns().stream().map(Actor::name).toList());
        assertEquals(List.of("Syria", "Terrorism"), rowTopics());
    }

    @Test
    void oneSidedEventHasOneColumn() {
        open(SampleStories.phoneCall(), "talks");
        assertEquals(1, comparison.columns().size());
        assertEquals(List.of("syria: will send a representative"), table());
    }

    @Test
    void anEventWithoutStatementsSaysSo() {
        open(SampleStories.phoneCall(), "strike");
        assertTrue(comparison.rows().isEmpty());
        assertEquals("No statements are recorded for this event.", comparison.placeholderProperty().get());
    }

    @Test
    void aFilterThatHidesEverythingSaysSo() {
        open(SampleStories.phoneCall(), "talks");
        filter.setTopicSelected("syria", false);
        assertTrue(comparison.rows().isEmpty());
        assertEquals("The current filter hides all 1 statements of this event.",
                comparison.placeholderProperty().get());
    }

    @Test
    void threeSidesInStoryOrderWithAStatementInTwoRows() {
        open(SampleStories.threeSides(), "meeting");
        assertEquals(List.of("White House", "Kremlin", "United Nations"),
                comparison.columns().stream().map(Actor::name).toList());
        assertEquals(List.of(
                "syria: - | a Kremlin line | a UN line",
                "terrorism: a White House line | a Kremlin line | -"), table());
    }

    @Test
    void clearingTheSelectionEmptiesTheTable() {
        open(SampleStories.phoneCall(), "call");
        selected.set(null);
        assertTrue(comparison.rows().isEmpty());
        assertTrue(comparison.columns().isEmpty());
        assertEquals("", comparison.titleProperty().get());
        assertNull(selected.get());
    }
}
