package app.counterpoint.view.timeline.layout;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import app.counterpoint.model.CivilCalendar;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Chooses and labels the ticks of the two-row time axis for a window, as a pure function of the window, the width and
 * a way to measure text. Calendar steps use UTC and the proleptic Gregorian calendar, BCE and deep time included: one
 * axis runs from minutes to billions of years, labelled "14:30", "May 2017", "44 BCE", "50,000 BCE" and "540 million
 * years ago" as the scale grows.
 */
public final class TimeAxis {

    /** How the axis writes dates when no language is given: English. */
    private static final DisplayDates ENGLISH = new DisplayDates(Messages.of(Language.ENGLISH));

    /** Space between a tick line and the start of its label. */
    public static final double LABEL_PAD = 5;
    /** Least space between two labels of a row. */
    public static final double LABEL_GAP = 12;

    private static final long DAY = 86_400;
    /** 1970-01-05 was a Monday; weeks start on Mondays as in ISO 8601. */
    private static final long FIRST_MONDAY_EPOCH_DAY = 4;
    /** Months run 28 to 31 days; a scale must fit its labels in the short ones too. */
    private static final double UNEVEN_STEP_SLACK = 0.9;
    /** Guards against a caller's measuring function returning nonsense. */
    private static final int MAX_TICKS = 5_000;
    /** No tick beyond this year, where seconds would no longer fit a long: far past any window. */
    private static final long FURTHEST_TICK_YEAR = 200_000_000_000L;
    /** From this step on year labels group their digits: "50,000 BCE". */
    private static final long GROUPED_FROM = 10_000;

    private TimeAxis() {}

    /** The axis with labels measured as {@code averageCharWidth} per character. */
    public static AxisTicks compute(double start, double end, double width, double averageCharWidth) {
        return compute(start, end, width, s -> s.length() * averageCharWidth);
    }

    /**
     * The axis for the window from {@code start} to {@code end} (epoch seconds) drawn {@code width} pixels wide: the
     * finest scale whose labels fit, with upper-row ticks starting at or before the window (that label sticks to the
     * left edge) and lower-row ticks inside it.
     */
    public static AxisTicks compute(double start, double end, double width, ToDoubleFunction<String> labelWidth) {
        return compute(start, end, width, labelWidth, ENGLISH);
    }

    /** The axis with its months and years written as {@code dates} writes them ("Mai 2017", "44 v. Chr."). */
    public static AxisTicks compute(
            double start, double end, double width, ToDoubleFunction<String> labelWidth, DisplayDates dates) {
        if (!(end > start) || !(width > 0)) {
            return new AxisTicks(TickScale.coarsest(), List.of(), List.of());
        }
        double pixelsPerSecond = width / (end - start);
        TickScale chosen = TickScale.coarsest();
        for (TickScale scale : TickScale.values()) {
            double minorPixels = scale.minorSeconds() * pixelsPerSecond * UNEVEN_STEP_SLACK;
            double majorPixels = scale.majorSeconds() * pixelsPerSecond * UNEVEN_STEP_SLACK;
            if (minorPixels >= LABEL_PAD + widestMinorLabel(scale, start, end, labelWidth, dates) + LABEL_GAP
                    && majorPixels >= LABEL_PAD + widestMajorLabel(scale, start, end, labelWidth, dates) + LABEL_GAP) {
                chosen = scale;
                break;
            }
        }
        List<AxisTick> major =
                ticks(chosen, chosen.majorUnit, chosen.majorAmount, true, start, end, width, labelWidth, dates);
        List<AxisTick> minor =
                ticks(chosen, chosen.minorUnit, chosen.minorAmount, false, start, end, width, labelWidth, dates);
        minor = minor.stream().filter(t -> t.x() >= 0).toList();
        if (chosen.minorUnit == TickUnit.YEAR) {
            minor = withoutLabelsAt(minor, major);
        }
        return new AxisTicks(
                chosen,
                wholeWithin(dropOverlapping(stickFirstLabel(major)), width),
                wholeWithin(dropOverlapping(minor), width));
    }

    private static double widestMinorLabel(
            TickScale scale, double start, double end, ToDoubleFunction<String> w, DisplayDates dates) {
        return switch (scale.minorUnit) {
            case SECOND -> w.applyAsDouble(dates.digits(scale.minorAmount < DAY ? "00:00" : "28"));
            case WEEK -> widestMonth(w, m -> weekLabel(dates, 28, m));
            case MONTH -> widestMonth(w, dates::shortMonth);
            case YEAR -> widestYear(scale, scale.minorAmount, start, end, w, dates);
        };
    }

    private static double widestMajorLabel(
            TickScale scale, double start, double end, ToDoubleFunction<String> w, DisplayDates dates) {
        String year = dates.year(yearOf(start));
        return switch (scale.majorUnit) {
            case SECOND -> widestMonth(w, m -> dates.dayAndMonth(28, m) + " " + year);
            case WEEK, MONTH -> widestMonth(w, m -> dates.month(m) + " " + year);
            case YEAR -> widestYear(scale, scale.majorAmount, start, end, w, dates);
        };
    }

    /** A week tick: the day and the month's short name ("28 May", "28 мая" in a short form). */
    private static String weekLabel(DisplayDates dates, int day, int month) {
        return dates.digits(Integer.toString(day)) + " " + dates.shortMonth(month);
    }

    private static double widestMonth(ToDoubleFunction<String> w, java.util.function.IntFunction<String> label) {
        double widest = 0;
        for (int m = 1; m <= 12; m++) {
            widest = Math.max(widest, w.applyAsDouble(label.apply(m)));
        }
        return widest;
    }

    /** The wider label of the ticks nearest the window's two ends: the longest numbers an axis row shows. */
    private static double widestYear(
            TickScale scale, long amount, double start, double end, ToDoubleFunction<String> w, DisplayDates dates) {
        return Math.max(
                w.applyAsDouble(yearLabel(scale, tickYearAtOrBefore(yearOf(start), amount), dates)),
                w.applyAsDouble(yearLabel(scale, tickYearAtOrBefore(yearOf(end), amount), dates)));
    }

    private static List<AxisTick> ticks(
            TickScale scale,
            TickUnit unit,
            long amount,
            boolean major,
            double start,
            double end,
            double width,
            ToDoubleFunction<String> labelWidth,
            DisplayDates dates) {
        List<AxisTick> out = new ArrayList<>();
        double pixelsPerSecond = width / (end - start);
        for (long t : instants(unit, amount, start, end)) {
            String label = label(scale, unit, amount, major, t, dates);
            double x = (t - start) * pixelsPerSecond;
            out.add(new AxisTick(t, x, label, x + LABEL_PAD, labelWidth.applyAsDouble(label)));
        }
        return out;
    }

    /** Tick instants from the last one at or before {@code start} through {@code end}. */
    private static List<Long> instants(TickUnit unit, long amount, double start, double end) {
        List<Long> out = new ArrayList<>();
        long from = (long) Math.floor(start);
        switch (unit) {
            case SECOND -> {
                for (long t = Math.floorDiv(from, amount) * amount; t <= end && out.size() < MAX_TICKS; t += amount) {
                    out.add(t);
                }
            }
            case WEEK -> {
                long day = Math.floorDiv(from, DAY);
                long monday = Math.floorDiv(day - FIRST_MONDAY_EPOCH_DAY, 7) * 7 + FIRST_MONDAY_EPOCH_DAY;
                for (long t = monday * DAY; t <= end && out.size() < MAX_TICKS; t += 7 * DAY * amount) {
                    out.add(t);
                }
            }
            case MONTH -> {
                long[] first = CivilCalendar.civil(from);
                long index = Math.floorDiv(first[0] * 12L + first[1] - 1, amount) * amount;
                for (long t = monthStart(index); t <= end && out.size() < MAX_TICKS; t = monthStart(index)) {
                    out.add(t);
                    index += amount;
                }
            }
            case YEAR -> {
                long year = tickYearAtOrBefore(CivilCalendar.yearOf(from), amount);
                while (Math.abs(year) <= FURTHEST_TICK_YEAR && out.size() < MAX_TICKS) {
                    long t = CivilCalendar.yearStart(year);
                    if (t > end) {
                        break;
                    }
                    out.add(t);
                    year = nextTickYear(year, amount);
                }
            }
        }
        return out;
    }

    /**
     * The last round year at or before {@code year}, counted as people count them: 100 and 200 after Christ, 100 BCE
     * (astronomical -99) before; there is no year zero to round to. Computed, never stepped to: a step may be a
     * billion years.
     */
    static long tickYearAtOrBefore(long year, long amount) {
        if (year <= 0) {
            long count = 1 - year;
            return 1 - Math.floorDiv(count + amount - 1, amount) * amount;
        }
        long round = Math.floorDiv(year, amount) * amount;
        return round >= 1 ? round : 1 - amount;
    }

    /** The round year after {@code year}, a round year itself: from 100 BCE (-99) the next of 100 is 100. */
    static long nextTickYear(long year, long amount) {
        if (year <= 0) {
            long count = 1 - year - amount;
            return count >= 1 ? 1 - count : amount;
        }
        return year + amount;
    }

    private static String label(
            TickScale scale, TickUnit unit, long amount, boolean major, long t, DisplayDates dates) {
        long[] d = CivilCalendar.civil(t);
        String year = dates.year(d[0]);
        int month = (int) d[1];
        int day = (int) d[2];
        return switch (unit) {
            case SECOND -> {
                if (major) {
                    yield dates.dayAndMonth(day, month) + " " + year;
                }
                yield dates.digits(
                        amount < DAY ? String.format(Locale.ROOT, "%02d:%02d", d[3], d[4]) : Long.toString(day));
            }
            case WEEK -> weekLabel(dates, day, month);
            case MONTH -> major ? dates.month(month) + " " + year : dates.shortMonth(month);
            case YEAR -> yearLabel(scale, d[0], dates);
        };
    }

    /**
     * A year tick's label at this scale: as the calendar writes it ("44 BCE", "2017") up to steps of millennia,
     * grouped beyond ("50,000 BCE"), and in words from steps of a hundred thousand years ("1.5 million years ago").
     */
    static String yearLabel(TickScale scale, long year) {
        return yearLabel(scale, year, ENGLISH);
    }

    static String yearLabel(TickScale scale, long year, DisplayDates dates) {
        long count = year <= 0 ? 1 - year : year;
        if (scale.countsYearsAgo()) {
            return year <= 0 ? dates.yearsAgo(count) : dates.yearsFromNow(count);
        }
        if (scale.minorAmount >= GROUPED_FROM) {
            String grouped = dates.digits(
                    NumberFormat.getIntegerInstance(dates.language().locale()).format(count));
            return year <= 0 ? dates.messages().text("date.year.era.bce", grouped) : grouped;
        }
        return dates.year(year);
    }

    /** Hides lower-row year labels that repeat an upper-row year at the same instant. */
    private static List<AxisTick> withoutLabelsAt(List<AxisTick> minor, List<AxisTick> major) {
        List<AxisTick> out = new ArrayList<>(minor.size());
        int j = 0;
        for (AxisTick tick : minor) {
            while (j < major.size() && major.get(j).epochSecond() < tick.epochSecond()) {
                j++;
            }
            boolean repeated = j < major.size() && major.get(j).epochSecond() == tick.epochSecond();
            out.add(repeated ? tick.withoutLabel() : tick);
        }
        return out;
    }

    /** Drops labels that would run off the right edge: a cut "2020" reads as "20". */
    private static List<AxisTick> wholeWithin(List<AxisTick> ticks, double width) {
        List<AxisTick> out = new ArrayList<>(ticks.size());
        for (AxisTick tick : ticks) {
            out.add(tick.hasLabel() && tick.labelX() + tick.labelWidth() > width ? tick.withoutLabel() : tick);
        }
        return out;
    }

    /** Keeps a label only when it starts clear of the previous kept one. */
    private static List<AxisTick> dropOverlapping(List<AxisTick> ticks) {
        List<AxisTick> out = new ArrayList<>(ticks.size());
        double lastRight = Double.NEGATIVE_INFINITY;
        for (AxisTick tick : ticks) {
            if (!tick.hasLabel()) {
                out.add(tick);
            } else if (tick.labelX() >= lastRight + LABEL_GAP) {
                out.add(tick);
                lastRight = tick.labelX() + tick.labelWidth();
            } else {
                out.add(tick.withoutLabel());
            }
        }
        return out;
    }

    /**
     * The upper-row period that began before the window keeps its label at the left edge, so the reader always sees
     * which month or day they are in; when the next period's label comes too close for it to fit there whole, it gives
     * way (that label names the period the left edge nearly is) rather than be drawn cut off ("017").
     */
    private static List<AxisTick> stickFirstLabel(List<AxisTick> ticks) {
        if (ticks.isEmpty() || ticks.get(0).x() >= 0) {
            return ticks;
        }
        List<AxisTick> out = new ArrayList<>(ticks);
        AxisTick first = ticks.get(0);
        if (first.label().isEmpty()) {
            return ticks;
        }
        double labelX = LABEL_PAD;
        AxisTick next =
                ticks.stream().skip(1).filter(AxisTick::hasLabel).findFirst().orElse(null);
        if (next != null && next.labelX() - LABEL_GAP - first.labelWidth() < labelX) {
            out.set(0, first.withoutLabel());
            return out;
        }
        out.set(0, first.withLabelX(labelX));
        return out;
    }

    private static long yearOf(double epochSecond) {
        return CivilCalendar.yearOf((long) Math.floor(epochSecond));
    }

    private static long monthStart(long monthIndex) {
        return CivilCalendar.monthStart(Math.floorDiv(monthIndex, 12), (int) Math.floorMod(monthIndex, 12) + 1);
    }
}
