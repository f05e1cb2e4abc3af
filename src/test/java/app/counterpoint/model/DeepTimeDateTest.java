package app.counterpoint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Years of deep time: read from expanded ISO 8601 years, kept to thousands, millions or billions, told in words. */
class DeepTimeDateTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "-13800000000 | MILLION_YEARS  | 13.8 billion years ago    | -13800000000",
                "-13799630000 | THOUSAND_YEARS | 13.79963 billion years ago | -13799630000",
                "-4600000000  | MILLION_YEARS  | 4.6 billion years ago     | -4600000000",
                "-540000000   | MILLION_YEARS  | 540 million years ago     | -540000000",
                "-538800000   | THOUSAND_YEARS | 538.8 million years ago   | -538800000",
                "-66000000    | MILLION_YEARS  | 66 million years ago      | -66000000",
                "-2500000     | THOUSAND_YEARS | 2.5 million years ago     | -2500000",
                "-2000000000  | BILLION_YEARS  | 2 billion years ago       | -2000000000",
                "-20000000000 | BILLION_YEARS  | 20 billion years ago      | -20000000000",
                "+5000000000  | BILLION_YEARS  | 5 billion years from now  | +5000000000",
                "5000000000   | BILLION_YEARS  | 5 billion years from now  | +5000000000",
                "-1234567     | YEAR           | '1,234,568 BCE'           | -1234567",
                "-99999999999 | YEAR           | '100,000,000,000 BCE'     | -99999999999",
                "-9999~       | THOUSAND_YEARS | 'c. 10,000 BCE'           | -9999~",
                "-10000~      | THOUSAND_YEARS | 'c. 10,000 BCE'           | -10000~",
                "-2999~       | THOUSAND_YEARS | c. 3000 BCE               | -2999~",
                "2000~        | THOUSAND_YEARS | c. 2000                   | 2000~",
                "-315000~     | THOUSAND_YEARS | 'c. 315,000 BCE'          | -315000~",
                "-2000000~    | MILLION_YEARS  | 2 million years ago       | -2000000",
                "-0012345~    | THOUSAND_YEARS | 'c. 12,000 BCE'           | -12345~",
            })
    void deepYearsReadAsPeopleWriteThem(String text, DatePrecision precision, String display, String iso) {
        StoryDate date = StoryDate.parse(text);
        assertEquals(precision, date.precision(), text);
        assertEquals(display, date.toDisplayString(), text);
        assertEquals(iso, date.toIsoString(), text);
        assertEquals(date, StoryDate.parse(date.toIsoString()), "round trip of " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-10000", "-315000", "999999", "-999999", "12345", "2017", "-3500"})
    void yearsOfTheOrdinaryRangeStayYearsUnlessMarkedApproximate(String text) {
        assertEquals(DatePrecision.YEAR, StoryDate.parse(text).precision());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "-100000000000 | '-100000000000' has a year of 12 digits; years must lie between -99999999999 and 99999999999",
                "2017-05~      | '2017-05~' is not an ISO 8601 date such as 2017, 2017-05, 2017-05-02 or 2017-05-02T14:30",
                "~2017         | '~2017' is not an ISO 8601 date such as 2017, 2017-05, 2017-05-02 or 2017-05-02T14:30",
            })
    void yearsBeyondTheLimitAndMisplacedMarksAreRefusedPlainly(String text, String message) {
        assertEquals(
                message,
                assertThrows(IllegalArgumentException.class, () -> StoryDate.parse(text))
                        .getMessage());
    }

    @ParameterizedTest
    @CsvSource({"-13800000000, 1000000", "-9999~, 1000", "-2000000000, 1000000000"})
    void aCoarseDateCoversItsWholeStep(String text, long years) {
        StoryDate date = StoryDate.parse(text);
        double covered = (double) date.endEpochSecondExclusive() - date.startEpochSecond();
        assertEquals(years, covered / (365.2425 * 86_400), years * 1e-3);
    }

    @org.junit.jupiter.api.Test
    void deepDatesSortBeforeOrdinaryOnes() {
        assertTrue(StoryDate.parse("-13800000000").compareTo(StoryDate.parse("-4600000000")) < 0);
        assertTrue(StoryDate.parse("-4600000000").compareTo(StoryDate.parse("-0043-03-15")) < 0);
        assertTrue(StoryDate.parse("-9999~").compareTo(StoryDate.parse("-9999")) < 0, "same start: coarser first");
    }

    @org.junit.jupiter.api.Test
    void aDeepYearMayStillCarryAMonthAndDay() {
        StoryDate date = StoryDate.parse("-1000000000-03-01");
        assertEquals(DatePrecision.DAY, date.precision());
        assertEquals("1 March 1,000,000,001 BCE", date.toDisplayString());
        assertEquals("-1000000000-03-01", date.toIsoString());
    }
}
