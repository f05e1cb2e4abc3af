package app.counterpoint.view.timeline.layout;

import app.counterpoint.model.StoryDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Chooses and labels the ticks of the two-row time axis for a window, as a pure function of the window, the width and
 * a way to measure text. Calendar steps use UTC, which java.time extends to negative (BCE) years.
 */
public final class TimeAxis {

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
        if (!(end > start) || !(width > 0)) {
            return new AxisTicks(TickScale.MILLENNIUM_5, List.of(), List.of());
        }
        double pixelsPerSecond = width / (end - start);
        TickScale chosen = TickScale.MILLENNIUM_5;
        for (TickScale scale : TickScale.values()) {
            double minorPixels = scale.minorSeconds() * pixelsPerSecond * UNEVEN_STEP_SLACK;
            double majorPixels = scale.majorSeconds() * pixelsPerSecond * UNEVEN_STEP_SLACK;
            if (minorPixels >= LABEL_PAD + widestMinorLabel(scale, start, end, labelWidth) + LABEL_GAP
                    && majorPixels >= LABEL_PAD + widestMajorLabel(scale, start, end, labelWidth) + LABEL_GAP) {
                chosen = scale;
                break;
            }
        }
        List<AxisTick> major = ticks(chosen.majorUnit, chosen.majorAmount, true, start, end, width, labelWidth);
        List<AxisTick> minor = ticks(chosen.minorUnit, chosen.minorAmount, false, start, end, width, labelWidth);
        minor = minor.stream().filter(t -> t.x() >= 0).toList();
        if (chosen.minorUnit == TickUnit.YEAR) {
            minor = withoutLabelsAt(minor, major);
        }
        return new AxisTicks(
                chosen,
                wholeWithin(dropOverlapping(stickFirstLabel(major)), width),
                wholeWithin(dropOverlapping(minor), width));
    }

    private static double widestMinorLabel(TickScale scale, double start, double end, ToDoubleFunction<String> w) {
        return switch (scale.minorUnit) {
            case SECOND -> scale.minorAmount < DAY ? w.applyAsDouble("00:00") : w.applyAsDouble("28");
            case WEEK -> widestMonth(w, m -> "28 " + shortMonth(m));
            case MONTH -> widestMonth(w, TimeAxis::shortMonth);
            case YEAR -> widestYear(start, end, w);
        };
    }

    private static double widestMajorLabel(TickScale scale, double start, double end, ToDoubleFunction<String> w) {
        String year = StoryDate.formatYear(yearOf(start));
        return switch (scale.majorUnit) {
            case SECOND -> widestMonth(w, m -> "28 " + StoryDate.monthName(m) + " " + year);
            case WEEK, MONTH -> widestMonth(w, m -> StoryDate.monthName(m) + " " + year);
            case YEAR -> widestYear(start, end, w);
        };
    }

    private static double widestMonth(ToDoubleFunction<String> w, java.util.function.IntFunction<String> label) {
        double widest = 0;
        for (int m = 1; m <= 12; m++) {
            widest = Math.max(widest, w.applyAsDouble(label.apply(m)));
        }
        return widest;
    }

    private static double widestYear(double start, double end, ToDoubleFunction<String> w) {
        return Math.max(
                w.applyAsDouble(StoryDate.formatYear(yearOf(start))),
                w.applyAsDouble(StoryDate.formatYear(yearOf(end))));
    }

    private static List<AxisTick> ticks(
            TickUnit unit,
            long amount,
            boolean major,
            double start,
            double end,
            double width,
            ToDoubleFunction<String> labelWidth) {
        List<AxisTick> out = new ArrayList<>();
        double pixelsPerSecond = width / (end - start);
        for (long t : instants(unit, amount, start, end)) {
            String label = label(unit, amount, major, t);
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
                LocalDateTime first = utc(from);
                long index = Math.floorDiv(first.getYear() * 12L + first.getMonthValue() - 1, amount) * amount;
                for (long t = monthStart(index); t <= end && out.size() < MAX_TICKS; t = monthStart(index)) {
                    out.add(t);
                    index += amount;
                }
            }
            case YEAR -> {
                long year = yearOf(from);
                while (!isTickYear(year, amount)) {
                    year--;
                }
                for (long t = yearStart(year); t <= end && out.size() < MAX_TICKS; t = yearStart(year)) {
                    out.add(t);
                    do {
                        year++;
                    } while (!isTickYear(year, amount));
                }
            }
        }
        return out;
    }

    /** Round years as people count them: 100 and 200 after Christ, 100 BCE (astronomical -99) before. */
    private static boolean isTickYear(long year, long amount) {
        return year > 0 ? year % amount == 0 : (1 - year) % amount == 0;
    }

    private static String label(TickUnit unit, long amount, boolean major, long t) {
        LocalDateTime d = utc(t);
        String year = StoryDate.formatYear(d.getYear());
        return switch (unit) {
            case SECOND -> {
                if (major) {
                    yield d.getDayOfMonth() + " " + StoryDate.monthName(d.getMonthValue()) + " " + year;
                }
                yield amount < DAY
                        ? String.format(Locale.ROOT, "%02d:%02d", d.getHour(), d.getMinute())
                        : Integer.toString(d.getDayOfMonth());
            }
            case WEEK -> d.getDayOfMonth() + " " + shortMonth(d.getMonthValue());
            case MONTH -> major ? StoryDate.monthName(d.getMonthValue()) + " " + year : shortMonth(d.getMonthValue());
            case YEAR -> year;
        };
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

    private static String shortMonth(int month) {
        return Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private static LocalDateTime utc(long epochSecond) {
        return LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
    }

    private static long yearOf(double epochSecond) {
        return utc((long) Math.floor(epochSecond)).getYear();
    }

    private static long monthStart(long monthIndex) {
        return LocalDateTime.of((int) Math.floorDiv(monthIndex, 12), (int) Math.floorMod(monthIndex, 12) + 1, 1, 0, 0)
                .toEpochSecond(ZoneOffset.UTC);
    }

    private static long yearStart(long year) {
        return LocalDateTime.of((int) year, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    }
}
