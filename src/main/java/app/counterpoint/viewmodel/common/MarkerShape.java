package app.counterpoint.viewmodel.common;

import java.util.Locale;

/**
 * The shape that marks a topic or a side beside its colour, so that two of similar colour (or a reader who sees
 * colours poorly) still tell them apart. A topic's or side's shape follows only its position in the story's list:
 * it is stable and nothing in it is story-specific. Filled against outlined is not one of the variants: the topic
 * filter already draws a topic switched off as an outline.
 *
 * <p>The shapes are given for a circle of radius 1 round the centre, so a painter scales them to its marker radius
 * and a stylesheet draws the same outline through {@link #svgPath()} ({@code -fx-shape}).
 */
public enum MarkerShape {
    CIRCLE,
    SQUARE,
    TRIANGLE,
    DIAMOND,
    PENTAGON,
    HEXAGON,
    TRIANGLE_DOWN,
    STAR,
    CROSS,
    /** For an event on no topic: a ring, never given to a topic or side. */
    RING;

    /** The shapes given out in turn; nine, so with the eight colours of the palette a pair repeats only after 72. */
    private static final MarkerShape[] IN_TURN = {
        CIRCLE, SQUARE, TRIANGLE, DIAMOND, PENTAGON, HEXAGON, TRIANGLE_DOWN, STAR, CROSS
    };

    /** How many different shapes {@link #forIndex} gives before it repeats. */
    public static final int DISTINCT = IN_TURN.length;

    /** The shape of the topic or side at {@code index} (0-based) in the story's list; it cycles past the last. */
    public static MarkerShape forIndex(int index) {
        return IN_TURN[Math.floorMod(index, IN_TURN.length)];
    }

    /** Whether the shape is drawn as a round outline rather than a polygon. */
    public boolean round() {
        return this == CIRCLE || this == RING;
    }

    /** Whether the shape is drawn hollow: only the ring. */
    public boolean hollow() {
        return this == RING;
    }

    /**
     * The polygon's corners round a unit circle, x then y alternately; empty for a round shape. Each is sized to look
     * about as large as the circle: a square's corners reach a little past it, a triangle's further.
     */
    public double[] unitPolygon() {
        return switch (this) {
            case CIRCLE, RING -> new double[0];
            case SQUARE -> regular(4, 45, 1.22);
            case TRIANGLE -> regular(3, -90, 1.36);
            case TRIANGLE_DOWN -> regular(3, 90, 1.36);
            case DIAMOND -> regular(4, 0, 1.3);
            case PENTAGON -> regular(5, -90, 1.14);
            case HEXAGON -> regular(6, 0, 1.1);
            case STAR -> star(5, 1.38, 0.6);
            case CROSS -> cross(1.12, 0.4);
        };
    }

    /** The same outline as an SVG path on a unit circle, for {@code -fx-shape}. */
    public String svgPath() {
        if (round()) {
            return "M 1 0 A 1 1 0 1 1 -1 0 A 1 1 0 1 1 1 0 Z";
        }
        double[] p = unitPolygon();
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < p.length; i += 2) {
            path.append(i == 0 ? "M " : " L ").append(String.format(Locale.ROOT, "%.3f %.3f", p[i], p[i + 1]));
        }
        return path.append(" Z").toString();
    }

    /** The inline style that gives a Region this outline, e.g. a swatch beside a topic's name. */
    public String cssShape() {
        return "-fx-shape: \"" + svgPath() + "\";";
    }

    private static double[] regular(int corners, double firstAngle, double radius) {
        double[] p = new double[2 * corners];
        for (int i = 0; i < corners; i++) {
            double a = Math.toRadians(firstAngle + 360.0 * i / corners);
            p[2 * i] = radius * Math.cos(a);
            p[2 * i + 1] = radius * Math.sin(a);
        }
        return p;
    }

    private static double[] star(int points, double outer, double inner) {
        double[] p = new double[4 * points];
        for (int i = 0; i < 2 * points; i++) {
            double a = Math.toRadians(-90 + 180.0 * i / points);
            double r = i % 2 == 0 ? outer : inner * outer;
            p[2 * i] = r * Math.cos(a);
            p[2 * i + 1] = r * Math.sin(a);
        }
        return p;
    }

    /** A plus sign whose arms reach {@code reach} and are {@code 2 * half} wide. */
    private static double[] cross(double reach, double half) {
        double r = reach;
        double h = half;
        return new double[] {-h, -r, h, -r, h, -h, r, -h, r, h, h, h, h, r, -h, r, -h, h, -r, h, -r, -h, -h, -h};
    }
}
