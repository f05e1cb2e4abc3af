package app.counterpoint.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.viewmodel.common.MarkerShape;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;

/** What a topic's swatch shows once styled: its outline and the colour it is filled with. */
public final class TopicSwatches {

    private TopicSwatches() {}

    /** The swatch's outline as an SVG path; fails if it has none (a plain rounded square or dot). */
    public static String shapeOf(Node swatch) {
        assertNotNull(swatch, "a topic's swatch");
        assertTrue(((Region) swatch).getShape() instanceof SVGPath, "the swatch has a shape of its own: " + swatch);
        return ((SVGPath) ((Region) swatch).getShape()).getContent();
    }

    /** Asserts the swatch is drawn as {@code shape}, filled in the topic's {@code color}. */
    public static void assertSwatch(Node swatch, MarkerShape shape, String color, String what) {
        assertEquals(shape.svgPath(), shapeOf(swatch), what + ": the topic's shape");
        Region region = (Region) swatch;
        assertNotNull(region.getBackground(), what + ": the swatch is filled");
        assertEquals(
                Color.web(color), region.getBackground().getFills().get(0).getFill(), what + ": the topic's colour");
    }
}
