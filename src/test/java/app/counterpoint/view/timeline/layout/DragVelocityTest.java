package app.counterpoint.view.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DragVelocityTest {

    private static final long MS = 1_000_000;

    @Test
    void theSpeedIsTheAverageOverTheLastTenthOfASecond() {
        DragVelocity v = new DragVelocity();
        v.reset(0, 100);
        // Slowly at first (100 px/s), then fast (2,000 px/s) for the last 150 ms.
        for (int t = 10; t <= 500; t += 10) {
            v.add(t * MS, 100 + t * 0.1);
        }
        double x = 150;
        for (int t = 510; t <= 650; t += 10) {
            x += 20;
            v.add(t * MS, x);
        }
        assertEquals(2_000, v.velocityAt(655 * MS), 1e-6);
    }

    @Test
    void leftwardIsNegative() {
        DragVelocity v = new DragVelocity();
        v.reset(0, 500);
        for (int t = 8; t <= 80; t += 8) {
            v.add(t * MS, 500 - t * 3);
        }
        assertEquals(-3_000, v.velocityAt(81 * MS), 1e-6);
    }

    @Test
    void aPointerHeldStillBeforeReleaseWasNotFlung() {
        DragVelocity v = new DragVelocity();
        v.reset(0, 0);
        v.add(20 * MS, 100);
        v.add(40 * MS, 200);
        assertEquals(5_000, v.velocityAt(45 * MS), 1e-6);
        assertEquals(0, v.velocityAt(40 * MS + DragVelocity.STILL_NANOS + MS));
    }

    @Test
    void aPressWithoutMovementHasNoSpeed() {
        DragVelocity v = new DragVelocity();
        v.reset(5 * MS, 300);
        assertEquals(0, v.velocityAt(6 * MS));
        v.add(6 * MS, 300);
        assertEquals(0, v.velocityAt(7 * MS));
    }

    @Test
    void manyEventsKeepOnlyTheRecentOnes() {
        DragVelocity v = new DragVelocity();
        v.reset(0, 0);
        for (int t = 1; t <= 1_000; t++) {
            v.add(t * MS, t < 900 ? 0 : (t - 900) * 4.0);
        }
        // Only the last 32 events (31 ms) are kept: all at 4 px per ms.
        assertEquals(4_000, v.velocityAt(1_000 * MS), 1e-6);
    }
}
