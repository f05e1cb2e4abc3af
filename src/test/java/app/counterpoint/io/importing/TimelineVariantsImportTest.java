package app.counterpoint.io.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.ImportFixtures;
import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryFormat;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.io.problem.ValidationProblem;
import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TimelineJS 2, wrapped TimelineJS 3 and vis-timeline files written for these tests, and what each must become. */
class TimelineVariantsImportTest {

    private final StoryOpener opener = new StoryOpener();

    private LoadResult open(String name) {
        LoadResult result = opener.open(name, ImportFixtures.bytes("import/" + name));
        assertTrue(result.isValid(), result.problems()::toString);
        return result;
    }

    private static List<String> titles(Story story) {
        return story.events().stream().map(Event::title).toList();
    }

    private static List<String> dates(Story story) {
        return story.events().stream().map(Event::dateText).toList();
    }

    private static List<String> topics(Story story) {
        return story.events().stream()
                .map(e -> e.topicIds().stream()
                        .map(id -> story.topics().stream()
                                .filter(t -> t.id().equals(id))
                                .map(Topic::label)
                                .findFirst()
                                .orElseThrow())
                        .findFirst()
                        .orElse("-"))
                .toList();
    }

    @Test
    void timelineJs2BecomesAStoryAsTimelineJs3Does() {
        LoadResult result = open("timelinejs2.json");
        Story story = result.story();
        assertEquals(StoryFormat.TIMELINEJS2_JSON, result.format());
        assertEquals("A river town & its bridges", story.title());
        assertEquals("Written for Counterpoint's tests.\n\nSecond paragraph.", story.description());
        assertEquals(
                List.of(
                        "The ferry starts",
                        "Fire",
                        "A stone bridge opens.",
                        "Flood",
                        "Moon night on the bridge",
                        "A ford",
                        "Ferry years"),
                titles(story));
        assertEquals(
                List.of(
                        "1 April 1850 – 3 April 1850",
                        "8 October 1871, 14:30",
                        "1902",
                        "15 June 1927",
                        "20 July 1969, 20:17",
                        "501 BCE",
                        "1 January 1850 – 31 December 1900"),
                dates(story));
        assertEquals(List.of("Transport", "Disasters", "Transport", "Disasters", "-", "-", "Eras"), topics(story));
        Event ferry = story.events().get(0);
        assertEquals("Two boats.", ferry.summary());
        Source source = story.sources().stream()
                .filter(s -> s.id().equals(ferry.sourceIds().get(0)))
                .findFirst()
                .orElseThrow();
        assertEquals("https://example.org/ferry.jpg", source.url());
        assertEquals("A boat", source.title());
        assertEquals("J. Smith", source.author());
        // an embed code keeps only its text, never its link: nothing is loaded
        assertEquals(List.of(), story.events().get(3).sourceIds());
    }

    @Test
    void anEndDateTimelineJs2CouldNotReadIsAWarningAndTheEventKeepsItsStart() {
        LoadResult result = open("timelinejs2.json");
        List<String> warnings =
                result.warnings().stream().map(ValidationProblem::message).toList();
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("read as TimelineJS 2: timeline.date[4].endDate: 'not a date'"));
        assertTrue(warnings.get(0).endsWith("the event is kept without an end"), warnings::toString);
    }

    @Test
    void timelineJs3InATimelineWrapperReadsItsSlidesAsEvents() {
        LoadResult result = open("timelinejs3-wrapped.json");
        Story story = result.story();
        assertEquals(StoryFormat.TIMELINEJS_JSON, result.format());
        assertEquals("Wrapped slides", story.title());
        assertEquals("As some tools write them", story.description());
        assertEquals(List.of("First", "Second", "Early years"), titles(story));
        assertEquals(List.of("September 2001", "2003 – 2004", "2000 – 2005"), dates(story));
        assertEquals(List.of("One", "-", "Eras"), topics(story));
    }

    @Test
    void visTimelineItemsBecomeEventsAndTheirGroupsTopics() {
        LoadResult result = open("vis-timeline.json");
        Story story = result.story();
        assertEquals(StoryFormat.VIS_TIMELINE, result.format());
        assertEquals("vis-timeline", story.title());
        assertEquals(List.of("Budget vote", "Strike", "Talks", "Deal", "Signed"), titles(story));
        assertEquals(
                List.of(
                        "20 April 2014",
                        // vis-timeline's end is the instant the range stops: the strike's last day is the 18th
                        "14 April 2014 – 18 April 2014",
                        "16 April 2014, 10:00 – 16 April 2014, 12:30",
                        "22 April 2014",
                        "22 April 2014, 14:00 UTC"),
                dates(story));
        assertEquals(List.of("Council", "Union", "Union", "7", "-"), topics(story));
        assertEquals("Five days out", story.events().get(1).summary());
        assertEquals(
                List.of("1", "2", "talks", "4", "5"),
                story.events().stream().map(Event::id).toList());
    }

    @Test
    void aPlainListOfVisItemsOpensToo() {
        LoadResult result = open("vis-items.json");
        assertEquals(StoryFormat.VIS_TIMELINE, result.format());
        assertEquals(
                List.of("1 January 2020", "1 February 2020, 08:00:00 UTC – 2 February 2020"), dates(result.story()));
    }

    private List<String> problems(String name, String json) {
        LoadResult result = opener.open(name, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(!result.isValid(), () -> name + " opened");
        return result.problems().stream().map(ValidationProblem::message).toList();
    }

    @Test
    void timelineJs2AndVisTimelineCheckTheirTextsAsTimelineJs3Does() {
        String halfCharacter = "\\ud83d";
        List<String> tjs2 = problems(
                "half.json",
                "{\"timeline\": {\"headline\": \"T\", \"type\": \"default\", \"date\": ["
                        + "{\"startDate\": \"2011,3,23\", \"headline\": \"A " + halfCharacter + "\"},"
                        + "{\"startDate\": \"2012\", \"headline\": \"B\", \"tag\": \"<b></b>\"}]}}");
        assertEquals(2, tjs2.size(), tjs2::toString);
        assertTrue(tjs2.get(0).contains("timeline.date[0].headline: the text holds half a character"), tjs2::toString);
        assertTrue(tjs2.get(1).contains("timeline.date[1].tag: '<b></b>' has no text once its HTML"), tjs2::toString);
        List<String> vis = problems(
                "half-vis.json",
                "{\"items\": [{\"id\": 1, \"content\": \"A " + halfCharacter + "\", \"start\": \"2014-04-20\"}]}");
        assertEquals(1, vis.size(), vis::toString);
        assertTrue(vis.get(0).contains("content: the text holds half a character"), vis::toString);
    }
}
