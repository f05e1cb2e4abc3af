package app.counterpoint.io.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.ImportFixtures;
import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryFormat;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.io.json.LocatedJsonParser;
import app.counterpoint.io.problem.ValidationProblem;
import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The TimelineJS spreadsheet CSV and the flat statement CSV. */
class CsvImportTest {

    private final StoryOpener opener = new StoryOpener();

    private LoadResult open(String name, String text) {
        return opener.open(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Story sheet() {
        LoadResult result = opener.open("sheet.csv", ImportFixtures.bytes("import/timelinejs-sheet.csv"));
        assertTrue(result.isValid(), result.problems()::toString);
        assertEquals(StoryFormat.TIMELINEJS_CSV, result.format());
        return result.story();
    }

    @Test
    void aTimelineSheetsTitleRowAndEventsBecomeTheStory() {
        Story story = sheet();
        assertEquals("Spring 2017", story.title());
        assertEquals("Calls & strikes", story.description());
        assertEquals(
                List.of("Missile strike", "Phone call", "Year only", "Ides", "The Great War"),
                story.events().stream().map(Event::title).toList());
        assertEquals(
                List.of("Syria", "Politics", "Eras"),
                story.topics().stream().map(Topic::label).toList());
    }

    @Test
    void aTimelineSheetsDatesTimesAndQuotedCellsAreRead() {
        Story story = sheet();
        Event strike = story.events().get(0);
        assertEquals("2017-04-07T04:40", strike.start().toIsoString());
        assertEquals("US ships fire \"59\" missiles", strike.summary());
        Event call = story.events().get(1);
        assertEquals("2017-05-02T14:30", call.start().toIsoString(), "2:30 PM");
        assertEquals("2017-05-02T15:15:20", call.end().toIsoString());
        assertEquals("A long\ncall", call.summary(), "a quoted cell may span lines");
        assertEquals(DatePrecision.YEAR, story.events().get(2).start().precision());
        assertEquals("15 March 44 BCE", story.events().get(3).start().toDisplayString());
        Event era = story.events().get(4);
        assertEquals("1914 – 1918", era.dateText());
        assertEquals(List.of("eras"), era.topicIds());
    }

    @Test
    void timelineSheetMediaIsASourceLink() {
        Story story = sheet();
        Source source = story.source(story.events().get(0).sourceIds().get(0)).orElseThrow();
        assertEquals("https://www.bbc.com/news/x", source.url());
        assertEquals("US strikes Syria", source.title());
        assertEquals("BBC", source.author());
    }

    @Test
    void timelineSheetProblemsPointAtTheCell() {
        LoadResult result =
                open("s.csv", "Year,Month,Day,Headline\n2017,5,2,Fine\n2017,13,1,Bad month\n" + "x,,,Bad year\n");
        assertFalse(result.isValid());
        assertEquals(
                List.of(
                        "s.csv:3:6: read as TimelineJS CSV: Month: month 13 is impossible; it must lie between 1 and 12",
                        "s.csv:4:1: read as TimelineJS CSV: Year: 'x' is not a whole number"),
                result.problems().stream().map(ValidationProblem::format).toList());
    }

    @Test
    void semicolonSeparatedSheetsAreReadToo() {
        LoadResult result = open("s.csv", "Year;Month;Headline;Group\n2017;5;Talks;Diplomacy\n");
        assertTrue(result.isValid(), result.problems()::toString);
        assertEquals("May 2017", result.story().events().get(0).start().toDisplayString());
    }

    @Test
    void statementsBecomeEventsActorsTopicsAndSources() {
        LoadResult result = opener.open("statements.csv", ImportFixtures.bytes("import/statements.csv"));
        assertTrue(result.isValid(), result.problems()::toString);
        assertEquals(StoryFormat.STATEMENTS_CSV, result.format());
        Story story = result.story();
        assertEquals("statements", story.title());
        assertEquals(
                List.of("White House", "Kremlin"),
                story.actors().stream().map(a -> a.name()).toList());
        assertEquals(
                List.of("Syria", "Terrorism"),
                story.topics().stream().map(Topic::label).toList());
        Event call = story.event("phone-call").orElseThrow();
        assertEquals("2017-05-02", call.start().toIsoString(), "the event_date column");
        assertEquals(List.of("syria", "terrorism"), call.topicIds());
        assertEquals(List.of("white-house", "kremlin"), call.actorIds());
        Event strike = story.event("missile-strike").orElseThrow();
        assertEquals("2017-04-07T10:00", strike.start().toIsoString(), "the earliest statement date");

        List<Statement> statements = story.statements();
        assertEquals(3, statements.size());
        Statement first = statements.get(0);
        assertEquals("We discussed ending the suffering, \"now\".", first.text());
        assertEquals(StatementKind.QUOTE, first.kind());
        assertEquals(
                "https://www.whitehouse.gov/briefings/1",
                story.source(first.sourceId()).orElseThrow().url());
        Source release = story.source(statements.get(1).sourceId()).orElseThrow();
        assertEquals("Kremlin press release", release.title());
        assertNull(release.url());
        assertEquals(StatementKind.PARAPHRASE, statements.get(2).kind(), "a blank kind");
        assertNull(statements.get(2).sourceId());
    }

    @Test
    void statementProblemsPointAtTheCell() {
        LoadResult result =
                open("s.csv", "event,actor,topic,kind,text\ncall,WH,Syria,shout,Hello\n" + "talks,WH,,quote,Hi\n");
        assertEquals(
                List.of(
                        "s.csv:2:15: read as statements CSV: kind: expected \"quote\" or \"paraphrase\" but found \"shout\"",
                        "s.csv:3:10: read as statements CSV: topic: must not be empty"),
                result.problems().stream().map(ValidationProblem::format).toList());
    }

    @Test
    void anEventWithoutAnyDateIsAProblem() {
        LoadResult result = open("s.csv", "event,actor,topic,text\ncall,WH,Syria,Hello\n");
        assertEquals(1, result.problems().size(), result.problems()::toString);
        assertTrue(result.problems().get(0).message().contains("the event 'call' has no date"));
    }

    private List<String> problems(String csv) {
        return open("s.csv", csv).problems().stream()
                .map(ValidationProblem::format)
                .toList();
    }

    @Test
    void aShortRowIsReportedAtItsOwnRowWithItsCellCount() {
        assertEquals(
                List.of("s.csv:3:1: read as statements CSV: text: must not be empty (this row has 3 cells but the "
                        + "header names 5 columns: is a separator missing?)"),
                problems("event,actor,topic,text,event_date\ncall,WH,Syria,Hi,2017\ncall,WH,Syria\n"));
    }

    @Test
    void extraCellsAndCellsUnderNoColumnNameAreReported() {
        assertEquals(
                List.of("s.csv:2:23: read as statements CSV: this row has 6 cells but the header names 5 columns; "
                        + "the cells after the last column would be lost: remove them, or name their columns in the "
                        + "header"),
                problems("event,actor,topic,text,event_date\ncall,WH,Syria,Hi,2017,lost\ncall,WH,Syria,Ho,2017,\n"));
        assertEquals(
                List.of(
                        "s.csv:2:18: read as statements CSV: this cell is in column 5, which has no name in the header, "
                                + "so it would be lost; name the column or empty the cell"),
                problems("event,actor,topic,text,,event_date\ncall,WH,Syria,Hi,lost,2017\n"));
    }

    @Test
    void aRepeatedHeaderColumnIsReported() {
        assertEquals(
                List.of("s.csv:1:24: read as statements CSV: the column 'Text' appears twice in the header (columns 4 "
                        + "and 5); keep one, or the cells of the second are lost"),
                problems("event,actor,topic,text,Text,event_date\ncall,WH,Syria,Hi,Ho,2017\n"));
    }

    @Test
    void aHugeCellIsReportedWhereItStarts() {
        String huge = "x".repeat(LocatedJsonParser.MAX_STRING_CHARS + 10);
        List<String> problems = problems("event,actor,topic,text,event_date\ncall,WH,Syria,Hi,2017\n"
                + "call,WH,\"Syria\nand more\",\"" + huge + "\",2017\n");
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(
                problems.get(0)
                        .startsWith("s.csv:4:11: read as statements CSV: this cell is too large to be part of a story: "
                                + "a text is longer than the 8,388,608 characters"),
                problems::toString);
    }

    @Test
    void brokenQuotingIsACsvSyntaxError() {
        LoadResult result = open("s.csv", "event,actor,topic,text\ncall,WH,Syria,\"never closed\n");
        assertFalse(result.isValid());
        assertTrue(
                result.problems()
                        .get(0)
                        .message()
                        .equals("read as statements CSV: the file ends inside a cell that starts with a quotation"
                                + " mark (\"): is its closing quotation mark missing?"),
                result.problems()::toString);
    }
}
