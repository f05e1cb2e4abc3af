package app.counterpoint.view.timeline.layout;

/**
 * A spacing of the axis: the step of its lower row and the coarser period of its upper row, finest first.
 */
public enum TickScale {
    MINUTE_1(TickUnit.SECOND, 60, TickUnit.SECOND, 86_400),
    MINUTE_5(TickUnit.SECOND, 300, TickUnit.SECOND, 86_400),
    MINUTE_15(TickUnit.SECOND, 900, TickUnit.SECOND, 86_400),
    MINUTE_30(TickUnit.SECOND, 1_800, TickUnit.SECOND, 86_400),
    HOUR_1(TickUnit.SECOND, 3_600, TickUnit.SECOND, 86_400),
    HOUR_3(TickUnit.SECOND, 10_800, TickUnit.SECOND, 86_400),
    HOUR_6(TickUnit.SECOND, 21_600, TickUnit.SECOND, 86_400),
    HOUR_12(TickUnit.SECOND, 43_200, TickUnit.SECOND, 86_400),
    DAY(TickUnit.SECOND, 86_400, TickUnit.MONTH, 1),
    WEEK(TickUnit.WEEK, 1, TickUnit.MONTH, 1),
    MONTH(TickUnit.MONTH, 1, TickUnit.YEAR, 1),
    QUARTER(TickUnit.MONTH, 3, TickUnit.YEAR, 1),
    YEAR_1(TickUnit.YEAR, 1, TickUnit.YEAR, 10),
    YEAR_2(TickUnit.YEAR, 2, TickUnit.YEAR, 10),
    YEAR_5(TickUnit.YEAR, 5, TickUnit.YEAR, 10),
    DECADE_1(TickUnit.YEAR, 10, TickUnit.YEAR, 100),
    DECADE_2(TickUnit.YEAR, 20, TickUnit.YEAR, 100),
    DECADE_5(TickUnit.YEAR, 50, TickUnit.YEAR, 100),
    CENTURY_1(TickUnit.YEAR, 100, TickUnit.YEAR, 1_000),
    CENTURY_2(TickUnit.YEAR, 200, TickUnit.YEAR, 1_000),
    CENTURY_5(TickUnit.YEAR, 500, TickUnit.YEAR, 1_000),
    MILLENNIUM_1(TickUnit.YEAR, 1_000, TickUnit.YEAR, 10_000),
    MILLENNIUM_2(TickUnit.YEAR, 2_000, TickUnit.YEAR, 10_000),
    MILLENNIUM_5(TickUnit.YEAR, 5_000, TickUnit.YEAR, 10_000),
    // deep time: the same 1-2-5 steps up to ten billion years, labelled in words beyond a hundred thousand years
    YEARS_10K(TickUnit.YEAR, 10_000, TickUnit.YEAR, 100_000),
    YEARS_20K(TickUnit.YEAR, 20_000, TickUnit.YEAR, 100_000),
    YEARS_50K(TickUnit.YEAR, 50_000, TickUnit.YEAR, 100_000),
    YEARS_100K(TickUnit.YEAR, 100_000, TickUnit.YEAR, 1_000_000),
    YEARS_200K(TickUnit.YEAR, 200_000, TickUnit.YEAR, 1_000_000),
    YEARS_500K(TickUnit.YEAR, 500_000, TickUnit.YEAR, 1_000_000),
    YEARS_1M(TickUnit.YEAR, 1_000_000, TickUnit.YEAR, 10_000_000),
    YEARS_2M(TickUnit.YEAR, 2_000_000, TickUnit.YEAR, 10_000_000),
    YEARS_5M(TickUnit.YEAR, 5_000_000, TickUnit.YEAR, 10_000_000),
    YEARS_10M(TickUnit.YEAR, 10_000_000, TickUnit.YEAR, 100_000_000),
    YEARS_20M(TickUnit.YEAR, 20_000_000, TickUnit.YEAR, 100_000_000),
    YEARS_50M(TickUnit.YEAR, 50_000_000, TickUnit.YEAR, 100_000_000),
    YEARS_100M(TickUnit.YEAR, 100_000_000, TickUnit.YEAR, 1_000_000_000),
    YEARS_200M(TickUnit.YEAR, 200_000_000, TickUnit.YEAR, 1_000_000_000),
    YEARS_500M(TickUnit.YEAR, 500_000_000, TickUnit.YEAR, 1_000_000_000),
    YEARS_1B(TickUnit.YEAR, 1_000_000_000, TickUnit.YEAR, 10_000_000_000L),
    YEARS_2B(TickUnit.YEAR, 2_000_000_000, TickUnit.YEAR, 10_000_000_000L),
    YEARS_5B(TickUnit.YEAR, 5_000_000_000L, TickUnit.YEAR, 10_000_000_000L),
    YEARS_10B(TickUnit.YEAR, 10_000_000_000L, TickUnit.YEAR, 100_000_000_000L),
    YEARS_20B(TickUnit.YEAR, 20_000_000_000L, TickUnit.YEAR, 100_000_000_000L),
    YEARS_50B(TickUnit.YEAR, 50_000_000_000L, TickUnit.YEAR, 100_000_000_000L);

    /** From this step on, years are labelled as "… years ago" rather than as BCE years. */
    static final long YEARS_AGO_FROM = 100_000;

    final TickUnit minorUnit;
    final long minorAmount;
    final TickUnit majorUnit;
    final long majorAmount;

    TickScale(TickUnit minorUnit, long minorAmount, TickUnit majorUnit, long majorAmount) {
        this.minorUnit = minorUnit;
        this.minorAmount = minorAmount;
        this.majorUnit = majorUnit;
        this.majorAmount = majorAmount;
    }

    /** The usual length of a lower-row step in seconds; months and years vary a little around it. */
    double minorSeconds() {
        return minorUnit.nominalSeconds * minorAmount;
    }

    double majorSeconds() {
        return majorUnit.nominalSeconds * majorAmount;
    }

    /** The coarsest scale, for a window too wide for any other. */
    static TickScale coarsest() {
        TickScale[] all = values();
        return all[all.length - 1];
    }

    /** Whether this scale labels its years in words, "540 million years ago". */
    boolean countsYearsAgo() {
        return minorUnit == TickUnit.YEAR && minorAmount >= YEARS_AGO_FROM;
    }
}
