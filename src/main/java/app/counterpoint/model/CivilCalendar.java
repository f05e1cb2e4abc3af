package app.counterpoint.model;

/**
 * The proleptic Gregorian calendar in plain {@code long} arithmetic, for every year a story may use (java.time stops at
 * ±999,999,999). Days and seconds count from 1970-01-01T00:00Z; {@code 1e11} years is about {@code 3.2e18} seconds,
 * within a {@code long}, so nothing here overflows for years within {@link StoryDate#MAX_YEAR}.
 */
public final class CivilCalendar {

    public static final long SECONDS_PER_DAY = 86_400;
    private static final long DAYS_PER_400_YEARS = 146_097;

    private CivilCalendar() {}

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    public static long epochDay(long y, int m, int d) {
        long shifted = m <= 2 ? y - 1 : y;
        long era = Math.floorDiv(shifted, 400);
        long yearOfEra = shifted - era * 400;
        long dayOfYear = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * DAYS_PER_400_YEARS + dayOfEra - 719_468;
    }

    /** The first second of 1 January of {@code year}. */
    public static long yearStart(long year) {
        return epochDay(year, 1, 1) * SECONDS_PER_DAY;
    }

    /** The first second of the first day of {@code month} of {@code year}. */
    public static long monthStart(long year, int month) {
        return epochDay(year, month, 1) * SECONDS_PER_DAY;
    }

    /** The date of an epoch second, UTC (H. Hinnant's civil_from_days): {year, month, day, hour, minute, second}. */
    public static long[] civil(long epochSecond) {
        long days = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
        long secondOfDay = epochSecond - days * SECONDS_PER_DAY;
        long z = days + 719_468;
        long era = Math.floorDiv(z, DAYS_PER_400_YEARS);
        long dayOfEra = z - era * DAYS_PER_400_YEARS;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return new long[] {year, month, day, secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60};
    }

    /** The year an epoch second falls in, UTC. */
    public static long yearOf(long epochSecond) {
        return civil(epochSecond)[0];
    }

    public static int lengthOfMonth(long y, int m) {
        return switch (m) {
            case 2 -> isLeapYear(y) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    public static boolean isLeapYear(long y) {
        return (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);
    }
}
