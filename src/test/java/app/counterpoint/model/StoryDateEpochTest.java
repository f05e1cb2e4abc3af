package app.counterpoint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** StoryDate's own calendar arithmetic must give exactly what java.time gives, for every year a story may use. */
class StoryDateEpochTest {

    private static final ZoneOffset[] OFFSETS = {
        null, ZoneOffset.UTC, ZoneOffset.ofHours(3), ZoneOffset.ofHoursMinutes(-9, -30), ZoneOffset.ofHours(14)
    };

    /** The ordinary years of earlier versions. */
    private static final int ORDINARY = (int) StoryDate.ORDINARY_MAX_YEAR;

    /** java.time's own limit; deep time beyond it is checked by {@link CivilCalendarTest}. */
    private static final int JAVA_TIME_MAX_YEAR = 998_000_000;

    @Test
    void epochSecondsMatchJavaTimeForRandomDatesOfEveryPrecision() {
        Random random = new Random(20170502L);
        for (int i = 0; i < 200_000; i++) {
            int year = switch (i % 3) {
                case 0 -> random.nextInt(2 * ORDINARY + 1) - ORDINARY;
                case 1 -> random.nextInt(2 * JAVA_TIME_MAX_YEAR + 1) - JAVA_TIME_MAX_YEAR;
                default -> random.nextInt(4_001) - 2_000;
            };
            int month = 1 + random.nextInt(12);
            // days up to the month's real length, so month-end clamping of the next year or month is exercised
            int day = 1 + random.nextInt(LocalDate.of(year, month, 1).lengthOfMonth());
            int hour = random.nextInt(24);
            int minute = random.nextInt(60);
            int second = random.nextInt(60);
            ZoneOffset offset = OFFSETS[random.nextInt(OFFSETS.length)];
            DatePrecision precision = DatePrecision.values()[random.nextInt(DatePrecision.values().length)];
            if (precision == DatePrecision.BILLION_YEARS && year > -1) {
                precision = DatePrecision.MILLION_YEARS; // java.time cannot add a billion years to it
            }
            StoryDate date = new StoryDate(year, month, day, hour, minute, second, offset, precision);
            assertMatchesJavaTime(date);
        }
    }

    @Test
    void leapDaysMonthEndsAndYearZeroMatchJavaTime() {
        int[][] days = {
            {2016, 2, 29},
            {2000, 2, 29},
            {1900, 2, 28},
            {0, 2, 29},
            {-4, 2, 29},
            {-100, 2, 28},
            {-400, 2, 29},
            {-1, 12, 31},
            {0, 1, 1},
            {1969, 12, 31},
            {1970, 1, 1},
            {2017, 1, 31},
            {2017, 3, 31},
            {-43, 3, 15},
            {ORDINARY, 12, 31},
            {-ORDINARY, 1, 1},
            {-13_800_000, 1, 1},
            {-540_000_000, 1, 1}
        };
        for (int[] d : days) {
            for (DatePrecision precision : DatePrecision.values()) {
                if (precision == DatePrecision.BILLION_YEARS && d[0] > -1) {
                    continue; // beyond java.time
                }
                for (ZoneOffset offset : OFFSETS) {
                    assertMatchesJavaTime(new StoryDate(d[0], d[1], d[2], 23, 59, 59, offset, precision));
                    assertMatchesJavaTime(new StoryDate(d[0], d[1], d[2], 0, 0, 0, offset, precision));
                }
            }
            assertEquals(LocalDate.of(d[0], d[1], d[2]).toEpochDay(), StoryDate.epochDay(d[0], d[1], d[2]));
        }
    }

    private static void assertMatchesJavaTime(StoryDate date) {
        ZoneOffset zone = date.offset() == null ? ZoneOffset.UTC : date.offset();
        LocalDateTime start = LocalDateTime.of(
                Math.toIntExact(date.year()), date.month(), date.day(), date.hour(), date.minute(), date.second());
        LocalDateTime end = switch (date.precision()) {
            case BILLION_YEARS, MILLION_YEARS, THOUSAND_YEARS ->
                start.plusYears(date.precision().years());
            case YEAR -> start.plusYears(1);
            case MONTH -> start.plusMonths(1);
            case DAY -> start.plusDays(1);
            case MINUTE -> start.plusMinutes(1);
            case SECOND -> start.plusSeconds(1);
        };
        assertEquals(start.toEpochSecond(zone), date.startEpochSecond(), date::toIsoString);
        assertEquals(end.toEpochSecond(zone), date.endEpochSecondExclusive(), date::toIsoString);
    }
}
