package app.counterpoint.view.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PanGlideTest {

    private static final double D = PanGlide.DURATION;

    @Test
    void aSlowReleaseDoesNotGlide() {
        assertTrue(PanGlide.after(0).isEmpty());
        assertTrue(PanGlide.after(PanGlide.MIN_SPEED * 0.9).isEmpty());
        assertTrue(PanGlide.after(-PanGlide.MIN_SPEED * 0.9).isEmpty());
        assertTrue(PanGlide.after(Double.NaN).isEmpty());
        assertTrue(PanGlide.after(PanGlide.MIN_SPEED).isPresent());
    }

    @Test
    void itStartsAtTheReleaseSpeedAndSlowsSmoothlyToAStopWithinHalfASecond() {
        PanGlide glide = PanGlide.after(1_500).orElseThrow();
        assertEquals(1_500, glide.velocityAt(0), 1e-9);
        assertEquals(0, glide.offsetAt(0), 1e-9);
        double previousSpeed = glide.velocityAt(0);
        double previousOffset = 0;
        for (double t = 0.01; t <= D + 0.2; t += 0.01) {
            double speed = glide.velocityAt(t);
            double offset = glide.offsetAt(t);
            assertTrue(speed <= previousSpeed && speed >= 0, "slows down, never backs up, at " + t);
            assertTrue(offset >= previousOffset, "moves on the way it was dragged, at " + t);
            // The offset is the integral of the speed: one small step of it matches the speed there.
            assertEquals((speed + previousSpeed) / 2 * 0.01, offset - previousOffset, 0.05, "at " + t);
            previousSpeed = speed;
            previousOffset = offset;
        }
        assertEquals(0, glide.velocityAt(D), 1e-9);
        assertTrue(glide.isOverAt(D) && !glide.isOverAt(D * 0.99));
        assertEquals(1_500 * D / 3, glide.offsetAt(D), 1e-9);
        assertEquals(glide.distance(), glide.offsetAt(10), 1e-9, "and stays where it stopped");
        assertTrue(glide.offsetAt(D / 4) > glide.distance() / 2, "most of the way early: it decelerates");
    }

    @Test
    void aLeftwardFlingGlidesLeftAndAWildOneIsCapped() {
        PanGlide left = PanGlide.after(-900).orElseThrow();
        assertTrue(left.offsetAt(0.2) < 0 && left.velocityAt(0.2) < 0);
        assertEquals(-900 * D / 3, left.distance(), 1e-9);
        PanGlide wild = PanGlide.after(-50_000).orElseThrow();
        assertEquals(-PanGlide.MAX_SPEED, wild.velocity(), 1e-9);
        assertFalse(wild.distance() < -PanGlide.MAX_SPEED * D / 3 - 1e-9);
    }
}
