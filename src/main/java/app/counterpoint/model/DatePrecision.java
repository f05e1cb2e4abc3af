package app.counterpoint.model;

/**
 * How much of a date the story actually knows, coarsest first; kept so "2017-05" reads "May 2017", never "1 May
 * 2017", and "-13800000000" reads "13.8 billion years ago", never a year to the day.
 */
public enum DatePrecision {
    /** A round number of billions of years, as in deep time. */
    BILLION_YEARS(1_000_000_000L),
    /** A round number of millions of years: "540 million years ago". */
    MILLION_YEARS(1_000_000L),
    /** A round number of thousands of years: "c. 10,000 BCE". */
    THOUSAND_YEARS(1_000L),
    YEAR(1),
    MONTH(0),
    DAY(0),
    MINUTE(0),
    SECOND(0);

    private final long years;

    DatePrecision(long years) {
        this.years = years;
    }

    /** The coarsest precision, where a search for the finest of several dates starts. */
    public static DatePrecision coarsest() {
        return BILLION_YEARS;
    }

    /** Whether this counts whole thousands, millions or billions of years. */
    public boolean isCoarserThanYear() {
        return years > 1;
    }

    /** The years one step of this precision covers (1 for a year), 0 for a month or finer. */
    public long years() {
        return years;
    }
}
