package app.counterpoint.io.importing;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.LocalText;
import app.counterpoint.i18n.Messages;
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
     * @throws ImportedDateException naming the impossible field, when the fields do not make a date
     */
    static StoryDate of(Long year, Long month, Long day, Long hour, Long minute, Long second) {
        if (year == null) {
            throw new ImportedDateException(LocalText.of("problem.import.yearMissing"));
        }
        if (Math.abs(year) > StoryDate.MAX_YEAR) {
            throw new ImportedDateException(
                    LocalText.of("problem.import.yearRange", year, StoryDate.MAX_YEAR, StoryDate.MAX_YEAR));
        }
        if (month == null && (day != null || hour != null || minute != null || second != null)) {
            throw new ImportedDateException(LocalText.of("problem.import.withoutMonth"), "month");
        }
        if (day == null && (hour != null || minute != null || second != null)) {
            throw new ImportedDateException(LocalText.of("problem.import.withoutDay"), "day");
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
            ImportedDateException impossible = new ImportedDateException(
                    LocalText.of("problem.import.dayOfMonth", day, monthOf(year, m), length), "day");
            impossible.initCause(e);
            throw impossible;
        }
    }

    /** "February 2017" in English as before, and in every other language as its dates write a month. */
    private static LocalText.Localised monthOf(long year, int month) {
        StoryDate shown = new StoryDate(year, month, 1, 0, 0, 0, null, DatePrecision.MONTH);
        String english =
                Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + StoryDate.formatYear(year);
        return language ->
                language == Language.ENGLISH ? english : new DisplayDates(Messages.of(language)).format(shown);
    }

    private static void check(long value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new ImportedDateException(
                    LocalText.of("problem.import.fieldRange", LocalText.choice(name), value, min, max), name);
        }
    }

    /**
     * A whole number written as a JSON number or as text (the Google Sheets export writes "2017"); {@code null} for
     * an empty text.
     *
     * @throws ImportedDateException when it is no whole number
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
            throw new ImportedDateException(LocalText.of("problem.import.notWholeNumber", shorten(text)));
        }
        try {
            return Long.valueOf(t);
        } catch (NumberFormatException e) {
            ImportedDateException notANumber =
                    new ImportedDateException(LocalText.of("problem.import.notWholeNumber", shorten(text)));
            notANumber.initCause(e);
            throw notANumber;
        }
    }

    private static String shorten(String s) {
        return s.length() <= 30 ? s : s.substring(0, 30) + "…";
    }
}
