package app.counterpoint.viewmodel.edit;

import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.validate.FieldRules;
import app.counterpoint.model.StoryDate;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as people type them: "2 May 2017", "May 2, 2017", "May 2017", "2017", "44 BC", "15 March 44 BCE",
 * "2017-05-02 14:30", as well as every ISO 8601 form a story file holds. The result keeps the precision typed (a
 * month stays a month) and is checked by the reader's own date rule, so an impossible date ("30 February 2017") gets
 * the very message {@code check} would give. Pure: no locale, no clock.
 */
public final class TypedDates {

    /** A date, or why the text names none. {@code iso} is the date as the story file writes it. */
    public record Result(StoryDate date, LocalText problemText) {

        /** Why the text names no date, in English; {@code null} when it names one. */
        public String problem() {
            return problemText == null ? null : problemText.english();
        }

        /** Why the text names no date, in a language (the window's, beside the field). */
        public String problem(Language language) {
            return problemText == null ? null : problemText.in(language);
        }

        public boolean isValid() {
            return date != null;
        }

        public String iso() {
            return date == null ? null : date.toIsoString();
        }
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1),
            Map.entry("february", 2),
            Map.entry("march", 3),
            Map.entry("april", 4),
            Map.entry("may", 5),
            Map.entry("june", 6),
            Map.entry("july", 7),
            Map.entry("august", 8),
            Map.entry("september", 9),
            Map.entry("october", 10),
            Map.entry("november", 11),
            Map.entry("december", 12),
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));

    private static final String MONTH = "([a-z]+)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(\\d{1,11})";
    private static final String ERA = "(?:\\s*(bce|bc|b\\.c\\.e\\.|b\\.c\\.|ce|ad|c\\.e\\.|a\\.d\\.))?";
    private static final String TIME = "(?:[,\\s]+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?";

    /** "2 May 2017", "2nd May 2017 14:30" */
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile(DAY + "\\s+" + MONTH + ",?\\s+(?:ad\\s+)?" + YEAR + ERA + TIME);
    /** "May 2, 2017", "May 2 2017" */
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile(MONTH + "\\s+" + DAY + ",?\\s+(?:ad\\s+)?" + YEAR + ERA + TIME);
    /** "May 2017", "March 44 BC" */
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+(?:ad\\s+)?" + YEAR + ERA);
    /** "2017", "44 BC", "AD 800", "-43" (an astronomical year) */
    private static final Pattern YEAR_ONLY = Pattern.compile("(?:ad\\s+)?(-?\\d{1,11})" + ERA);
    /** "13.8 billion years ago", "5 billion years from now": deep time as the timeline shows it */
    private static final Pattern YEARS_AGO =
            Pattern.compile("(\\d+(?:\\.\\d+)?) (thousand|million|billion) years (ago|from now)");
    /** "c. 10,000 BCE", "circa 2000": a year kept to the thousand (ISO 8601-2's ~) */
    private static final Pattern CIRCA = Pattern.compile("(?:c\\.|ca\\.|circa) ?(.+)");
    /** a thousands separator inside a number: "10,000 BCE" */
    private static final Pattern SEPARATOR = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    /** "2017-05-02 14:30": ISO with a space for the T */
    private static final Pattern ISO_WITH_SPACE = Pattern.compile("(-?\\d{4,9}-\\d{2}-\\d{2})\\s+(\\d{2}:\\d{2}.*)");

    private TypedDates() {}

    public static Result parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return new Result(null, LocalText.of("problem.date.required"));
        }
        String text = typed.strip().replaceAll("\\s+", " ");
        String lower = SEPARATOR.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        Matcher m;
        if ((m = ISO_WITH_SPACE.matcher(text)).matches()) {
            return checked(m.group(1) + "T" + m.group(2));
        }
        if (looksIso(text)) {
            return checked(text);
        }
        if ((m = YEARS_AGO.matcher(lower)).matches()) {
            return yearsAgo(typed, m.group(1), m.group(2), m.group(3).equals("ago"));
        }
        if ((m = CIRCA.matcher(lower)).matches()) {
            Matcher year = YEAR_ONLY.matcher(m.group(1));
            return year.matches()
                    ? year(typed, year.group(1), year.group(2)).map(iso -> checked(iso + "~"))
                    : notADate(typed);
        }
        if ((m = YEAR_ONLY.matcher(lower)).matches()) {
            return year(typed, m.group(1), m.group(2)).map(TypedDates::checked);
        }
        if ((m = DAY_MONTH_YEAR.matcher(lower)).matches()) {
            return dated(typed, m.group(3), m.group(4), m.group(2), m.group(1), m.group(5), m.group(6), m.group(7));
        }
        if ((m = MONTH_DAY_YEAR.matcher(lower)).matches()) {
            return dated(typed, m.group(3), m.group(4), m.group(1), m.group(2), m.group(5), m.group(6), m.group(7));
        }
        if ((m = MONTH_YEAR.matcher(lower)).matches()) {
            return dated(typed, m.group(2), m.group(3), m.group(1), null, null, null, null);
        }
        return notADate(typed);
    }

    /** Digits and ISO punctuation only, such as 2017-05 or +12017: the reader's own forms and messages. */
    private static boolean looksIso(String text) {
        return text.matches("[+-]?\\d{4,11}(~|-.*)?");
    }

    /** "540 million years ago" is the year -540000000, as the timeline shows that year; a thousand stays one. */
    private static Result yearsAgo(String typed, String number, String scale, boolean ago) {
        BigDecimal years = new BigDecimal(number)
                .multiply(BigDecimal.TEN.pow(
                        switch (scale) {
                            case "thousand" -> 3;
                            case "million" -> 6;
                            default -> 9;
                        }));
        if (years.stripTrailingZeros().scale() > 0 || years.compareTo(BigDecimal.valueOf(StoryDate.MAX_YEAR)) > 0) {
            return notADate(typed);
        }
        long year = ago ? -years.longValueExact() : years.longValueExact();
        return year(typed, Long.toString(year), null)
                .map(iso -> checked(Math.abs(year) <= StoryDate.ORDINARY_MAX_YEAR ? iso + "~" : iso));
    }

    private static Result dated(
            String typed,
            String yearText,
            String era,
            String monthName,
            String day,
            String hour,
            String minute,
            String second) {
        Integer month = MONTHS.get(monthName);
        if (month == null) {
            return new Result(null, LocalText.of("problem.typed.month", monthName));
        }
        Partial year = year(typed, yearText, era);
        if (year.problem() != null) {
            return new Result(null, year.problem());
        }
        StringBuilder iso = new StringBuilder(year.iso()).append(String.format(Locale.ROOT, "-%02d", month));
        if (day != null) {
            iso.append(String.format(Locale.ROOT, "-%02d", Integer.parseInt(day)));
        }
        if (hour != null) {
            iso.append(String.format(Locale.ROOT, "T%02d:%s", Integer.parseInt(hour), minute));
            if (second != null) {
                iso.append(':').append(second);
            }
        }
        return checked(iso.toString());
    }

    /** A year as ISO writes it, or why it is none. */
    private record Partial(String iso, LocalText problem) {
        Result map(java.util.function.Function<String, Result> then) {
            return problem != null ? new Result(null, problem) : then.apply(iso);
        }
    }

    /** A year as typed, with its era: 44 BC is the astronomical year -43, written -0043; 1 BC is 0000. */
    private static Partial year(String typed, String digits, String era) {
        long year;
        try {
            year = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return new Partial(null, notADate(typed).problemText());
        }
        boolean before = era != null && era.startsWith("b");
        if (before) {
            if (year <= 0) {
                return new Partial(null, LocalText.of("problem.typed.bce", typed.strip()));
            }
            year = 1 - year;
        }
        if (Math.abs(year) > StoryDate.MAX_YEAR) {
            return new Partial(
                    null,
                    LocalText.of(
                            "problem.date.yearRange",
                            typed.strip(),
                            String.valueOf(year),
                            String.valueOf(StoryDate.MAX_YEAR),
                            String.valueOf(StoryDate.MAX_YEAR)));
        }
        String iso;
        if (year < 0) {
            iso = String.format(Locale.ROOT, "-%04d", -year);
        } else if (year > 9999) {
            iso = "+" + year;
        } else {
            iso = String.format(Locale.ROOT, "%04d", year);
        }
        return new Partial(iso, null);
    }

    private static Result checked(String iso) {
        FieldRules.DateCheck check = FieldRules.date(iso);
        return new Result(check.date(), check.problemText());
    }

    private static Result notADate(String typed) {
        return new Result(null, LocalText.of("problem.typed.notADate", typed.strip()));
    }
}
