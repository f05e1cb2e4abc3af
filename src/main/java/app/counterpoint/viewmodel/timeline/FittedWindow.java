package app.counterpoint.viewmodel.timeline;

import app.counterpoint.model.DatePrecision;

/**
 * The window that shows a stretch of time whole: a small margin before, a larger one after (labels sit to the right
 * of items), and never narrower than suits the precision the events are known to, so a lone day-dated event is
 * seen among its month rather than an hour wide. Epoch seconds, as in {@link TimelineViewModel}.
 */
final class FittedWindow {

    static final double DAY = 86_400;
    static final double YEAR = 365.2425 * DAY;

    /** Share of a fitted window left empty before the first event. */
    static final double MARGIN_BEFORE = 0.05;
    /** Share left after the last event; larger because labels sit to the right of items. */
    static final double MARGIN_AFTER = 0.15;

    private FittedWindow() {}

    /** The window's start and end around {@code first} to {@code last}. */
    static double[] around(long first, long last, DatePrecision precision) {
        double span = Math.max(last - first, 1);
        double start = first - span * MARGIN_BEFORE;
        double end = last + span * MARGIN_AFTER;
        double least = leastSpan(precision);
        if (end - start < least) {
            double pad = (least - (last - first)) / 2;
            start = first - pad;
            end = last + pad;
        }
        return new double[] {start, end};
    }

    /** The narrowest fitted window for events known to this precision: enough to see their neighbourhood. */
    static double leastSpan(DatePrecision precision) {
        return switch (precision) {
            case BILLION_YEARS, MILLION_YEARS, THOUSAND_YEARS -> 3 * precision.years() * YEAR;
            case YEAR -> 3 * YEAR;
            case MONTH -> 5 * YEAR / 12;
            case DAY -> 29 * DAY;
            case MINUTE -> 4 * 3600;
            case SECOND -> 20 * 60;
        };
    }
}
