package app.counterpoint.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The calendar beyond java.time's reach: deep time to ±{@link StoryDate#MAX_YEAR} in long seconds, no overflow. */
class CivilCalendarTest {

    @Test
    void epochSecondsAndDatesTurnIntoEachOtherForEveryYearAStoryMayUse() {
        Random random = new Random(13_800_000_000L);
        for (int i = 0; i < 100_000; i++) {
            long year = (long) ((random.nextDouble() * 2 - 1) * StoryDate.MAX_YEAR);
            int month = 1 + random.nextInt(12);
            int day = 1 + random.nextInt(CivilCalendar.lengthOfMonth(year, month));
            long second = CivilCalendar.epochDay(year, month, day) * 86_400 + random.nextInt(86_400);
            long[] civil = CivilCalendar.civil(second);
            assertArrayEquals(new long[] {year, month, day}, new long[] {civil[0], civil[1], civil[2]}, "" + year);
            assertEquals(Math.floorMod(second, 86_400), civil[3] * 3600 + civil[4] * 60 + civil[5]);
        }
    }

    @Test
    void fourHundredYearsAreAlwaysTheSameNumberOfDaysEvenAtTheEdges() {
        for (long year : new long[] {-StoryDate.MAX_YEAR, -13_800_000_000L, -1_000_000_000L, 0, 1_000_000_000L}) {
            assertEquals(
                    146_097L * 86_400,
                    CivilCalendar.yearStart(year + 400) - CivilCalendar.yearStart(year),
                    "400 years from " + year);
        }
    }

    @Test
    void theFurthestInstantsAndTheirDifferenceFitALong() {
        StoryDate first = StoryDate.parse("-" + StoryDate.MAX_YEAR);
        StoryDate last = StoryDate.parse("+" + StoryDate.MAX_YEAR + "-12-31T23:59:59Z");
        assertTrue(first.startEpochSecond() < 0 && last.endEpochSecondExclusive() > 0);
        long span = Math.subtractExact(last.endEpochSecondExclusive(), first.startEpochSecond());
        assertEquals(2 * StoryDate.MAX_YEAR + 1, Math.round(span / (365.2425 * 86_400)));
        assertEquals(
                -13_800_000_000L * 365.2425 * 86_400,
                StoryDate.parse("-13800000000").startEpochSecond(),
                365.2425 * 86_400 * 2000);
    }
}
