package app.counterpoint.view.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class TimeAxisTickTest {

    private static final double CHAR = 8;
    private static final ToDoubleFunction<String> MEASURE = s -> s.length() * CHAR;

    private static double at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).toEpochSecond(ZoneOffset.UTC);
    }

    private static List<String> labels(List<AxisTick> ticks) {
        return ticks.stream().filter(AxisTick::hasLabel).map(AxisTick::label).toList();
    }

    @Test
    void tenDaysShowDaysUnderTheMonth() {
        AxisTicks axis = TimeAxis.compute(at(2017, 5, 2, 0, 0), at(2017, 5, 12, 0, 0), 900, MEASURE);
        assertEquals(TickScale.DAY, axis.scale());
        // "12" would start at the right edge, off the canvas
        assertEquals(List.of("2", "3", "4", "5", "6", "7", "8", "9", "10", "11"), labels(axis.minor()));
        assertEquals(List.of("May 2017"), labels(axis.major()));
        assertEquals(TimeAxis.LABEL_PAD, axis.major().get(0).labelX(), 1e-9, "month label sticks to the left edge");
    }

    @Test
    void theAxisWritesMonthsYearsAndDigitsAsTheWindowsLanguageDoes() {
        var german = new app.counterpoint.i18n.DisplayDates(
                app.counterpoint.i18n.Messages.of(app.counterpoint.i18n.Language.GERMAN));
        AxisTicks days = TimeAxis.compute(at(2017, 5, 2, 0, 0), at(2017, 5, 12, 0, 0), 900, MEASURE, german);
        assertEquals(List.of("Mai 2017"), labels(days.major()));
        AxisTicks hours = TimeAxis.compute(at(2017, 5, 2, 14, 0), at(2017, 5, 2, 16, 0), 900, MEASURE, german);
        assertEquals(List.of("2. Mai 2017"), labels(hours.major()));
        AxisTicks centuries = TimeAxis.compute(at(-1500, 1, 1, 0, 0), at(1500, 1, 1, 0, 0), 3000, MEASURE, german);
        assertTrue(
                labels(centuries.minor()).contains("200 v. Chr."),
                labels(centuries.minor()).toString());

        var arabic = new app.counterpoint.i18n.DisplayDates(
                app.counterpoint.i18n.Messages.of(app.counterpoint.i18n.Language.ARABIC));
        AxisTicks arabicDays = TimeAxis.compute(at(2017, 5, 2, 0, 0), at(2017, 5, 12, 0, 0), 900, MEASURE, arabic);
        assertEquals(List.of("مايو \u0662\u0660\u0661\u0667"), labels(arabicDays.major()));
        assertEquals("\u0662", labels(arabicDays.minor()).get(0));
    }

    @Test
    void dayTicksSitAtMidnightUtc() {
        AxisTicks axis = TimeAxis.compute(at(2017, 5, 2, 0, 0), at(2017, 5, 12, 0, 0), 1000, MEASURE);
        AxisTick third = axis.minor().get(1);
        assertEquals(at(2017, 5, 3, 0, 0), third.epochSecond());
        assertEquals(100, third.x(), 1e-9);
    }

    @Test
    void twoHoursShowQuarterHours() {
        AxisTicks axis = TimeAxis.compute(at(2017, 5, 2, 14, 0), at(2017, 5, 2, 16, 0), 900, MEASURE);
        assertEquals(TickScale.MINUTE_15, axis.scale());
        assertEquals(
                List.of("14:00", "14:15", "14:30", "14:45", "15:00", "15:15", "15:30", "15:45"), labels(axis.minor()));
        assertEquals(List.of("2 May 2017"), labels(axis.major()));
    }

    @Test
    void threeThousandYearsShowCenturiesWithBceLabels() {
        AxisTicks axis = TimeAxis.compute(at(-1500, 1, 1, 0, 0), at(1500, 1, 1, 0, 0), 3000, MEASURE);
        assertEquals(TickScale.CENTURY_1, axis.scale());
        List<String> minor = labels(axis.minor());
        assertTrue(minor.containsAll(List.of("200 BCE", "100 BCE", "100", "200")), minor.toString());
        assertFalse(minor.contains("0") || minor.contains("1 BCE"), "no year zero: " + minor);
        assertTrue(
                labels(axis.major()).containsAll(List.of("1000 BCE", "1000")),
                labels(axis.major()).toString());
    }

    @Test
    void narrowThreeThousandYearsUseCoarserCenturies() {
        AxisTicks axis = TimeAxis.compute(at(-1500, 1, 1, 0, 0), at(1500, 1, 1, 0, 0), 900, MEASURE);
        assertTrue(
                Set.of(TickScale.CENTURY_2, TickScale.CENTURY_5).contains(axis.scale()),
                axis.scale().toString());
        assertTrue(
                labels(axis.minor()).contains("500 BCE"), labels(axis.minor()).toString());
    }

    @Test
    void idesOfMarchYearReadsBce() {
        AxisTicks axis = TimeAxis.compute(at(-43, 1, 1, 0, 0), at(-43, 12, 31, 0, 0), 900, MEASURE);
        assertEquals(TickScale.MONTH, axis.scale());
        assertEquals(List.of("44 BCE"), labels(axis.major()));
        assertTrue(labels(axis.minor()).contains("Mar"));
    }

    @Test
    void aFewYearsShowMonthsOrQuarters() {
        AxisTicks axis = TimeAxis.compute(at(2016, 1, 1, 0, 0), at(2019, 1, 1, 0, 0), 900, MEASURE);
        assertTrue(
                Set.of(TickScale.MONTH, TickScale.QUARTER).contains(axis.scale()),
                axis.scale().toString());
        assertEquals(List.of("2016", "2017", "2018"), labels(axis.major()), "2019 begins at the right edge");
    }

    @Test
    void decadesDoNotRepeatTheUpperRowYear() {
        AxisTicks axis = TimeAxis.compute(at(1995, 1, 1, 0, 0), at(2025, 1, 1, 0, 0), 1200, MEASURE);
        assertEquals(TickScale.YEAR_2, axis.scale());
        assertTrue(labels(axis.major()).contains("2000"));
        assertFalse(labels(axis.minor()).contains("2000"));
        assertTrue(labels(axis.minor()).contains("2002"));
    }

    @Test
    void aFewWeeksShowWeeksStartingOnMonday() {
        AxisTicks axis = TimeAxis.compute(at(2017, 5, 1, 0, 0), at(2017, 7, 1, 0, 0), 700, MEASURE);
        assertEquals(TickScale.WEEK, axis.scale());
        assertTrue(
                labels(axis.minor()).containsAll(List.of("1 May", "8 May", "5 Jun")),
                labels(axis.minor()).toString());
    }

    @Test
    void aMinuteWindowShowsMinutes() {
        AxisTicks axis = TimeAxis.compute(at(2017, 5, 2, 14, 0), at(2017, 5, 2, 14, 5), 900, MEASURE);
        assertEquals(TickScale.MINUTE_1, axis.scale());
        assertEquals("14:01", labels(axis.minor()).get(1));
    }

    @Test
    void labelsNeverOverlapAtAnyScaleOrWidth() {
        Random random = new Random(42);
        double year = 365.2425 * 86_400;
        for (double width = 300; width <= 3000; width += 100) {
            for (double span = 60; span <= 10_000 * year; span *= 1.7) {
                double start = (random.nextDouble() - 0.5) * 4000 * year;
                AxisTicks axis = TimeAxis.compute(start, start + span, width, MEASURE);
                String where = "width " + width + " span " + span + " start " + start + " " + axis.scale();
                assertRowClear(axis.major(), where);
                assertRowClear(axis.minor(), where);
                assertFalse(
                        labels(axis.minor()).isEmpty() && labels(axis.major()).isEmpty(), where);
                assertTrue(axis.minor().size() <= width / 10, where);
            }
        }
    }

    private static void assertRowClear(List<AxisTick> row, String where) {
        double lastRight = Double.NEGATIVE_INFINITY;
        for (AxisTick tick : row) {
            if (tick.hasLabel()) {
                assertTrue(tick.labelX() >= lastRight, where + ": " + tick.label() + " overlaps " + labels(row));
                assertEquals(tick.label().length() * CHAR, tick.labelWidth(), 1e-9);
                lastRight = tick.labelX() + tick.labelWidth();
            }
        }
    }

    @Test
    void emptyOrInvertedWindowHasNoTicks() {
        AxisTicks axis = TimeAxis.compute(100, 100, 900, MEASURE);
        assertTrue(axis.major().isEmpty() && axis.minor().isEmpty());
    }

    /**
     * The period that began before the window keeps its label at the left edge while it fits there whole; when the
     * next period's label comes too close it gives way, never drawn partly off the canvas ("017" for "2017").
     */
    @Test
    void axisLabelsAreWholeOnTheCanvasWhilePanning() {
        double year = 365.2425 * 86_400;
        for (double span : new double[] {5 * year, 40 * year, 0.5 * year, 20 * 86_400}) {
            double from = at(2014, 3, 1, 0, 0);
            for (int step = 0; step < 400; step++) {
                double start = from + step * span / 300;
                AxisTicks axis = TimeAxis.compute(start, start + span, 1000, MEASURE);
                for (AxisTick tick : java.util.stream.Stream.concat(axis.major().stream(), axis.minor().stream())
                        .toList()) {
                    if (tick.hasLabel()) {
                        assertTrue(
                                tick.labelX() >= 0 && tick.labelX() + tick.labelWidth() <= 1000,
                                "span " + span + " step " + step + ": " + tick.label() + " at " + tick.labelX());
                    }
                }
                assertRowClear(axis.major(), "span " + span + " step " + step);
                assertTrue(
                        axis.major().stream().anyMatch(t -> t.hasLabel() && t.labelX() < 200),
                        "span " + span + " step " + step + ": a period is named near the left edge");
            }
        }
    }
}
