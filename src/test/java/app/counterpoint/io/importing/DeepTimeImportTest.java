package app.counterpoint.io.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.ImportFixtures;
import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TimelineJS years of deep time, as its cosmology template writes them, read as "13.8 billion years ago". */
class DeepTimeImportTest {

    private final StoryOpener opener = new StoryOpener();

    private Story story() {
        LoadResult result =
                opener.open("timelinejs-deep-time.json", ImportFixtures.bytes("import/timelinejs-deep-time.json"));
        assertTrue(result.isValid(), result.problems()::toString);
        return result.story();
    }

    @Test
    void deepYearsReadAsPeopleWriteThem() {
        List<String> dates = story().events().stream().map(Event::dateText).toList();
        assertEquals(
                List.of(
                        "13.8 billion years ago",
                        "4.567 billion years ago",
                        "541 million years ago – 485.4 million years ago",
                        "66 million years ago",
                        "1,234,568 BCE",
                        "9601 BCE",
                        "2 May 2017",
                        "4.6 billion years ago – 4 billion years ago"),
                dates);
    }

    @Test
    void roundDeepYearsKeepTheirCoarsePrecisionAndOrdinaryYearsTheirYear() {
        List<DatePrecision> precisions =
                story().events().stream().map(e -> e.start().precision()).toList();
        assertEquals(
                List.of(
                        DatePrecision.MILLION_YEARS,
                        DatePrecision.MILLION_YEARS,
                        DatePrecision.MILLION_YEARS,
                        DatePrecision.MILLION_YEARS,
                        DatePrecision.YEAR,
                        DatePrecision.YEAR,
                        DatePrecision.DAY,
                        DatePrecision.MILLION_YEARS),
                precisions);
    }

    @Test
    void aConvertedDeepStoryReadsBackTheSame() throws java.io.IOException {
        Story story = story();
        byte[] saved = new app.counterpoint.io.export.StoryWriter().toBytes(story);
        LoadResult again = opener.open("again.json", saved);
        assertTrue(again.isValid(), () -> again.problems() + new String(saved, StandardCharsets.UTF_8));
        assertEquals(story.events(), again.story().events());
    }

    @Test
    void aYearBeyondTheLimitIsAPlainProblem() {
        byte[] json = "{\"events\": [{\"start_date\": {\"year\": \"-200000000000\"}, \"text\": {\"headline\": \"x\"}}]}"
                .getBytes(StandardCharsets.UTF_8);
        LoadResult result = opener.open("t.json", json);
        assertEquals(
                List.of("read as TimelineJS: events[0].start_date: year -200000000000 is out of range; years must lie "
                        + "between -99999999999 and 99999999999"),
                result.problems().stream().map(p -> p.message()).toList());
    }
}
