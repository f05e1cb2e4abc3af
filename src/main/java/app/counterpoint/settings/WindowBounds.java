package app.counterpoint.settings;

/** Where the main window was and how big, in screen coordinates. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    /** True when the numbers could describe a real window (a damaged setting may hold anything). */
    public boolean isPlausible() {
        return Double.isFinite(x)
                && Double.isFinite(y)
                && width >= 400
                && height >= 300
                && width <= 20_000
                && height <= 20_000;
    }
}
