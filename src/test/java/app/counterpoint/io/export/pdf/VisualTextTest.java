package app.counterpoint.io.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Lines put in the order their glyphs are drawn. */
class VisualTextTest {

    /**
     * An Arabic event's heading in an English window: the left-to-right mark DisplayDates.heading puts before the date keeps "12
     * March 2024" whole; it is dropped once the line is ordered, so no box is drawn. Found by looking at the worksheet.
     */
    @Test
    void aDirectionMarkOrdersTheDateAndIsNotDrawn() {
        String title = "\u0627\u062C\u062A\u0645\u0627\u0639";
        String marked = VisualText.visual(title + " \u00B7 \u200E12 March 2024", true);
        assertTrue(marked.startsWith("12 March 2024 \u00B7 "), marked);
        assertFalse(marked.contains("\u200E"), marked);
        String unmarked = VisualText.visual(title + " \u00B7 12 March 2024", true);
        assertTrue(unmarked.startsWith("March 2024 12"), "without the mark the bidi algorithm splits it: " + unmarked);
    }

    @Test
    void leftToRightTextLosesItsMarksOnly() {
        assertEquals("2 May 2017", VisualText.visual("2 May\u200E 2017", false));
    }
}
