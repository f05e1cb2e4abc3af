package app.counterpoint.viewmodel.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.ColorPalette;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shape each topic or side is given beside its colour: a pure function of its position in the story's list. */
class MarkerShapeTest {

    @Test
    void theFirstTopicsEachHaveAShapeOfTheirOwn() {
        Set<MarkerShape> seen = new HashSet<>();
        for (int i = 0; i < MarkerShape.DISTINCT; i++) {
            assertTrue(seen.add(MarkerShape.forIndex(i)), "topic " + i + " has a shape none before it has");
        }
        assertTrue(MarkerShape.DISTINCT >= 8, "at least as many shapes as the palette has colours");
    }

    @Test
    void aPositionAlwaysGetsTheSameShapeAndTheShapesCycle() {
        for (int i = 0; i < 40; i++) {
            assertEquals(MarkerShape.forIndex(i), MarkerShape.forIndex(i), "stable");
            assertEquals(MarkerShape.forIndex(i), MarkerShape.forIndex(i + MarkerShape.DISTINCT), "cycles");
            assertNotEquals(MarkerShape.RING, MarkerShape.forIndex(i), "the ring is kept for events on no topic");
        }
        assertEquals(MarkerShape.CIRCLE, MarkerShape.forIndex(0), "the first topic keeps the familiar dot");
    }

    @Test
    void withTheDefaultPaletteNoTwoOfTheFirstSeventyTopicsShareColourAndShape() {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < 72; i++) {
            assertTrue(pairs.add(ColorPalette.colorFor(i) + MarkerShape.forIndex(i)), "topic " + i);
        }
    }

    @Test
    void everyPolygonIsCentredAndAboutTheCirclesSize() {
        for (MarkerShape shape : MarkerShape.values()) {
            double[] p = shape.unitPolygon();
            assertEquals(shape.round(), p.length == 0, shape + ": round or a polygon");
            double sx = 0;
            double sy = 0;
            for (int i = 0; i < p.length; i += 2) {
                double reach = Math.hypot(p[i], p[i + 1]);
                assertTrue(reach > 0.5 && reach < 1.45, shape + " stays within the selection ring: " + reach);
                sx += p[i];
                sy += p[i + 1];
            }
            if (p.length > 0) {
                assertEquals(0, sx / (p.length / 2.0), 1e-9, shape + " centred across");
                assertEquals(0, sy / (p.length / 2.0), 1e-9, shape + " centred up and down");
            }
            String path = shape.svgPath();
            assertTrue(path.startsWith("M ") && path.endsWith(" Z"), shape + ": " + path);
            assertTrue(shape.cssShape().startsWith("-fx-shape: \""), shape.cssShape());
        }
    }
}
