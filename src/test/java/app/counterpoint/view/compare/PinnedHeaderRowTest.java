package app.counterpoint.view.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How far the pinned header row moves, without a toolkit. */
class PinnedHeaderRowTest {

    @Test
    void staysPutUntilTheViewportTopPassesTheRow() {
        assertEquals(0, PinnedHeaderRow.offset(0, 40, 500));
        assertEquals(0, PinnedHeaderRow.offset(40, 40, 500));
    }

    @Test
    void followsTheViewportTopOnceRowsPassUnderIt() {
        assertEquals(260, PinnedHeaderRow.offset(300, 40, 500));
    }

    @Test
    void stopsWhereItsBottomMeetsTheEndOfTheTable() {
        assertEquals(500, PinnedHeaderRow.offset(900, 40, 500));
        assertEquals(0, PinnedHeaderRow.offset(900, 40, -5), "a table no taller than its header never moves it");
    }
}
