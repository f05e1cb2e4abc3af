package app.counterpoint.view.compare;

import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The ink of a coverage cell's count and shape, black or white, whichever has the higher WCAG contrast with the
 * cell's background as it is seen: the theme's paper under the side's colour at the cell's depth. White on a pale
 * side's deep cell (a yellow, a light blue) read at under 3:1, black on a dark side's at as little.
 */
final class CellInk {

    /** The style class of a cell whose background wants white ink; the others get {@link #DARK}. */
    static final String LIGHT = "light-ink";

    static final String DARK = "dark-ink";

    private CellInk() {}

    /** From now on the cell's ink follows its background, whenever its colour or the theme changes. */
    static void follow(Region cell) {
        cell.backgroundProperty().addListener((o, was, now) -> choose(cell, now));
        choose(cell, cell.getBackground());
    }

    private static void choose(Region cell, Background background) {
        Color seen = seen(background);
        if (seen == null) {
            return; // not styled yet
        }
        boolean light = contrast(Color.WHITE, seen) > contrast(Color.BLACK, seen);
        String wanted = light ? LIGHT : DARK;
        String other = light ? DARK : LIGHT;
        cell.getStyleClass().remove(other);
        if (!cell.getStyleClass().contains(wanted)) {
            cell.getStyleClass().add(wanted);
        }
    }

    /** The background's fills laid over each other on white, or null when it has none or one that is no colour. */
    static Color seen(Background background) {
        if (background == null || background.getFills().isEmpty()) {
            return null;
        }
        Color seen = Color.WHITE;
        for (BackgroundFill fill : background.getFills()) {
            if (!(fill.getFill() instanceof Color top)) {
                return null;
            }
            double a = top.getOpacity();
            seen = new Color(
                    top.getRed() * a + seen.getRed() * (1 - a),
                    top.getGreen() * a + seen.getGreen() * (1 - a),
                    top.getBlue() * a + seen.getBlue() * (1 - a),
                    1);
        }
        return seen;
    }

    /** WCAG's contrast ratio, from 1 (the same) to 21 (black on white). */
    static double contrast(Color a, Color b) {
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
