package app.counterpoint.settings;

/**
 * Where the main window opens: the bounds it had last time, or a default size centred, always moved and shrunk to
 * lie whole inside the screen's usable area (its visual bounds, without task bars). Without a window manager a
 * window larger than the screen would otherwise open partly off it, at negative coordinates; a window saved on a
 * larger screen, or on one since unplugged, would open out of reach.
 */
public final class WindowPlacement {

    /** The size a first start asks for, when the screen has room. */
    public static final double DEFAULT_WIDTH = 1280;

    public static final double DEFAULT_HEIGHT = 800;

    private WindowPlacement() {}

    /**
     * @param saved the bounds last time, or null on a first start
     * @param screenX the usable area of the screen the window goes on (for a saved window: the screen it was on, if
     *                that is still there; else the primary screen)
     * @return bounds inside that area; a saved window keeps its maximised state and divider
     */
    public static WindowBounds place(
            WindowBounds saved, double screenX, double screenY, double screenWidth, double screenHeight) {
        double width = Math.min(saved == null ? DEFAULT_WIDTH : saved.width(), screenWidth);
        double height = Math.min(saved == null ? DEFAULT_HEIGHT : saved.height(), screenHeight);
        double x = saved == null ? screenX + (screenWidth - width) / 2 : saved.x();
        double y = saved == null ? screenY + (screenHeight - height) / 2 : saved.y();
        x = Math.max(screenX, Math.min(x, screenX + screenWidth - width));
        y = Math.max(screenY, Math.min(y, screenY + screenHeight - height));
        return new WindowBounds(
                x,
                y,
                width,
                height,
                saved != null && saved.maximized(),
                saved == null ? Double.NaN : saved.timelineShare());
    }
}
