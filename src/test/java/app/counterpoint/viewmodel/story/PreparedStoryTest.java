package app.counterpoint.viewmodel.story;

import static app.counterpoint.fixture.EventBuilder.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.fixture.StoryBuilder;
import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.SampleStories;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What is worked out off the FX thread when a story is read, so that showing it only swaps references. */
class PreparedStoryTest {

    /** The phone call story with its events and statements shuffled out of time order in the file. */
    private static Story shuffled() {
        Story s = SampleStories.phoneCall();
        List<Event> events = List.of(
                s.event("summit").orElseThrow(),
                s.event("talks").orElseThrow(),
                s.event("strike").orElseThrow(),
                s.event("call").orElseThrow());
        List<Statement> statements = new ArrayList<>(s.statements());
        statements.add(
                0,
                SampleStories.says("s8", "summit", SampleStories.KREMLIN, "Talks in JULY", StatementKind.QUOTE, "nk"));
        return StoryBuilder.story(s.title())
                .description(s.description())
                .sources(s.sources())
                .actors(s.actors())
                .topics(s.topics())
                .events(events)
                .statements(statements)
                .build();
    }

    private static List<String> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }

    @Test
    void eventsAndStatementsComeInTimeOrder() {
        PreparedStory p = PreparedStory.of(shuffled());
        assertEquals(List.of("strike", "call", "talks", "summit"), ids(p.eventsInTimeOrder()));
        assertEquals(
                List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8"),
                p.statementsInTimeOrder().stream().map(Statement::id).toList(),
                "file order within an event");
    }

    @Test
    void statementsAndSourcesAreLookedUpByEventAndId() {
        PreparedStory p = PreparedStory.of(shuffled());
        assertEquals(
                List.of("s7"),
                p.statementsAbout("talks").stream().map(Statement::id).toList());
        assertTrue(p.statementsAbout("strike").isEmpty());
        Statement s7 = p.statementsAbout("talks").get(0);
        assertSame(p.event("talks").orElseThrow(), p.eventOf(s7));
        assertEquals("The article", p.source("article").orElseThrow().title());
        assertFalse(p.source(null).isPresent());
        assertFalse(p.event("nowhere").isPresent());
    }

    @Test
    void countsEventsPerTopicAndPerSide() {
        PreparedStory p = PreparedStory.of(shuffled());
        assertEquals(4, p.eventsOnTopic("syria"));
        assertEquals(1, p.eventsOnTopic("terrorism"));
        assertEquals(2, p.eventsOnTopic("nk"));
        assertEquals(2, p.eventsOfActor("wh"), "the call and the talks");
        assertEquals(2, p.eventsOfActor("kr"), "the call and the summit");
        assertEquals(0, p.eventsOfActor("un"));
    }

    @Test
    void theSearchTextHoldsTitleSummaryAndWhatWasSaidLowerCased() {
        PreparedStory p = PreparedStory.of(shuffled());
        String summit = p.searchText(p.event("summit").orElseThrow());
        assertTrue(summit.contains("summit"), summit);
        assertTrue(summit.contains("summary of summit"), summit);
        assertTrue(summit.contains("talks in july"), summit);
        assertFalse(p.searchText(p.event("strike").orElseThrow()).contains("talks"));
        Event stranger =
                event("stranger").titled("Not in this story").on("2020-01-01").build();
        assertEquals("", p.searchText(stranger));
    }

    @Test
    void opensOnTheMostDiscussedEventAndKnowsTheStorysExtent() {
        PreparedStory p = PreparedStory.of(shuffled());
        assertEquals("call", p.mostDiscussedEvent().orElseThrow().id());
        TimeExtent extent = p.extent().orElseThrow();
        assertEquals(p.event("strike").orElseThrow().startEpochSecond(), extent.start());
        assertEquals(p.event("summit").orElseThrow().endEpochSecondExclusive(), extent.endExclusive());
        assertEquals(DatePrecision.DAY, extent.finest());
    }

    @Test
    void ofEventsSaidAboutEquallyTheEarliestIsOpenedFirst() {
        Story s = SampleStories.phoneCall();
        Story two = StoryBuilder.story("Two")
                .sources(s.sources())
                .actors(s.actors())
                .topics(s.topics())
                .events(s.events())
                .statements(List.of(
                        SampleStories.says("a", "summit", SampleStories.KREMLIN, "a", StatementKind.QUOTE, "nk"),
                        SampleStories.says("b", "talks", SampleStories.KREMLIN, "b", StatementKind.QUOTE, "syria")))
                .build();
        assertEquals(
                "talks",
                PreparedStory.of(two).mostDiscussedEvent().orElseThrow().id());
    }

    @Test
    void aStoryWithoutEventsOrStatementsHasNoExtentAndNothingToOpenOn() {
        Story empty = StoryBuilder.story("Empty").build();
        PreparedStory p = PreparedStory.of(empty);
        assertTrue(p.eventsInTimeOrder().isEmpty());
        assertFalse(p.extent().isPresent());
        assertFalse(p.mostDiscussedEvent().isPresent());
    }
}
