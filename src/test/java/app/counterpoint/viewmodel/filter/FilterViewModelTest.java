package app.counterpoint.viewmodel.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.SampleStories;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FilterViewModelTest {

    private final Story story = SampleStories.phoneCall();
    private final FilterViewModel filter = new FilterViewModel();

    @BeforeEach
    void open() {
        filter.setStory(story);
    }

    private List<String> shownEventIds() {
        Predicate<Event> p = filter.getState().eventFilter();
        return story.events().stream().filter(p).map(Event::id).toList();
    }

    private List<String> shownStatementIds() {
        Predicate<Statement> p = filter.getState().statementFilter();
        return story.statements().stream().filter(p).map(Statement::id).toList();
    }

    @Test
    void choicesFollowTheStoryWithEventCounts() {
        assertEquals(
                List.of("Syria", "Terrorism", "North Korea"),
                filter.topics().stream().map(ToggleChoice::label).toList());
        assertEquals(
                List.of(4, 1, 2),
                filter.topics().stream().map(ToggleChoice::getCount).toList());
        assertEquals("#E69F00", filter.topics().get(0).color());
        // the White House speaks on the call and the talks, the Kremlin on the call only
        assertEquals(
                List.of(2, 1),
                filter.actors().stream().map(ToggleChoice::getCount).toList());
        assertTrue(filter.topics().stream().allMatch(ToggleChoice::isSelected));
    }

    @Test
    void everythingIsShownAtFirst() {
        assertEquals(List.of("strike", "call", "talks", "summit"), shownEventIds());
        assertEquals(7, shownStatementIds().size());
    }

    @Test
    void uncheckingATopicHidesItsStatementsButKeepsEventsThatHaveOtherTopics() {
        FilterState before = filter.getState();
        filter.setTopicSelected("nk", false);
        assertNotSame(before, filter.getState(), "views listen for a new state");
        assertEquals(Set.of("syria", "terrorism"), filter.getState().topicIds());
        assertEquals(List.of("strike", "call", "talks", "summit"), shownEventIds());
        assertFalse(shownStatementIds().contains("s5"));
        assertEquals(6, shownStatementIds().size());

        filter.setTopicSelected("syria", false);
        assertEquals(List.of("call"), shownEventIds());
        assertEquals(List.of("s3", "s4"), shownStatementIds());
    }

    @Test
    void uncheckingAnActorHidesItsStatements() {
        filter.setActorSelected("kr", false);
        assertEquals(List.of("s1", "s3", "s6", "s7"), shownStatementIds());
    }

    @Test
    void searchFindsEventsByTitleSummaryAndWhatWasSaid() {
        filter.searchTextProperty().set("TALKS");
        assertEquals(List.of("talks"), shownEventIds());
        filter.searchTextProperty().set("restraint");
        assertEquals(List.of("call"), shownEventIds());
        filter.searchTextProperty().set("  ");
        assertEquals(4, shownEventIds().size());
    }

    @Test
    void aSearchKeepsFindingTheSameEventsWhileTopicsChangeAroundIt() {
        filter.searchTextProperty().set("phone");
        assertEquals(List.of("call"), shownEventIds());
        filter.setTopicSelected("syria", false);
        assertEquals(List.of("call"), shownEventIds(), "the call is on terrorism too");
        filter.setTopicSelected("terrorism", false);
        filter.setTopicSelected("nk", false);
        assertEquals(List.of(), shownEventIds());
        filter.setTopicSelected("syria", true);
        assertEquals(List.of("call"), shownEventIds());
    }

    @Test
    void theSameSearchInANewStoryLooksInThatStory() {
        filter.searchTextProperty().set("meeting");
        assertEquals(List.of(), shownEventIds());
        Story other = SampleStories.threeSides();
        filter.setStory(other);
        filter.searchTextProperty().set("meeting");
        assertEquals(
                List.of("meeting"),
                other.events().stream()
                        .filter(filter.getState().eventFilter())
                        .map(Event::id)
                        .toList());
    }

    @Test
    void resetSwitchesEverythingBackOn() {
        filter.setTopicSelected("syria", false);
        filter.setActorSelected("wh", false);
        filter.searchTextProperty().set("call");
        filter.reset();
        assertEquals(4, shownEventIds().size());
        assertEquals(7, shownStatementIds().size());
        assertEquals("", filter.searchTextProperty().get());
    }

    @Test
    void aNewStoryReplacesTheChoicesAndSwitchesThemOn() {
        filter.setTopicSelected("syria", false);
        filter.setStory(SampleStories.threeSides());
        assertEquals(
                List.of("White House", "Kremlin", "United Nations"),
                filter.actors().stream().map(ToggleChoice::label).toList());
        assertTrue(filter.topics().stream().allMatch(ToggleChoice::isSelected));
    }

    @Test
    void theSideSummaryCountsTheSidesShownAndTopicsAreFoundByAnyPartOfTheirName() {
        FilterViewModel filter = new FilterViewModel();
        filter.setStory(SampleStories.threeSides());
        assertEquals("All 3 sides", filter.sidesSummaryProperty().get());
        filter.setActorSelected("kr", false);
        assertEquals("2 of 3 sides", filter.sidesSummaryProperty().get());
        filter.actors().forEach(c -> c.setSelected(false));
        assertEquals("No side", filter.sidesSummaryProperty().get());
        filter.messagesProperty().set(app.counterpoint.i18n.Messages.of(app.counterpoint.i18n.Language.RUSSIAN));
        assertEquals("Ни одной стороны", filter.sidesSummaryProperty().get());
        filter.actors().get(0).setSelected(true);
        assertEquals("1 из 3 сторон", filter.sidesSummaryProperty().get());
        filter.messagesProperty().set(app.counterpoint.i18n.Messages.of(app.counterpoint.i18n.Language.GERMAN));
        filter.actors().forEach(a -> a.setSelected(true));
        assertEquals("Alle 3 Seiten", filter.sidesSummaryProperty().get());
        assertEquals(
                List.of("Terrorism"),
                filter.topicsMatching(" TERROR ").stream()
                        .map(ToggleChoice::label)
                        .toList());
        assertEquals(filter.topics().size(), filter.topicsMatching("").size());
    }

    /** Each topic and side is marked by the shape of its place in the story, as the timeline draws its events. */
    @Test
    void eachChoiceHasTheShapeOfItsPlaceAndAMovedOneFollowsItsNewPlace() {
        assertEquals(
                List.of(
                        app.counterpoint.viewmodel.common.MarkerShape.forIndex(0),
                        app.counterpoint.viewmodel.common.MarkerShape.forIndex(1),
                        app.counterpoint.viewmodel.common.MarkerShape.forIndex(2)),
                filter.topics().stream().map(ToggleChoice::shape).toList());
        assertEquals(
                List.of(
                        app.counterpoint.viewmodel.common.MarkerShape.forIndex(0),
                        app.counterpoint.viewmodel.common.MarkerShape.forIndex(1)),
                filter.actors().stream().map(ToggleChoice::shape).toList());
        filter.topics().get(2).setSelected(false);
        // the first topic goes: the others move up a place, and their shapes with it
        Story edited = new Story(
                story.title(),
                story.description(),
                story.sources(),
                story.actors(),
                story.topics().subList(1, story.topics().size()),
                story.events(),
                story.statements());
        filter.storyEdited(app.counterpoint.viewmodel.story.PreparedStory.of(edited));
        assertEquals(
                List.of("Terrorism", "North Korea"),
                filter.topics().stream().map(ToggleChoice::label).toList());
        assertEquals(
                List.of(
                        app.counterpoint.viewmodel.common.MarkerShape.forIndex(0),
                        app.counterpoint.viewmodel.common.MarkerShape.forIndex(1)),
                filter.topics().stream().map(ToggleChoice::shape).toList());
        assertFalse(filter.topics().get(1).isSelected(), "a topic switched off stays off as it moves");
    }
}
