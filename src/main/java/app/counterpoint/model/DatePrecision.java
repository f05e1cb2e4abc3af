package app.counterpoint.model;

/** How much of a date the story actually knows; kept so "2017-05" reads "May 2017", never "1 May 2017". */
public enum DatePrecision {
    YEAR,
    MONTH,
    DAY,
    MINUTE,
    SECOND
}
