package app.counterpoint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoryDateTest {

    private static long epoch(int y, int mo, int d, int h, int mi) {
        return LocalDateTime.of(y, mo, d, h, mi).toEpochSecond(ZoneOffset.UTC);
    }

    @Test
    void precisionIsKept() {
        assertEquals(DatePrecision.YEAR, StoryDate.parse("2017").precision());
        assertEquals(DatePrecision.MONTH, StoryDate.parse("2017-05").precision());
        assertEquals(DatePrecision.DAY, StoryDate.parse("2017-05-02").precision());
        assertEquals(DatePrecision.MINUTE, StoryDate.parse("2017-05-02T14:30").precision());
        assertEquals(
                DatePrecision.SECOND, StoryDate.parse("2017-05-02T14:30:15Z").precision());
        assertEquals("2017-05", StoryDate.parse("2017-05").toIsoString());
    }

    @Test
    void displayShowsOnlyWhatIsKnown() {
        assertEquals("2017", StoryDate.parse("2017").toDisplayString());
        assertEquals("May 2017", StoryDate.parse("2017-05").toDisplayString());
        assertEquals("2 May 2017", StoryDate.parse("2017-05-02").toDisplayString());
        assertEquals(
                "2 May 2017, 14:30 UTC+03:00",
                StoryDate.parse("2017-05-02T14:30+03:00").toDisplayString());
    }

    @Test
    void yearsBeforeTheCommonEraReadAsBce() {
        StoryDate ides = StoryDate.parse("-0043-03-15");
        assertEquals(-43, ides.year());
        assertEquals("15 March 44 BCE", ides.toDisplayString());
        assertEquals("-0043-03-15", ides.toIsoString());
        assertEquals("1 BCE", StoryDate.parse("0000").toDisplayString());
        assertEquals("1 BCE", StoryDate.formatYear(0));
    }

    @Test
    void impossibleDatesAreRejectedWithAReadableMessage() {
        IllegalArgumentException feb30 =
                assertThrows(IllegalArgumentException.class, () -> StoryDate.parse("2017-02-30"));
        assertEquals("'2017-02-30' names day 30 of February 2017, which has 28 days", feb30.getMessage());
        IllegalArgumentException month13 =
                assertThrows(IllegalArgumentException.class, () -> StoryDate.parse("2017-13"));
        assertEquals("'2017-13' has month 13; months run from 01 to 12", month13.getMessage());
    }

    @Test
    void commonFormsReadToTheirFields() {
        assertEquals(new StoryDate(2017, 1, 1, 0, 0, 0, null, DatePrecision.YEAR), StoryDate.parse("2017"));
        assertEquals(new StoryDate(2017, 12, 1, 0, 0, 0, null, DatePrecision.MONTH), StoryDate.parse("2017-12"));
        assertEquals(new StoryDate(2016, 2, 29, 0, 0, 0, null, DatePrecision.DAY), StoryDate.parse("2016-02-29"));
        assertEquals(
                new StoryDate(2017, 5, 2, 23, 59, 0, null, DatePrecision.MINUTE), StoryDate.parse("2017-05-02T23:59"));
        assertEquals(new StoryDate(2017, 5, 2, 0, 0, 0, null, DatePrecision.DAY), StoryDate.parse(" 2017-05-02 "));
    }

    @Test
    void impossibleTimesAndMonthsInTheCommonFormsKeepTheirMessages() {
        assertEquals(
                "'2017-00' has month 0; months run from 01 to 12",
                assertThrows(IllegalArgumentException.class, () -> StoryDate.parse("2017-00"))
                        .getMessage());
        assertEquals(
                "'2017-05-02T24:00' has an impossible time of day",
                assertThrows(IllegalArgumentException.class, () -> StoryDate.parse("2017-05-02T24:00"))
                        .getMessage());
        assertEquals(
                "'2017-05-02T23:60' has an impossible time of day",
                assertThrows(IllegalArgumentException.class, () -> StoryDate.parse("2017-05-02T23:60"))
                        .getMessage());
        assertEquals(
                "'2100-02-29' names day 29 of February 2100, which has 28 days",
                assertThrows(IllegalArgumentException.class, () -> StoryDate.parse("2100-02-29"))
                        .getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "May 2017",
                "2017-5-2",
                "17-05-02",
                "2017-05-02T25:00",
                "2017-05-02T14:30+19:00",
                "2017-05-02 14:30"
            })
    void malformedTextIsRejected(String text) {
        assertThrows(IllegalArgumentException.class, () -> StoryDate.parse(text));
    }

    @Test
    void leapDayExistsInLeapYearsOnly() {
        assertEquals(StoryDate.ofDay(2016, 2, 29), StoryDate.parse("2016-02-29"));
        assertThrows(IllegalArgumentException.class, () -> StoryDate.parse("1900-02-29"));
    }

    @Test
    void offsetsMoveTheInstant() {
        StoryDate moscow = StoryDate.parse("2017-05-02T14:30+03:00");
        assertEquals(ZoneOffset.ofHours(3), moscow.offset());
        assertEquals(epoch(2017, 5, 2, 11, 30), moscow.startEpochSecond());
        assertEquals(
                epoch(2017, 5, 2, 14, 30), StoryDate.parse("2017-05-02T14:30").startEpochSecond());
        assertEquals(
                epoch(2017, 5, 2, 14, 30), StoryDate.parse("2017-05-02T14:30Z").startEpochSecond());
        assertEquals(0, StoryDate.parse("2017-05-02T14:30Z").compareTo(StoryDate.parse("2017-05-02T17:30+03:00")));
    }

    @Test
    void endExclusiveCoversThePrecision() {
        assertEquals(epoch(2017, 6, 1, 0, 0), StoryDate.parse("2017-05").endEpochSecondExclusive());
        assertEquals(epoch(2018, 1, 1, 0, 0), StoryDate.parse("2017-12").endEpochSecondExclusive());
        assertEquals(epoch(2018, 1, 1, 0, 0), StoryDate.parse("2017").endEpochSecondExclusive());
        assertEquals(epoch(2017, 5, 3, 0, 0), StoryDate.parse("2017-05-02").endEpochSecondExclusive());
        assertEquals(
                epoch(2017, 5, 2, 14, 31), StoryDate.parse("2017-05-02T14:30").endEpochSecondExclusive());
        assertEquals(epoch(2017, 5, 1, 0, 0), StoryDate.parse("2017-05").startEpochSecond());
    }
}
