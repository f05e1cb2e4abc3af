package app.counterpoint.viewmodel.timeline;

import app.counterpoint.model.StoryDate;
import app.counterpoint.viewmodel.story.TimeExtent;
import java.util.Optional;

/**
 * How wide the timeline's window may grow and how far it may pan for one story: ten thousand years wide and a
 * hundred thousand years either side of 1970 for an ordinary story, further for one reaching into deep time, never
 * beyond the furthest year a story may use. Epoch seconds, as in {@link TimelineViewModel}.
 *
 * @param widestSpan the widest window
 * @param limit how far from 1970 the window may go either way
 */
record WindowReach(double widestSpan, double limit) {

    private static final double YEAR = FittedWindow.YEAR;
    /** The narrowest window: one minute (wider in deep time, where a double no longer tells seconds apart). */
    static final double MIN_SPAN_SECONDS = 60;
    /** The widest window of a story within ten thousand years: ten thousand years. */
    static final double MAX_SPAN_SECONDS = 10_000 * YEAR;
    /** Panning stops a hundred thousand years either side of 1970, or further for a story that reaches further. */
    private static final double LIMIT_SECONDS = 100_000 * YEAR;
    /** No window reaches beyond the furthest year a story may use. */
    private static final double DEEP_LIMIT_SECONDS = (StoryDate.MAX_YEAR + 1) * YEAR;
    /**
     * A window is at least this many times the spacing of doubles at its centre, so that at 13.8 billion years ago
     * (where doubles are 64 s apart) items still move smoothly: there the narrowest window is about twelve days.
     */
    private static final double LEAST_SPAN_IN_ULPS = 16_384;

    /** The reach of an ordinary story, or of none. */
    static final WindowReach ORDINARY = new WindowReach(MAX_SPAN_SECONDS, LIMIT_SECONDS);

    /** As far as the story's events reach: twice their span, at least ten millennia. */
    static WindowReach of(Optional<TimeExtent> extent) {
        return extent.map(x -> {
                    double span = (double) x.endExclusive() - x.start();
                    double widest = Math.min(Math.max(MAX_SPAN_SECONDS, 2 * span), 2 * DEEP_LIMIT_SECONDS);
                    double furthest = Math.max(Math.abs((double) x.start()), Math.abs((double) x.endExclusive()));
                    return new WindowReach(
                            widest, Math.min(Math.max(LIMIT_SECONDS, furthest + widest), DEEP_LIMIT_SECONDS));
                })
                .orElse(ORDINARY);
    }

    /** The narrowest window around {@code centre}. */
    static double leastSpanAt(double centre) {
        return Math.max(MIN_SPAN_SECONDS, Math.ulp(Math.abs(centre)) * LEAST_SPAN_IN_ULPS);
    }

    /** The span kept between the narrowest window at {@code centre} and the widest. */
    double clampSpan(double span, double centre) {
        double least = leastSpanAt(centre);
        if (!(span >= least)) {
            return least;
        }
        return Math.min(span, widestSpan);
    }

    /** The start that keeps a window of {@code span} within the limit. */
    double clampStart(double start, double span) {
        return Math.max(-limit, Math.min(start, limit - span));
    }
}
