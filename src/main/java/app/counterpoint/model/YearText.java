package app.counterpoint.model;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Years as people write them: "2017", "44 BCE", and for deep time "13.8 billion years ago", "540 million years ago",
 * "c. 10,000 BCE". Ordinary years read exactly as they always have.
 */
public final class YearText {

    /** Beyond this many years from year 0, a year is told in millions or billions of years. */
    static final long DEEP = 1_000_000;

    private static final long MILLION = 1_000_000;
    private static final long BILLION = 1_000_000_000;

    private YearText() {}

    /** An astronomical year: 2017 stays "2017", 0 is "1 BCE", -43 "44 BCE"; beyond ±999,999 digits are grouped. */
    public static String year(long astronomicalYear) {
        long count = astronomicalYear <= 0 ? 1 - astronomicalYear : astronomicalYear;
        // grouped only where years of earlier versions never reached, so every ordinary year reads as it did
        String digits =
                Math.abs(astronomicalYear) > StoryDate.ORDINARY_MAX_YEAR ? grouped(count) : Long.toString(count);
        return astronomicalYear <= 0 ? digits + " BCE" : digits;
    }

    /**
     * A year kept to thousands, millions or billions of years: "13.8 billion years ago" for -13,800,000,000, "540
     * million years ago", "c. 10,000 BCE" for -9,999 or -10,000 to the thousand.
     */
    public static String coarse(long astronomicalYear, DatePrecision precision) {
        if (isCountedFromNow(astronomicalYear)) {
            long rounded = roundedYears(astronomicalYear, precision);
            String amount = rounded >= BILLION
                    ? decimal(rounded, BILLION) + " billion"
                    : decimal(rounded, MILLION) + " million";
            return astronomicalYear < 0 ? amount + " years ago" : amount + " years from now";
        }
        long rounded = roundedYears(astronomicalYear, precision);
        String digits = rounded >= 10_000 ? grouped(rounded) : Long.toString(rounded);
        return "c. " + digits + (astronomicalYear <= 0 ? " BCE" : "");
    }

    /**
     * Whether a coarse year is told as a number of years ago or from now ("540 million years ago") rather than as a
     * year about which ("c. 10,000 BCE").
     */
    public static boolean isCountedFromNow(long astronomicalYear) {
        return Math.abs(astronomicalYear) >= DEEP;
    }

    /**
     * The number a coarse year is told by, rounded to its precision: the years from year 0 when {@link
     * #isCountedFromNow counted from now} (13,800,000,000), else the year before or in the common era (10,000 for
     * -9,999 to the thousand).
     */
    public static long roundedYears(long astronomicalYear, DatePrecision precision) {
        long unit = Math.max(1, precision.years());
        if (isCountedFromNow(astronomicalYear)) {
            return roundTo(Math.abs(astronomicalYear), unit);
        }
        long count = astronomicalYear <= 0 ? 1 - astronomicalYear : astronomicalYear;
        long rounded = roundTo(count, unit);
        return rounded == 0 ? count : rounded;
    }

    /** A number of years as people say it: "900,000", "1.5 million", "13.8 billion". */
    public static String amount(long years) {
        if (years >= BILLION) {
            return decimal(years, BILLION) + " billion";
        }
        return years >= MILLION ? decimal(years, MILLION) + " million" : grouped(years);
    }

    private static long roundTo(long value, long unit) {
        return Math.floorDiv(value + unit / 2, unit) * unit;
    }

    private static String decimal(long value, long unit) {
        return BigDecimal.valueOf(value)
                .divide(BigDecimal.valueOf(unit))
                .stripTrailingZeros()
                .toPlainString();
    }

    static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
