package app.counterpoint.view;

import javafx.scene.paint.Color;

/** WCAG's contrast ratio between colours as seen, for tests that check a theme keeps marks and text readable. */
public final class Colours {

    private Colours() {}

    /** {@code top}, as far as it is opaque, laid over the opaque {@code under}. */
    public static Color over(Color top, Color under) {
        double a = top.getOpacity();
        return new Color(
                top.getRed() * a + under.getRed() * (1 - a),
                top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a),
                1);
    }

    /** From 1 (the same) to 21 (black on white). */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
