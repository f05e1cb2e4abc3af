package app.counterpoint.model;

import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 8601 date or date-time that remembers its precision.
 *
 * <p>Years are astronomical, as in ISO 8601: year 0 is 1 BCE and {@code -0043} is 44 BCE. Fields finer than the
 * precision are stored as their smallest value (month 1, day 1, 00:00) and never shown. A date without an offset is
 * read as UTC on the timeline.
 *
 * <p>Years reach deep time, ±{@value #MAX_YEAR}: ISO 8601 expanded years with more digits ({@code -13800000000}). A
 * year may be kept to thousands, millions or billions of years ({@link DatePrecision#THOUSAND_YEARS} and coarser): a
 * year-only date beyond ±999,999 that is a round number of them is read so ({@code -540000000} is "540 million years
 * ago"), and any year-only date marked approximate with ISO 8601-2's {@code ~} is kept to the thousand years or
 * coarser ({@code -9999~} is "c. 10,000 BCE"). Years within ±999,999 without {@code ~} read exactly as they always
 * have.
 *
 * @param offset the UTC offset written in the text, or {@code null} when none was written
 */
public record StoryDate(
        long year, int month, int day, int hour, int minute, int second, ZoneOffset offset, DatePrecision precision)
        implements Comparable<StoryDate> {

    private static final Pattern ISO = Pattern.compile(
            "([+-]?\\d{4,})(?:(~)|-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?"
                    + "(Z|[+-]\\d{2}:\\d{2})?)?)?)?");

    /**
     * The furthest year from year 0 a story may use: beyond the age of the universe both ways, and small enough that
     * every instant and every difference of two instants fits a {@code long} of seconds (about 3.2e18).
     */
    public static final long MAX_YEAR = 99_999_999_999L;

    /** The furthest year the ordinary calendar of earlier versions reached; within it nothing is read differently. */
    public static final long ORDINARY_MAX_YEAR = 999_999;

    private static final long SECONDS_PER_DAY = CivilCalendar.SECONDS_PER_DAY;

    public StoryDate {
        Objects.requireNonNull(precision, "precision");
        if (Math.abs(year) > MAX_YEAR) {
            throw new DateTimeException("year " + year + " is beyond ±" + MAX_YEAR);
        }
        if (month < 1 || month > 12 || day < 1 || day > CivilCalendar.lengthOfMonth(year, month)) {
            throw new DateTimeException("there is no day " + day + " in month " + month + " of year " + year);
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            throw new DateTimeException("there is no time " + hour + ":" + minute + ":" + second);
        }
    }

    /**
     * Parses an ISO 8601 date such as {@code 2017}, {@code 2017-05}, {@code 2017-05-02}, {@code 2017-05-02T14:30},
     * {@code 2017-05-02T14:30:15+03:00} or {@code -0043-03-15}.
     *
     * @throws IllegalArgumentException with a message a teacher can act on, when the text is not such a date or
     *                                  names a day that does not exist
     */
    public static StoryDate parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a date is required");
        }
        Parts parts = scanPlain(text);
        return checked(text, parts != null ? parts : scanIso(text));
    }

    /**
     * The numbers a date's text names, not yet checked; -1 (null for the offset) for a part it leaves out.
     *
     * @param approximate whether the year carries ISO 8601-2's {@code ~}
     */
    private record Parts(
            long year, int month, int day, int hour, int minute, int second, String offset, boolean approximate) {}

    /**
     * The common forms YYYY, YYYY-MM, YYYY-MM-DD and YYYY-MM-DDTHH:MM read without the regular expression, which was
     * most of the time spent on dates when a large story was loaded; {@code null} for any other text.
     */
    private static Parts scanPlain(String text) {
        int length = text.length();
        if (length != 4 && length != 7 && length != 10 && length != 16) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = length >= 7 ? (text.charAt(4) == '-' ? digits(text, 5, 7) : -1) : 0;
        int day = length >= 10 ? (text.charAt(7) == '-' ? digits(text, 8, 10) : -1) : 0;
        int hour = length == 16 ? (text.charAt(10) == 'T' ? digits(text, 11, 13) : -1) : 0;
        int minute = length == 16 ? (text.charAt(13) == ':' ? digits(text, 14, 16) : -1) : 0;
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0) {
            return null;
        }
        return new Parts(
                year,
                length >= 7 ? month : -1,
                length >= 10 ? day : -1,
                length == 16 ? hour : -1,
                length == 16 ? minute : -1,
                -1,
                null,
                false);
    }

    /** The decimal number written in {@code text[from, to)}, or -1 when any character there is no ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Every ISO 8601 form this reads, by the regular expression. */
    private static Parts scanIso(String text) {
        Matcher m = ISO.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO 8601 date such as 2017, 2017-05, "
                    + "2017-05-02 or 2017-05-02T14:30");
        }
        return new Parts(
                year(text, m.group(1)),
                number(m.group(3)),
                number(m.group(4)),
                number(m.group(5)),
                number(m.group(6)),
                number(m.group(7)),
                m.group(8),
                m.group(2) != null);
    }

    /** The year's digits as a number; any count of leading zeros is fine, more than 11 digits after them is not. */
    private static long year(String text, String digits) {
        boolean negative = digits.startsWith("-");
        String unsigned = digits.startsWith("+") || negative ? digits.substring(1) : digits;
        int firstSignificant = 0;
        while (firstSignificant < unsigned.length() - 1 && unsigned.charAt(firstSignificant) == '0') {
            firstSignificant++;
        }
        String significant = unsigned.substring(firstSignificant);
        if (significant.length() > 11) {
            throw new IllegalArgumentException("'" + text.trim() + "' has a year of " + significant.length()
                    + " digits; years must lie between -" + MAX_YEAR + " and " + MAX_YEAR);
        }
        long value = Long.parseLong(significant);
        return negative ? -value : value;
    }

    private static int number(String group) {
        return group == null ? -1 : Integer.parseInt(group);
    }

    /** The date {@code parts} name, however they were read; the same checks and messages for every form. */
    private static StoryDate checked(String text, Parts parts) {
        long year = parts.year();
        if (Math.abs(year) > MAX_YEAR) {
            throw new IllegalArgumentException(
                    "'" + text + "' has year " + year + "; years must lie between -" + MAX_YEAR + " and " + MAX_YEAR);
        }
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        DatePrecision precision = DatePrecision.YEAR;
        ZoneOffset offset = null;
        if (parts.month() >= 0) {
            month = parts.month();
            precision = DatePrecision.MONTH;
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("'" + text + "' has month " + month + "; months run from 01 to 12");
            }
        }
        if (parts.day() >= 0) {
            day = parts.day();
            precision = DatePrecision.DAY;
            int length = CivilCalendar.lengthOfMonth(year, month);
            if (day < 1 || day > length) {
                throw new IllegalArgumentException("'" + text + "' names day " + day + " of " + monthName(month) + " "
                        + formatYear(year) + ", which has " + length + " days");
            }
        }
        if (parts.hour() >= 0) {
            hour = parts.hour();
            minute = parts.minute();
            precision = DatePrecision.MINUTE;
            if (hour > 23 || minute > 59) {
                throw new IllegalArgumentException("'" + text + "' has an impossible time of day");
            }
        }
        if (parts.second() >= 0) {
            second = parts.second();
            precision = DatePrecision.SECOND;
            if (second > 59) {
                throw new IllegalArgumentException("'" + text + "' has an impossible second");
            }
        }
        if (parts.month() < 0) {
            precision = yearPrecision(year, parts.approximate());
        }
        if (parts.offset() != null) {
            try {
                offset = ZoneOffset.of(parts.offset());
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("'" + text + "' has an impossible UTC offset " + parts.offset(), e);
            }
        }
        try {
            return new StoryDate(year, month, day, hour, minute, second, offset, precision);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date that exists", e);
        }
    }

    public static StoryDate ofDay(long year, int month, int day) {
        return new StoryDate(year, month, day, 0, 0, 0, null, DatePrecision.DAY);
    }

    /**
     * A year-only date, at the precision its text gives it: a year beyond ±999,999 that is a round number of
     * thousands, millions or billions is kept to them, as is any year marked {@code approximate} (at least to the
     * thousand); every other year to the year.
     */
    public static StoryDate ofYear(long year, boolean approximate) {
        return new StoryDate(year, 1, 1, 0, 0, 0, null, yearPrecision(year, approximate));
    }

    /** The precision a year-only date is read at; see {@link #ofYear}. */
    static DatePrecision yearPrecision(long year, boolean approximate) {
        long magnitude = Math.abs(year);
        DatePrecision round = DatePrecision.YEAR;
        if (approximate || magnitude > ORDINARY_MAX_YEAR) {
            for (DatePrecision p : new DatePrecision[] {
                DatePrecision.BILLION_YEARS, DatePrecision.MILLION_YEARS, DatePrecision.THOUSAND_YEARS
            }) {
                if (magnitude >= p.years() && year % p.years() == 0) {
                    round = p;
                    break;
                }
            }
        }
        return approximate && round == DatePrecision.YEAR ? DatePrecision.THOUSAND_YEARS : round;
    }

    /** The first instant this date covers, in seconds since 1970-01-01T00:00Z (negative before). */
    public long startEpochSecond() {
        return epochSecond(year, month, day);
    }

    /**
     * The instant just after the period this date covers: a year-precision date covers the whole year, a month the
     * whole month, a day the whole day; minute and second precision cover one minute or second. A day past the end of
     * the next year's or month's length is clamped to its last day, as java.time's plusYears and plusMonths do.
     */
    public long endEpochSecondExclusive() {
        return switch (precision) {
            case BILLION_YEARS, MILLION_YEARS, THOUSAND_YEARS -> {
                long next = Math.min(year + precision.years(), MAX_YEAR + 1);
                yield epochSecond(next, month, Math.min(day, CivilCalendar.lengthOfMonth(next, month)));
            }
            case YEAR -> epochSecond(year + 1, month, Math.min(day, CivilCalendar.lengthOfMonth(year + 1, month)));
            case MONTH -> {
                long nextYear = month == 12 ? year + 1 : year;
                int nextMonth = month == 12 ? 1 : month + 1;
                yield epochSecond(nextYear, nextMonth, Math.min(day, CivilCalendar.lengthOfMonth(nextYear, nextMonth)));
            }
            case DAY -> startEpochSecond() + SECONDS_PER_DAY;
            case MINUTE -> startEpochSecond() + 60;
            case SECOND -> startEpochSecond() + 1;
        };
    }

    /**
     * Plain integer calendar arithmetic instead of a LocalDateTime per call: timelines sort and lay out hundreds of
     * thousands of dates, and java.time's checks showed in load profiles. Exact for every year of the proleptic
     * Gregorian calendar, BCE included (StoryDateEpochTest compares it with java.time).
     */
    private long epochSecond(long y, int m, int d) {
        long seconds = epochDay(y, m, d) * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
        return offset == null ? seconds : seconds - offset.getTotalSeconds();
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date. */
    static long epochDay(long y, int m, int d) {
        return CivilCalendar.epochDay(y, m, d);
    }

    static int lengthOfMonth(long y, int m) {
        return CivilCalendar.lengthOfMonth(y, m);
    }

    /**
     * The date as a person reads it, at its own precision: "2017", "May 2017", "2 May 2017", "15 March 44 BCE",
     * "13.8 billion years ago", "c. 10,000 BCE".
     */
    public String toDisplayString() {
        String y = formatYear(year);
        return switch (precision) {
            case BILLION_YEARS, MILLION_YEARS, THOUSAND_YEARS -> YearText.coarse(year, precision);
            case YEAR -> y;
            case MONTH -> monthName(month) + " " + y;
            case DAY -> day + " " + monthName(month) + " " + y;
            case MINUTE ->
                day + " " + monthName(month) + " " + y + ", " + String.format(Locale.ROOT, "%02d:%02d", hour, minute)
                        + offsetSuffix();
            case SECOND ->
                day + " " + monthName(month) + " " + y + ", "
                        + String.format(Locale.ROOT, "%02d:%02d:%02d", hour, minute, second) + offsetSuffix();
        };
    }

    private String offsetSuffix() {
        if (offset == null) {
            return "";
        }
        return offset.equals(ZoneOffset.UTC) ? " UTC" : " UTC" + offset.getId();
    }

    /** The ISO 8601 text of this date at its precision, as it would be written in a story file. */
    public String toIsoString() {
        // digits appended by hand, not String.format: saving a story writes this for every date, and a Formatter
        // per number was most of what saving a 100,000-event story allocated
        StringBuilder sb = new StringBuilder(16);
        if (year < 0) {
            padded(sb.append('-'), -year, 4);
        } else if (year > 9999) {
            sb.append('+').append(year);
        } else {
            padded(sb, year, 4);
        }
        if (precision.isCoarserThanYear() && precision != yearPrecision(year, false)) {
            sb.append('~');
        }
        if (precision.compareTo(DatePrecision.MONTH) >= 0) {
            padded(sb.append('-'), month, 2);
        }
        if (precision.compareTo(DatePrecision.DAY) >= 0) {
            padded(sb.append('-'), day, 2);
        }
        if (precision.compareTo(DatePrecision.MINUTE) >= 0) {
            padded(sb.append('T'), hour, 2);
            padded(sb.append(':'), minute, 2);
        }
        if (precision == DatePrecision.SECOND) {
            padded(sb.append(':'), second, 2);
        }
        if (offset != null && precision.compareTo(DatePrecision.MINUTE) >= 0) {
            sb.append(offset.getId());
        }
        return sb.toString();
    }

    /** Appends {@code value} (not negative) with leading zeros to at least {@code width} digits, as %0<width>d. */
    private static void padded(StringBuilder sb, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }

    /**
     * An astronomical year as people write it: 2017 stays "2017", year 0 is "1 BCE", -43 is "44 BCE"; beyond
     * ±999,999 its digits are grouped ("13,800,000,001 BCE").
     */
    public static String formatYear(long astronomicalYear) {
        return YearText.year(astronomicalYear);
    }

    public static String monthName(int month) {
        return java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    @Override
    public int compareTo(StoryDate other) {
        int c = Long.compare(startEpochSecond(), other.startEpochSecond());
        return c != 0 ? c : precision.compareTo(other.precision);
    }

    @Override
    public String toString() {
        return toIsoString();
    }
}
