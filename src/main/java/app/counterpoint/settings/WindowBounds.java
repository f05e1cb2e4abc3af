package app.counterpoint.settings;

/**
 * Where the main window was and how big, in screen coordinates, and how it was divided.
 *
 * @param timelineShare the part of the window's height below the filters that the timeline had, 0 to 1; NaN when
 *                      the user never moved the divider (the window then gives the timeline the height its rows
 *                      need)
 */
public record WindowBounds(double x, double y, double width, double height, boolean maximized, double timelineShare) {

    public WindowBounds(double x, double y, double width, double height, boolean maximized) {
        this(x, y, width, height, maximized, Double.NaN);
    }

    /** True when the numbers could describe a real window (a damaged setting may hold anything). */
    public boolean isPlausible() {
        return Double.isFinite(x)
                && Double.isFinite(y)
                && width >= 400
                && height >= 300
                && width <= 20_000
                && height <= 20_000;
    }

    /** The share the user chose, when it is one a window can show; else NaN. */
    public double usableTimelineShare() {
        return timelineShare >= 0.1 && timelineShare <= 0.9 ? timelineShare : Double.NaN;
    }

    /** These bounds with another timeline share. */
    public WindowBounds withTimelineShare(double share) {
        return new WindowBounds(x, y, width, height, maximized, share);
    }
}
