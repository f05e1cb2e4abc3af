package app.counterpoint.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where the first window opens, on the screens classrooms have: never off screen, never larger than it. */
class WindowPlacementTest {

    @Test
    void aFirstStartOnAProjectorFitsItsScreenInsteadOfOpeningAtMinus128() {
        WindowBounds b = WindowPlacement.place(null, 0, 0, 1024, 768);
        assertEquals(new WindowBounds(0, 0, 1024, 768, false), b);
    }

    @Test
    void aFirstStartOnALargeScreenIsCentredAtTheDefaultSize() {
        WindowBounds b = WindowPlacement.place(null, 0, 0, 1920, 1040);
        assertEquals(new WindowBounds(320, 120, 1280, 800, false), b);
    }

    @Test
    void theScreensOwnAreaCountsAPanelAtTheTopOrASecondScreenToTheRight() {
        WindowBounds b = WindowPlacement.place(null, 1920, 32, 1366, 736);
        assertEquals(new WindowBounds(1963, 32, 1280, 736, false), b);
    }

    @Test
    void boundsSavedOnALargerScreenShrinkAndMoveOntoTheSmallerOne() {
        WindowBounds saved = new WindowBounds(600, 300, 1600, 1000, false, 0.35);
        WindowBounds b = WindowPlacement.place(saved, 0, 0, 1280, 720);
        assertEquals(new WindowBounds(0, 0, 1280, 720, false, 0.35), b, "the divider is kept too");
    }

    @Test
    void boundsThatFitStayWhereTheyWere() {
        WindowBounds saved = new WindowBounds(100, 50, 900, 600, true);
        assertEquals(saved, WindowPlacement.place(saved, 0, 0, 1366, 768));
    }

    @Test
    void aSharePastWhatAWindowCanShowIsNotUsed() {
        assertTrue(Double.isNaN(new WindowBounds(0, 0, 900, 600, false, 0.99).usableTimelineShare()));
        assertTrue(Double.isNaN(new WindowBounds(0, 0, 900, 600, false).usableTimelineShare()));
        assertEquals(0.3, new WindowBounds(0, 0, 900, 600, false, 0.3).usableTimelineShare());
        assertFalse(Double.isNaN(new WindowBounds(0, 0, 900, 600, false, 0.9).usableTimelineShare()));
    }
}
