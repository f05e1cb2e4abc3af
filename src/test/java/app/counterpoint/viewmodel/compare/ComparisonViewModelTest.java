package app.counterpoint.viewmodel.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import app.counterpoint.text.TextRange;
import app.counterpoint.viewmodel.SampleStories;
import app.counterpoint.viewmodel.common.MarkerShape;
import app.counterpoint.viewmodel.filter.FilterViewModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonViewModelTest {

    private final ComparisonFixture fixture = new ComparisonFixture();
    private final FilterViewModel filter = fixture.filter();
    private final ComparisonViewModel comparison = fixture.comparison();

    private void open(Story s, String eventId) {
        fixture.open(s, eventId);
    }

    private List<String> rowTopics() {
        return comparison.rows().stream().map(r -> r.topic().label()).toList();
    }

    /** Each row as "topic: texts of column 1 | texts of column 2", "-" where a side did not mention it. */
    private List<String> table() {
        return comparison.rows().stream()
                .map(r -> r.topic().id() + ": "
                        + String.join(
                                " | ",
                                r.cells().stream()
                                        .map(c -> c.isNotMentioned()
                                                ? "-"
                                                : String.join(
                                                        " + ",
                                                        c.entries().stream()
                                                                .map(e -> e.statement()
                                                                        .text())
                                                                .toList()))
                                        .toList()))
                .toList();
    }

    @Test
    void anEditThatLeavesTheStatementsAloneLeavesTheRowsAndColumnsAlone() {
        Story story = SampleStories.phoneCall();
        open(story, "call");
        List<String> changes = new java.util.ArrayList<>();
        comparison.rows().addListener((javafx.beans.Observable o) -> changes.add("rows"));
        comparison.columns().addListener((javafx.beans.Observable o) -> changes.add("columns"));
        Event call = story.event("call").orElseThrow();
        Event retitled = app.counterpoint.fixture.EventBuilder.event("call")
                .like(call)
                .titled("The phone call")
                .build();
        Story edited = app.counterpoint.viewmodel.edit.EventEdits.change(story, call, retitled)
                .change()
                .apply(story);
        fixture.open(edited, retitled);
        assertEquals(
                "The phone call \u00B7 2 May 2017", comparison.titleProperty().get());
        assertEquals(List.of(), changes, "each change of these lists rebuilds every card of the comparison");
        // a change to a statement does reach them
        Statement first =
                comparison.rows().get(0).cells().get(0).entries().get(0).statement();
        Story reworded = app.counterpoint.viewmodel.edit.StatementEdits.change(edited, first, first.withSourceId(null))
                .change()
                .apply(edited);
        fixture.open(reworded, retitled);
        assertEquals(List.of("rows"), changes);
    }

    @Test
    void nothingSelectedAsksForASelection() {
        fixture.setStory(SampleStories.phoneCall());
        assertTrue(comparison.rows().isEmpty());
        assertTrue(comparison.placeholderProperty().get().startsWith("Select an event"));
    }

    @Test
    void thePhoneCallHasTwoColumnsAndThreeAlignedRows() {
        open(SampleStories.phoneCall(), "call");
        assertEquals(
                List.of("White House", "Kremlin"),
                comparison.columns().stream().map(Actor::name).toList());
        assertEquals(
                List.of(
                        "syria: end the violence + de-escalation zones | strengthen the ceasefire",
                        "terrorism: eradicate terrorism | fight international terrorism",
                        "nk: - | Putin called for restraint"),
                table());
        assertFalse(comparison.rows().get(0).isOneSided());
        assertTrue(comparison.rows().get(2).isOneSided());
        assertEquals("", comparison.placeholderProperty().get());
        assertEquals("Phone call \u00B7 2 May 2017", comparison.titleProperty().get());
    }

    @Test
    void entriesCarryKindAndSource() {
        open(SampleStories.phoneCall(), "call");
        ComparisonEntry quote =
                comparison.rows().get(0).cells().get(0).entries().get(0);
        ComparisonEntry paraphrase =
                comparison.rows().get(0).cells().get(1).entries().get(0);
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
        assertEquals(
                List.of("White House"),
                comparison.columns().stream().map(Actor::name).toList());
        assertEquals(List.of("Syria", "Terrorism"), rowTopics());
    }

    @Test
    void aSideThatSaidNothingKeepsItsColumnUnlessTheTeacherHidesSuchColumns() {
        open(SampleStories.phoneCall(), "talks");
        assertEquals(
                List.of("White House", "Kremlin"),
                comparison.columns().stream().map(Actor::name).toList());
        assertTrue(comparison.isSilent(SampleStories.KREMLIN));
        assertFalse(comparison.isSilent(SampleStories.WHITE_HOUSE));
        assertEquals(List.of("syria: will send a representative | -"), table());

        comparison.showSilentSidesProperty().set(false);
        assertEquals(1, comparison.columns().size());
        assertEquals(List.of("syria: will send a representative"), table());
        assertFalse(comparison.isSilent(SampleStories.KREMLIN));
    }

    @Test
    void aSideSwitchedOffHasNoColumnEvenWhenSilent() {
        open(SampleStories.phoneCall(), "talks");
        filter.setActorSelected("kr", false);
        assertEquals(
                List.of("White House"),
                comparison.columns().stream().map(Actor::name).toList());
    }

    @Test
    void anotherEventIsANewSubjectAndAFilterChangeIsNot() {
        open(SampleStories.phoneCall(), "call");
        int subject = comparison.subjectProperty().get();
        filter.setTopicSelected("syria", false);
        assertEquals(subject, comparison.subjectProperty().get());
        fixture.selected().set(SampleStories.phoneCall().event("talks").orElseThrow());
        assertTrue(comparison.subjectProperty().get() > subject);
    }

    @Test
    void anEventWithoutStatementsSaysSo() {
        open(SampleStories.phoneCall(), "strike");
        assertTrue(comparison.rows().isEmpty());
        assertEquals(
                "No statements are recorded for this event.",
                comparison.placeholderProperty().get());
    }

    @Test
    void aFilterThatHidesEverythingSaysSo() {
        open(SampleStories.phoneCall(), "talks");
        filter.setTopicSelected("syria", false);
        assertTrue(comparison.rows().isEmpty());
        assertEquals(
                "The current filter hides the only statement of this event.",
                comparison.placeholderProperty().get());
    }

    @Test
    void threeSidesInStoryOrderWithAStatementInTwoRows() {
        open(SampleStories.threeSides(), "meeting");
        assertEquals(
                List.of("White House", "Kremlin", "United Nations"),
                comparison.columns().stream().map(Actor::name).toList());
        assertEquals(
                List.of("syria: - | a Kremlin line | a UN line", "terrorism: a White House line | a Kremlin line | -"),
                table());
    }

    @Test
    void clearingTheSelectionEmptiesTheTable() {
        open(SampleStories.phoneCall(), "call");
        fixture.selected().set(null);
        assertTrue(comparison.rows().isEmpty());
        assertTrue(comparison.columns().isEmpty());
        assertEquals("", comparison.titleProperty().get());
        assertNull(fixture.selected().get());
    }

    /** The stretches of an entry's text the highlighter marks, as substrings. */
    private List<String> shared(int row, int column, int entry) {
        ComparisonRow r = comparison.rows().get(row);
        ComparisonEntry e = r.cells().get(column).entries().get(entry);
        String text = e.statement().text();
        return comparison.sharedWords(r, e).stream()
                .map(x -> text.substring(x.start(), x.end()))
                .toList();
    }

    @Test
    void sharedWordsAreThoseOtherSidesUseOnTheSameRow() {
        open(SampleStories.phoneCall(), "call");
        assertEquals(List.of("terrorism"), shared(1, 0, 0));
        assertEquals(List.of("terrorism"), shared(1, 1, 0));
        // "end the violence" and "strengthen the ceasefire" share only a stop word
        assertEquals(List.of(), shared(0, 0, 0));
        assertTrue(comparison.highlightSharedProperty().get(), "on by default");
    }

    @Test
    void aSideDoesNotShareWordsWithItself() {
        open(SampleStories.threeSides(), "meeting");
        // Kremlin's and UN's "line" are shared on Syria; the White House did not speak there
        assertEquals(List.of("line"), shared(0, 1, 0));
        assertEquals(
                List.of(new TextRange(5, 9)),
                comparison.sharedWords(
                        comparison.rows().get(0),
                        comparison.rows().get(0).cells().get(2).entries().get(0)));
    }

    @Test
    void anEventWithoutStatementsSuggestsItsNearestNeighboursThatHaveSome() {
        open(SampleStories.phoneCall(), "strike");
        assertEquals(
                List.of("call"),
                comparison.nearbyEvents().stream().map(Event::id).toList());
        open(SampleStories.phoneCall(), "summit");
        assertEquals(
                List.of("talks"),
                comparison.nearbyEvents().stream().map(Event::id).toList());
        assertTrue(comparison.isBeforeSelection(comparison.nearbyEvents().get(0)));
        assertFalse(comparison.isBeforeSelection(
                SampleStories.phoneCall().event("summit").orElseThrow()));
        comparison.select(comparison.nearbyEvents().get(0));
        assertEquals("talks", fixture.selected().get().id());
        assertTrue(comparison.nearbyEvents().isEmpty(), "an event with statements needs no suggestion");
    }

    @Test
    void suggestionsHonourTheFilter() {
        open(SampleStories.phoneCall(), "summit");
        filter.setTopicSelected("syria", false);
        // the talks speak only of Syria; the call still has terrorism and North Korea
        assertEquals(
                List.of("call"),
                comparison.nearbyEvents().stream().map(Event::id).toList());
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        assertEquals(
                "https://example.org/a",
                entryWithUrl(" https://example.org/a ").link().orElseThrow());
        assertEquals(
                "HTTP://example.org", entryWithUrl("HTTP://example.org").link().orElseThrow());
        assertTrue(entryWithUrl("file:///etc/passwd").link().isEmpty());
        assertTrue(entryWithUrl("javascript:alert(1)").link().isEmpty());
        assertTrue(entryWithUrl("not a url").link().isEmpty());
        assertTrue(entryWithUrl("https://").link().isEmpty());
        assertTrue(new ComparisonEntry(SampleStories.phoneCall().statements().get(0), null)
                .link()
                .isEmpty());
        assertTrue(new ComparisonEntry(SampleStories.phoneCall().statements().get(0), SampleStories.ARTICLE)
                .link()
                .isEmpty());
    }

    private static ComparisonEntry entryWithUrl(String url) {
        Source source = new Source("web", "A page", "Publisher", null, null, url);
        return new ComparisonEntry(SampleStories.phoneCall().statements().get(0), source);
    }

    @Test
    void aStatementOnTwoTopicsDoesNotBringBackAHiddenTopicsRow() {
        open(SampleStories.threeSides(), "meeting");
        filter.setTopicSelected("terrorism", false);
        // the White House spoke only on terrorism, so its column goes too
        assertEquals(List.of("syria: a Kremlin line | a UN line"), table());
        assertEquals(
                List.of("Kremlin", "United Nations"),
                comparison.columns().stream().map(Actor::name).toList());
    }

    /** A row keeps its topic's shape, by the topic's place in the story, while the filter hides another topic. */
    @Test
    void eachRowKeepsTheShapeOfItsTopicsPlaceInTheStory() {
        open(SampleStories.phoneCall(), "call");
        assertEquals(
                List.of(MarkerShape.forIndex(0), MarkerShape.forIndex(1), MarkerShape.forIndex(2)),
                comparison.rows().stream().map(ComparisonRow::topicShape).toList());
        filter.setTopicSelected("terrorism", false);
        assertEquals(List.of("Syria", "North Korea"), rowTopics());
        assertEquals(
                List.of(MarkerShape.forIndex(0), MarkerShape.forIndex(2)),
                comparison.rows().stream().map(ComparisonRow::topicShape).toList());
    }
}
