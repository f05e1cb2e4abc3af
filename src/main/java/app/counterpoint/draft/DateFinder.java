package app.counterpoint.draft;

import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.StoryDate;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates a sentence writes and resolves them against the publication date, the way news is written: a
 * weekday in past-tense reporting is the latest one on or before publication and in the future tense the next one;
 * "in July" is the coming July when the sentence speaks of the future, else the last; "last month", "next week",
 * "yesterday", "on May 3", "in 2015", "from 17 to 28 June" and "on Wednesday and Thursday" likewise. A date keeps
 * the precision written: a month is a month, a week a range of days.
 */
final class DateFinder {

    private static final String M = CalendarWords.MONTH_PATTERN;
    private static final String W = CalendarWords.WEEKDAY_PATTERN;
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String Y = "(?:,? (\\d{4}))?";

    /** A kind of date expression: its pattern and how to resolve a match. */
    private enum Form {
        ISO("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"),
        DAY_RANGE("\\b(?:from |between )?(\\d{1,2})" + ORD + " ?(?:-|–|to|and|until) ?(\\d{1,2})" + ORD + " (" + M + ")"
                + Y + "\\b"),
        MONTH_DAY_RANGE("\\b(?:from |between )?(" + M + ") (\\d{1,2})" + ORD + " ?(?:-|–|to|and|until) ?(\\d{1,2})"
                + ORD + "\\b" + Y),
        DAY_MONTH("\\b(\\d{1,2})" + ORD + " (?:of )?(" + M + ")" + Y + "\\b"),
        MONTH_DAY("\\b(" + M + ") (\\d{1,2})" + ORD + "\\b(?!,? \\d{3})" + Y),
        MONTH_YEAR("\\b(" + M + ") (\\d{4})\\b"),
        MONTH_RELATIVE_YEAR(
                "\\b(?:in |by |until |from )(?:(?:early|late|mid-?) ?)?(" + M + ") (next|last|this) year\\b"),
        MONTH("\\b(in|since|until|till|by|from|for|through|before|after|during|of|early|late|mid-?) (?:(?:early"
                + "|late|mid-?) ?)?(" + M + ")\\b(?! \\d)"),
        YEAR("\\b(in|since|until|by|from|before|after|during|throughout|early|late|mid-?) (\\d{4})\\b(?![\\d,.]\\d"
                + "| per| percent|%)"),
        WEEKDAY_RANGE("\\b(?:on |from |between )?(" + W + ") (?:and|to|through|until|-|or) (" + W + ")\\b"),
        WEEKDAY("\\b(?:(last|next|this|on|since|until|by|from|before|after) )?(" + W + ")(?:'s|’s)?\\b"),
        RELATIVE_PERIOD("\\b(last|next|this|earlier this|later this|from next) (week|month|year)(?:'s|’s)?\\b"),
        RELATIVE_DAY("\\b(yesterday|today|tonight|tomorrow|this morning|this afternoon|this evening)\\b");

        final Pattern pattern;

        Form(String regex) {
            this.pattern = Pattern.compile(regex, this.name().startsWith("RELATIVE") ? Pattern.CASE_INSENSITIVE : 0);
        }
    }

    private DateFinder() {}

    /** The dates of {@code text[start, end)}, left to right, none overlapping another (the longest wins). */
    static List<DateMention> find(String text, int start, int end, LocalDate published) {
        String sentence = text.substring(start, end);
        List<DateMention> all = new ArrayList<>();
        for (Form form : Form.values()) {
            Matcher m = form.pattern.matcher(sentence);
            while (m.find()) {
                Tense tense = Tense.around(sentence, m.start(), m.end());
                DateMention mention = resolve(form, m, tense, published, start);
                if (mention != null) {
                    all.add(mention);
                }
            }
        }
        all.sort(Comparator.comparingInt(DateMention::start)
                .thenComparing(Comparator.comparingInt((DateMention d) -> d.end() - d.start())
                        .reversed()));
        List<DateMention> kept = new ArrayList<>();
        int reach = -1;
        for (DateMention d : all) {
            if (d.start() >= reach) {
                kept.add(d);
                reach = d.end();
            }
        }
        return kept;
    }

    private static DateMention resolve(Form form, Matcher m, Tense tense, LocalDate p, int offset) {
        int s = offset + m.start();
        int e = offset + m.end();
        try {
            switch (form) {
                case ISO -> {
                    return day(s, e, LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), null, false);
                }
                case DAY_RANGE -> {
                    int month = CalendarWords.month(m.group(3));
                    LocalDate from = dayOfMonth(num(m, 1), month, m.group(4), tense, p);
                    return range(s, e, from, from.withDayOfMonth(num(m, 2)));
                }
                case MONTH_DAY_RANGE -> {
                    int month = CalendarWords.month(m.group(1));
                    LocalDate from = dayOfMonth(num(m, 2), month, m.group(4), tense, p);
                    return range(s, e, from, from.withDayOfMonth(num(m, 3)));
                }
                case DAY_MONTH -> {
                    return day(s, e, dayOfMonth(num(m, 1), CalendarWords.month(m.group(2)), m.group(3), tense, p));
                }
                case MONTH_DAY -> {
                    return day(s, e, dayOfMonth(num(m, 2), CalendarWords.month(m.group(1)), m.group(3), tense, p));
                }
                case MONTH_YEAR -> {
                    return month(s, e, num(m, 2), CalendarWords.month(m.group(1)), false);
                }
                case MONTH_RELATIVE_YEAR -> {
                    int shift = m.group(2).equals("next") ? 1 : m.group(2).equals("last") ? -1 : 0;
                    return month(s, e, p.getYear() + shift, CalendarWords.month(m.group(1)), false);
                }
                case MONTH -> {
                    boolean since = m.group(1).equals("since");
                    Tense t = since ? Tense.PAST : tense;
                    int month = CalendarWords.month(m.group(2));
                    return month(s, e, yearOfMonth(month, t, p), month, since);
                }
                case YEAR -> {
                    int year = num(m, 2);
                    if (year < 1000 || year > 2999) {
                        return null;
                    }
                    return new DateMention(s, e, year(year), null, m.group(1).equals("since"));
                }
                case WEEKDAY_RANGE -> {
                    LocalDate from = weekday(CalendarWords.weekday(m.group(1)), null, tense, p);
                    LocalDate to = from.with(TemporalAdjusters.nextOrSame(CalendarWords.weekday(m.group(2))));
                    return range(s, e, from, to);
                }
                case WEEKDAY -> {
                    String qualifier = m.group(1);
                    LocalDate day = weekday(CalendarWords.weekday(m.group(2)), qualifier, tense, p);
                    return new DateMention(s, e, storyDay(day), null, "since".equals(qualifier));
                }
                case RELATIVE_PERIOD -> {
                    return period(s, e, Lexicon.lower(m.group(1)), Lexicon.lower(m.group(2)), p);
                }
                case RELATIVE_DAY -> {
                    String word = Lexicon.lower(m.group(1));
                    LocalDate day =
                            word.equals("yesterday") ? p.minusDays(1) : word.equals("tomorrow") ? p.plusDays(1) : p;
                    return day(s, e, day);
                }
                default -> {
                    return null;
                }
            }
        } catch (java.time.DateTimeException | IllegalArgumentException ex) {
            return null; // "31 June" and the like: not a date
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** A day of a month; without a year, the one the tense points to (or the nearest). */
    private static LocalDate dayOfMonth(int day, int month, String year, Tense tense, LocalDate p) {
        if (year != null) {
            return LocalDate.of(Integer.parseInt(year), month, day);
        }
        LocalDate thisYear = LocalDate.of(p.getYear(), month, Math.min(day, lengthOf(p.getYear(), month)));
        LocalDate candidate = LocalDate.of(p.getYear(), month, day);
        return switch (tense) {
            case PAST -> candidate.isAfter(p) ? LocalDate.of(p.getYear() - 1, month, day) : candidate;
            case FUTURE -> candidate.isBefore(p) ? LocalDate.of(p.getYear() + 1, month, day) : candidate;
            case UNKNOWN -> {
                LocalDate other = thisYear.isAfter(p) ? thisYear.minusYears(1) : thisYear.plusYears(1);
                long d1 = Math.abs(thisYear.toEpochDay() - p.toEpochDay());
                long d2 = Math.abs(other.toEpochDay() - p.toEpochDay());
                yield d1 <= d2 ? candidate : LocalDate.of(other.getYear(), month, day);
            }
        };
    }

    private static int lengthOf(int year, int month) {
        return java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    /** A month without a year: the coming one for the future, the last one (this one included) for the past. */
    private static int yearOfMonth(int month, Tense tense, LocalDate p) {
        int current = p.getMonthValue();
        return switch (tense) {
            case PAST -> month <= current ? p.getYear() : p.getYear() - 1;
            case FUTURE -> month >= current ? p.getYear() : p.getYear() + 1;
            case UNKNOWN -> {
                int back = Math.floorMod(current - month, 12);
                int ahead = Math.floorMod(month - current, 12);
                yield back <= ahead
                        ? (month <= current ? p.getYear() : p.getYear() - 1)
                        : (month >= current ? p.getYear() : p.getYear() + 1);
            }
        };
    }

    private static LocalDate weekday(DayOfWeek day, String qualifier, Tense tense, LocalDate p) {
        if ("last".equals(qualifier) || "since".equals(qualifier)) {
            return p.with(TemporalAdjusters.previous(day));
        }
        if ("next".equals(qualifier)) {
            return p.with(TemporalAdjusters.next(day));
        }
        return tense == Tense.FUTURE
                ? p.with(TemporalAdjusters.next(day))
                : p.with(TemporalAdjusters.previousOrSame(day));
    }

    private static DateMention period(int s, int e, String which, String unit, LocalDate p) {
        int shift = which.equals("last") ? -1 : which.endsWith("next") ? 1 : 0;
        return switch (unit) {
            case "week" -> {
                LocalDate monday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .plusWeeks(shift);
                yield range(s, e, monday, monday.plusDays(6));
            }
            case "month" -> {
                LocalDate first = p.withDayOfMonth(1).plusMonths(shift);
                yield month(s, e, first.getYear(), first.getMonthValue(), false);
            }
            default -> new DateMention(s, e, year(p.getYear() + shift), null, false);
        };
    }

    private static DateMention day(int s, int e, LocalDate day) {
        return day(s, e, day, null, false);
    }

    private static DateMention day(int s, int e, LocalDate day, LocalDate to, boolean since) {
        return new DateMention(s, e, storyDay(day), to == null ? null : storyDay(to), since);
    }

    private static DateMention range(int s, int e, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return null;
        }
        return new DateMention(s, e, storyDay(from), storyDay(to), false);
    }

    private static DateMention month(int s, int e, int year, int month, boolean since) {
        return new DateMention(s, e, new StoryDate(year, month, 1, 0, 0, 0, null, DatePrecision.MONTH), null, since);
    }

    private static StoryDate year(int year) {
        return new StoryDate(year, 1, 1, 0, 0, 0, null, DatePrecision.YEAR);
    }

    private static StoryDate storyDay(LocalDate day) {
        return StoryDate.ofDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }
}
