package app.counterpoint.io.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.ImportFixtures;
import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryFormat;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.io.problem.ValidationProblem;
import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The TimelineJS3 JSON import, field by field, on a file that uses every field the import knows. */
class TimelineJsImportTest {

    private final StoryOpener opener = new StoryOpener();

    private Story full() {
        LoadResult result = opener.open("timelinejs-full.json", ImportFixtures.bytes("import/timelinejs-full.json"));
        assertTrue(result.isValid(), result.problems()::toString);
        assertEquals(StoryFormat.TIMELINEJS_JSON, result.format());
        return result.story();
    }

    private static Event event(Story story, String id) {
        return story.event(id)
                .orElseThrow(() -> new AssertionError("no event " + id + " in "
                        + story.events().stream().map(Event::id).toList()));
    }

    @Test
    void titleSlideGivesTitleAndDescriptionAsPlainText() {
        Story story = full();
        assertEquals("The Roman Republic & its end", story.title());
        assertEquals("From the Ides of March\nto the first emperor.", story.description());
    }

    @Test
    void slidesBecomeEventsAndErasEventsOnTheirOwnTopic() {
        Story story = full();
        assertEquals(
                List.of("ides-of-march", "actium", "a-phone-call", "no-headline-here", "around-1990", "the-republic"),
                story.events().stream().map(Event::id).toList());
        assertEquals(
                List.of("Politics", "War", "Eras"),
                story.topics().stream().map(Topic::label).toList());
        Event era = event(story, "the-republic");
        assertEquals(List.of("eras"), era.topicIds());
        // astronomical years, as in JavaScript dates: -509 is 510 BCE
        assertEquals("510 BCE – 28 BCE", era.dateText());
    }

    @Test
    void aSlidesHeadlineTextGroupIdAndMediaBecomeTheEventsFields() {
        Event ides = event(full(), "ides-of-march");
        assertEquals("Caesar is killed", ides.title());
        assertEquals(
                "Stabbed in the Theatre of Pompey \u2013 23 times \u2014 says Suetonius <Life of Caesar>.",
                ides.summary());
        assertEquals(List.of("politics"), ides.topicIds());
        Source media = full().source(ides.sourceIds().get(0)).orElseThrow();
        assertEquals("https://en.wikipedia.org/wiki/Assassination_of_Julius_Caesar", media.url());
        assertEquals("Wikipedia", media.title());
        assertEquals("Wikimedia", media.author());
    }

    @Test
    void bceYearsAndPrecisionFollowTheFieldsGiven() {
        Story story = full();
        Event ides = event(story, "ides-of-march");
        assertEquals("-0043-03-15", ides.start().toIsoString());
        assertEquals("15 March 44 BCE", ides.start().toDisplayString());
        Event actium = event(story, "actium");
        assertEquals(DatePrecision.YEAR, actium.start().precision(), "a year given as text stays a year");
        assertEquals("31 BCE", actium.start().toDisplayString());
        Event call = event(story, "a-phone-call");
        assertEquals("2017-05-02T14:30", call.start().toIsoString());
        assertEquals("2017-05-02T15:45:10", call.end().toIsoString());
        Event month = event(story, "no-headline-here");
        assertEquals("2017-05", month.start().toIsoString());
        assertEquals("2017-06-02", month.end().toIsoString());
    }

    @Test
    void missingHeadlineFallsBackOnDisplayDateThenText() {
        Story story = full();
        assertEquals("Around 1990", event(story, "around-1990").title());
        Event noHeadline = event(story, "no-headline-here");
        assertEquals("No headline here", noHeadline.title());
        assertEquals("No headline here\nbut a text", noHeadline.summary());
        assertEquals("A phone call", event(story, "a-phone-call").title(), "a headline wins over display_date");
    }

    @Test
    void embeddedMediaIsKeptAsTextAndNeverLoaded() {
        Story story = full();
        Source embed = story.source(event(story, "no-headline-here").sourceIds().get(0))
                .orElseThrow();
        assertEquals("Embedded map", embed.title());
        assertNull(embed.url(), "an iframe's address is not a link to keep");
    }

    @Test
    void aTimelineWithoutSidesGetsOneNarrator() {
        Story story = full();
        assertEquals(1, story.actors().size());
        assertEquals(ImportedNames.ENGLISH.narrator(), story.actors().get(0).name());
        assertTrue(story.statements().isEmpty());
    }

    @Test
    void problemsNameTheFormatAndTheirPlace() {
        String json = "{\n  \"events\": [\n    {\"start_date\": {\"year\": 2017, \"month\": 13}},\n"
                + "    {\"text\": {\"headline\": \"no date\"}, \"unique_id\": \"x\"}\n  ]\n}\n";
        LoadResult result = opener.open("t.json", json.getBytes(StandardCharsets.UTF_8));

        assertFalse(result.isValid());
        assertEquals(StoryFormat.TIMELINEJS_JSON, result.format());
        assertEquals(
                List.of(
                        "t.json:3:44: read as TimelineJS: events[0].start_date: month 13 is impossible; it must lie "
                                + "between 1 and 12",
                        "t.json:4:5: read as TimelineJS: events[1]: the required field 'start_date' is missing; give at "
                                + "least \"start_date\": { \"year\": 2017 }"),
                result.problems().stream().map(ValidationProblem::format).toList());
    }

    @Test
    void endBeforeStartIsAProblem() {
        String json = "{\"events\": [{\"start_date\": {\"year\": 2017}, \"end_date\": {\"year\": 2016}}]}";
        LoadResult result = opener.open("t.json", json.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, result.problems().size(), result.problems()::toString);
        assertTrue(result.problems().get(0).message().contains("end date 2016 is before the start date 2017"));
    }

    @Test
    void duplicateUniqueIdsStayDistinct() {
        String json = "{\"events\": [{\"unique_id\": \"a\", \"start_date\": {\"year\": 1}},"
                + " {\"unique_id\": \"a\", \"start_date\": {\"year\": 2}}]}";
        Story story =
                opener.open("t.json", json.getBytes(StandardCharsets.UTF_8)).story();
        assertEquals(List.of("a", "a-2"), story.events().stream().map(Event::id).toList());
        assertEquals("t", story.title(), "a file without a title is named after the file");
    }
}
