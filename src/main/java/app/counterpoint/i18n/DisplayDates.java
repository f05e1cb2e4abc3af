package app.counterpoint.i18n;

import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.YearText;
import app.counterpoint.text.RightToLeftScripts;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.ULocale;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Map;

/**
 * Story dates as a reader of one language writes them, at the date's own precision: "2. Mai 2017", "mai 2017",
 * "15 марта 44 г. до н. э.", "٢ مايو ٢٠١٧", and deep time in words: "vor 13,8 Milliarden Jahren". The patterns (java.time's) and the era words come from the language's
 * bundle; digits are the locale's own (Arabic-Indic for Arabic). Files keep ISO 8601 ({@link StoryDate#toIsoString}).
 */
public final class DisplayDates {

    /** From here on a year about which groups its digits: "c. 10,000 BCE", but "c. 5000 BCE" (as StoryDate writes). */
    private static final long GROUPED_CIRCA = 10_000;

    private final Messages messages;
    private final DecimalStyle digits;
    private final Map<DatePrecision, DateTimeFormatter> common = new EnumMap<>(DatePrecision.class);
    private final Map<DatePrecision, DateTimeFormatter> beforeCommonEra = new EnumMap<>(DatePrecision.class);

    public DisplayDates(Messages messages) {
        this.messages = messages;
        this.digits = DecimalStyle.STANDARD.withZeroDigit(messages.language().zeroDigit());
        for (DatePrecision p : DatePrecision.values()) {
            if (p.isCoarserThanYear()) {
                continue; // deep time is told in words, years ago or about a year (deepTime)
            }
            String key = "date." + p.name().toLowerCase(java.util.Locale.ROOT);
            common.put(p, formatter(messages.pattern(key)));
            beforeCommonEra.put(p, formatter(messages.pattern(key + ".bce")));
        }
    }

    private DateTimeFormatter formatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, messages.language().locale())
                .withDecimalStyle(digits);
    }

    /** A moment by one of the bundle's date patterns ({@code date.dayOfYear}: "1. Dezember"), in the language's digits. */
    public String format(String patternKey, java.time.temporal.TemporalAccessor moment) {
        return formatter(messages.pattern(patternKey)).format(moment);
    }

    /** The messages these dates are written with. */
    public Messages messages() {
        return messages;
    }

    /**
     * How an event is named wherever one line must name it (the comparison, presenting, the handout, the worksheet,
     * the links): "Trump and Putin speak by phone · 2 May 2017", the title, then the date at its own precision. The
     * separator is the language's {@code text.separator}: " · ", but in Arabic "، ", as a middle dot beside
     * Arabic-Indic digits reads as a zero ("١٢ · مارس" as "١٢٠ مارس").
     */
    public String heading(Event event) {
        String date = range(event.start(), event.end());
        String separator = messages.text("text.separator");
        // after a title in Arabic or Hebrew, a left-to-right mark before a date written left to right makes it read as
        // one unit, "12 March 2024", not "March 2024 12" as the bidirectional algorithm orders its numbers and words
        // (JavaFX 21 draws the isolate marks FSI/PDI as boxes; the zero-width mark it draws as nothing)
        return RightToLeftScripts.hasLetters(event.title()) && !RightToLeftScripts.hasLetters(date)
                ? event.title() + separator + "\u200E" + date
                : event.title() + separator + date;
    }

    public Language language() {
        return messages.language();
    }

    /** A date at its precision, with its UTC offset when the story wrote one. */
    public String format(StoryDate date) {
        if (date.precision().isCoarserThanYear()) {
            return deepTime(date);
        }
        if (Math.abs(date.year()) > StoryDate.ORDINARY_MAX_YEAR) {
            if (date.precision() == DatePrecision.YEAR) {
                return year(date.year());
            }
            return date.toDisplayString();
        }
        LocalDateTime time = LocalDateTime.of(
                (int) date.year(), date.month(), date.day(), date.hour(), date.minute(), date.second());
        DateTimeFormatter f = (date.year() <= 0 ? beforeCommonEra : common).get(date.precision());
        return f.format(time) + offset(date);
    }

    /**
     * A span of two dates: as each language writes a span of days or months in the common era, without repeating
     * what both ends share ("13–15 January 2020", "13.–15. Januar 2020", ICU's interval formats); else each end at
     * its own precision ("May 2017 – 2 June 2017").
     */
    public String range(StoryDate start, StoryDate end) {
        if (end == null) {
            return format(start);
        }
        if (compactable(start, end)) {
            DateIntervalFormat interval = DateIntervalFormat.getInstance(
                    start.precision() == DatePrecision.DAY ? "yMMMMd" : "yMMMM", intervalLocale());
            interval.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
            return interval.format(
                            new DateInterval(start.startEpochSecond() * 1000, end.startEpochSecond() * 1000),
                            new StringBuffer(),
                            new FieldPosition(0))
                    .toString();
        }
        return messages.text("date.range", format(start), format(end));
    }

    /** English as its bundle writes dates, day before month ("2 May 2017"): British, not ICU's American default. */
    private ULocale intervalLocale() {
        return messages.language() == Language.ENGLISH
                ? ULocale.UK
                : ULocale.forLocale(messages.language().numberLocale());
    }

    /**
     * Days or months of the same precision, without offsets, from 1583 on: ICU's calendar counts earlier dates in the
     * Julian calendar, the story's dates are proleptic Gregorian.
     */
    private static boolean compactable(StoryDate start, StoryDate end) {
        DatePrecision p = start.precision();
        return (p == DatePrecision.DAY || p == DatePrecision.MONTH)
                && end.precision() == p
                && start.offset() == null
                && end.offset() == null
                && start.year() >= 1583
                && end.year() <= 9999;
    }

    private String offset(StoryDate date) {
        ZoneOffset o = date.offset();
        if (o == null || date.precision().compareTo(DatePrecision.MINUTE) < 0) {
            return "";
        }
        return o.equals(ZoneOffset.UTC) ? " UTC" : " UTC" + digits(o.getId());
    }

    /** An astronomical year as readers count it: 2017, or 44 before the common era for -43. */
    public String year(long astronomicalYear) {
        if (astronomicalYear > 0) {
            return digits(yearNumber(astronomicalYear));
        }
        return messages.text("date.year.era.bce", digits(yearNumber(1 - astronomicalYear)));
    }

    /** A year's digits, grouped as the language groups them beyond ±999,999 (as StoryDate does in English). */
    private String yearNumber(long year) {
        if (year <= StoryDate.ORDINARY_MAX_YEAR) {
            return Long.toString(year);
        }
        return java.text.NumberFormat.getIntegerInstance(messages.language().locale())
                .format(year);
    }

    /** A month's name as it stands alone ("Mai", "май"). */
    public String month(int month) {
        return java.time.Month.of(month)
                .getDisplayName(TextStyle.FULL_STANDALONE, messages.language().locale());
    }

    /** A month's short name ("Mär.", "мар."). */
    public String shortMonth(int month) {
        return java.time.Month.of(month)
                .getDisplayName(TextStyle.SHORT_STANDALONE, messages.language().locale());
    }

    /** A day and a month, without a year, for the axis ("2. Mai", "2 мая"). */
    public String dayAndMonth(int day, int month) {
        return formatter(messages.pattern("date.daymonth")).format(LocalDateTime.of(2000, month, day, 0, 0));
    }

    /**
     * A date kept to thousands, millions or billions of years: "vor 13,8 Milliarden Jahren", "il y a 540 millions
     * d'années", and nearer to year 0 a year about which, "um 10.000 v. Chr.", "ок. 10 000 г. до н. э.".
     */
    private String deepTime(StoryDate date) {
        long year = date.year();
        long rounded = YearText.roundedYears(year, date.precision());
        if (YearText.isCountedFromNow(year)) {
            return year < 0 ? yearsAgo(rounded) : yearsFromNow(rounded);
        }
        String count = digits(
                rounded >= GROUPED_CIRCA
                        ? NumberFormat.getIntegerInstance(messages.language().locale())
                                .format(rounded)
                        : Long.toString(rounded));
        return messages.text("date.circa", year <= 0 ? messages.text("date.year.era.bce", count) : count);
    }

    /** A number of years ago for deep time: "13.8 billion years ago", "vor 13,8 Milliarden Jahren". */
    public String yearsAgo(double years) {
        return amount(years, "date.ago.billions", "date.ago.millions", "date.ago.years");
    }

    /** A number of years from now, for a story of the far future: "in 2 Milliarden Jahren". */
    public String yearsFromNow(double years) {
        return amount(years, "date.fromNow.billions", "date.fromNow.millions", "date.fromNow.years");
    }

    private String amount(double years, String billions, String millions, String plain) {
        if (years >= 1e9) {
            return messages.text(billions, years / 1e9);
        }
        if (years >= 1e6) {
            return messages.text(millions, years / 1e6);
        }
        return messages.text(plain, years);
    }

    /** Western digits put in the language's own (Arabic-Indic for Arabic); anything else kept. */
    public String digits(String text) {
        char zero = digits.getZeroDigit();
        if (zero == '0') {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c);
        }
        return sb.toString();
    }
}
