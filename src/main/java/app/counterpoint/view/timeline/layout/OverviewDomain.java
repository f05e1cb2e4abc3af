package app.counterpoint.view.timeline.layout;

/**
 * The stretch of time the overview strip spans: the story's events with a margin either side, and at least a day.
 * Maps between epoch seconds and strip pixels; pure.
 */
public record OverviewDomain(double start, double end) {

    // Wide enough that the fitted window (which leaves room for labels) sits inside the strip.
    private static final double MARGIN = 0.2;
    private static final double LEAST_SPAN = 86_400;

    public static OverviewDomain around(double first, double last) {
        double span = Math.max(last - first, LEAST_SPAN);
        double middle = (first + last) / 2;
        double half = span * (0.5 + MARGIN);
        return new OverviewDomain(middle - half, middle + half);
    }

    public double span() {
        return end - start;
    }

    public double toX(double second, double width) {
        return (second - start) / span() * width;
    }

    public double toSecond(double x, double width) {
        return start + x / width * span();
    }
}
