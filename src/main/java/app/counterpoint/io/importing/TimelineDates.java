package app.counterpoint.io.importing;

import app.counterpoint.model.CivilCalendar;
import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.StoryDate;
import java.time.DateTimeException;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Builds dates from TimelineJS's separate fields. The precision follows the fields given: a year alone stays a year,
 * a year and month a month, an hour adds the time of day. Years count like JavaScript dates, which TimelineJS uses:
 * astronomically, so -43 is 44 BCE, the same as ISO 8601 {@code -0043}. A year alone beyond ±999,999 that is a round
 * number of thousands, millions or billions of years is kept to them, as in a story file: TimelineJS's cosmology
 * template's -13800000000 is "13.8 billion years ago".
 */
final class TimelineDates {

    private TimelineDates() {}

    /**
     * @throws IllegalArgumentException naming the impossible field, when the fields do not make a date
     */
    static StoryDate of(Long year, Long month, Long day, Long hour, Long minute, Long second) {
        if (year == null) {
            throw new IllegalArgumentException("the year is missing; TimelineJS dates need at least a year");
        }
        if (Math.abs(year) > StoryDate.MAX_YEAR) {
            throw new IllegalArgumentException("year " + year + " is out of range; years must lie between -"
                    + StoryDate.MAX_YEAR + " and " + StoryDate.MAX_YEAR);
        }
        if (month == null && (day != null || hour != null || minute != null || second != null)) {
            throw new IllegalArgumentException("a day or time is given without a month");
        }
        if (day == null && (hour != null || minute != null || second != null)) {
            throw new IllegalArgumentException("a time is given without a day");
        }
        DatePrecision precision = DatePrecision.YEAR;
        if (month != null) {
            precision = DatePrecision.MONTH;
            check(month, 1, 12, "month");
        }
        if (day != null) {
            precision = DatePrecision.DAY;
            check(day, 1, 31, "day");
        }
        if (hour != null || minute != null) {
            precision = DatePrecision.MINUTE;
            check(hour == null ? 0 : hour, 0, 23, "hour");
            check(minute == null ? 0 : minute, 0, 59, "minute");
        }
        if (second != null) {
            precision = DatePrecision.SECOND;
            check(second, 0, 59, "second");
        }
        if (precision == DatePrecision.YEAR) {
            return StoryDate.ofYear(year, false);
        }
        try {
            return new StoryDate(
                    year,
                    month == null ? 1 : month.intValue(),
                    day == null ? 1 : day.intValue(),
                    hour == null ? 0 : hour.intValue(),
                    minute == null ? 0 : minute.intValue(),
                    second == null ? 0 : second.intValue(),
                    null,
                    precision);
        } catch (DateTimeException e) {
            // the checks above leave only a day past the end of its month
            int m = month.intValue();
            int length = CivilCalendar.lengthOfMonth(year, m);
            throw new IllegalArgumentException(
                    "day " + day + " is impossible: " + Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                            + StoryDate.formatYear(year) + " has " + length + " days",
                    e);
        }
    }

    /** The date field a message from {@link #of} is about ("month 13 is impossible" → month), else "year". */
    static String fieldOf(String message) {
        for (String field : new String[] {"month", "day", "hour", "minute", "second"}) {
            if (message.startsWith(field + " ")) {
                return field;
            }
        }
        return "year";
    }

    private static void check(long value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    name + " " + value + " is impossible; it must lie between " + min + " and " + max);
        }
    }

    /**
     * A whole number written as a JSON number or as text (the Google Sheets export writes "2017"); {@code null} for
     * an empty text.
     *
     * @throws IllegalArgumentException when it is no whole number
     */
    static Long number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        if (t.endsWith(".0")) {
            t = t.substring(0, t.length() - 2);
        }
        if (t.length() > 18) {
            throw new IllegalArgumentException("'" + shorten(text) + "' is not a whole number");
        }
        try {
            return Long.valueOf(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + shorten(text) + "' is not a whole number", e);
        }
    }

    private static String shorten(String s) {
        return s.length() <= 30 ? s : s.substring(0, 30) + "…";
    }
}
