package app.counterpoint.view.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.CivilCalendar;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** One zoomable axis from billions of years down to minutes: every scale reached, labels in words, none overlap. */
class DeepTimeAxisTest {

    private static final double YEAR = 365.2425 * 86_400;
    private static final double CHAR = 8;
    private static final ToDoubleFunction<String> MEASURE = s -> s.length() * CHAR;

    private static List<String> labels(List<AxisTick> ticks) {
        return ticks.stream().filter(AxisTick::hasLabel).map(AxisTick::label).toList();
    }

    private static double year(long y) {
        return CivilCalendar.yearStart(y);
    }

    @Test
    void theAgeOfTheUniverseReadsInBillionsOfYearsAgo() {
        AxisTicks axis = TimeAxis.compute(year(-14_500_000_000L), year(2_000), 1000, MEASURE);
        assertTrue(axis.scale().countsYearsAgo(), axis.scale().toString());
        List<String> all = new java.util.ArrayList<>(labels(axis.major()));
        all.addAll(labels(axis.minor()));
        assertTrue(all.contains("10 billion years ago"), all.toString());
        assertTrue(all.stream().allMatch(l -> l.endsWith(" years ago")), all.toString());
    }

    @Test
    void theCambrianReadsInMillionsOfYearsAgo() {
        AxisTicks axis = TimeAxis.compute(year(-560_000_000), year(-480_000_000), 1000, MEASURE);
        List<String> minor = labels(axis.minor());
        assertTrue(
                minor.contains("540 million years ago") || minor.contains("520 million years ago"), minor.toString());
        assertTrue(
                labels(axis.major()).contains("500 million years ago"),
                labels(axis.major()).toString());
    }

    @Test
    void theLastIceAgeReadsInGroupedBceYears() {
        AxisTicks axis = TimeAxis.compute(year(-60_000), year(-5_000), 1000, MEASURE);
        List<String> minor = labels(axis.minor());
        assertTrue(minor.contains("20,000 BCE") || minor.contains("10,000 BCE"), axis.scale() + " " + minor);
    }

    @Test
    void roundYearsAreComputedNotSteppedTo() {
        assertEquals(-99, TimeAxis.tickYearAtOrBefore(-99, 100));
        assertEquals(-199, TimeAxis.tickYearAtOrBefore(-100, 100));
        assertEquals(-99, TimeAxis.tickYearAtOrBefore(50, 100));
        assertEquals(200, TimeAxis.tickYearAtOrBefore(250, 100));
        assertEquals(100, TimeAxis.nextTickYear(-99, 100));
        assertEquals(-99, TimeAxis.nextTickYear(-199, 100));
        assertEquals(1, TimeAxis.nextTickYear(0, 1));
        assertEquals(-13_999_999_999L, TimeAxis.tickYearAtOrBefore(-13_800_000_000L, 1_000_000_000));
        assertEquals(-12_999_999_999L, TimeAxis.nextTickYear(-13_999_999_999L, 1_000_000_000));
    }

    /**
     * Zooming from twenty billion years to a minute, about the Big Bang, the dinosaurs and 2017: every scale of the
     * axis is used somewhere, each row's labels are clear of each other and few enough to draw quickly.
     */
    @Test
    void everyScaleFromBillionsOfYearsToMinutesIsReachedWithoutOverlap() {
        Set<TickScale> used = EnumSet.noneOf(TickScale.class);
        for (double centre : new double[] {year(-13_800_000_000L), year(-66_000_000), year(2017)}) {
            for (double span = 2e10 * YEAR; span >= 60; span /= 1.3) {
                double least = Math.ulp(Math.abs(centre)) * 16_384;
                if (span < least) {
                    break;
                }
                for (double width : new double[] {640, 1024, 1920}) {
                    AxisTicks axis = TimeAxis.compute(centre - span / 2, centre + span / 2, width, MEASURE);
                    String where = "centre " + centre + " span " + span + " width " + width + " " + axis.scale();
                    used.add(axis.scale());
                    assertClear(axis.major(), where);
                    assertClear(axis.minor(), where);
                    assertFalse(
                            labels(axis.minor()).isEmpty()
                                    && labels(axis.major()).isEmpty(),
                            where);
                    assertTrue(axis.minor().size() <= width / 10 + 2, where);
                }
            }
        }
        Set<TickScale> missing = EnumSet.allOf(TickScale.class);
        missing.removeAll(used);
        missing.removeAll(EnumSet.of(TickScale.YEARS_20B, TickScale.YEARS_50B)); // wider than any story
        assertEquals(Set.of(), missing, "scales never chosen");
    }

    private static void assertClear(List<AxisTick> row, String where) {
        double lastRight = Double.NEGATIVE_INFINITY;
        for (AxisTick tick : row) {
            if (tick.hasLabel()) {
                assertTrue(tick.labelX() >= lastRight, where + ": " + tick.label() + " overlaps " + labels(row));
                lastRight = tick.labelX() + tick.labelWidth();
            }
        }
    }
}
