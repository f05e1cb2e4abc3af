package app.counterpoint.view.timeline.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Labels shortened by their measured width in the real fonts. */
@ExtendWith(ApplicationExtension.class)
class TextMeasurerTest {

    private static final String LONG = "Planned face-to-face meeting of both presidents at the G20 summit in Hamburg, "
            + "with a working lunch, a joint statement on Syria and questions from the press afterwards";
    private static final String ELLIPSIS = TextMeasurer.ELLIPSIS;

    private TextMeasurer text;

    @Start
    void start(Stage stage) {
        text = new TextMeasurer(15);
    }

    private <T> T onFx(java.util.concurrent.Callable<T> task) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, task);
    }

    @Test
    void aShortTitleThatFitsIsUntouched() {
        onFx(() -> {
            String title = "Missile strike";
            double width = text.width(title, false);
            assertSame(title, text.fit(title, false, width));
            assertSame(title, text.fit(title, false, width + 300));
            assertSame(title, text.fit(title, true, text.width(title, true)));
            return null;
        });
    }

    @Test
    void aLongTitleIsShortenedWithAnEllipsisToTheLongestBeginningThatFits() {
        onFx(() -> {
            for (boolean bold : new boolean[] {false, true}) {
                double whole = text.width(LONG, bold);
                for (double room = text.width(ELLIPSIS, bold); room < whole; room += 7) {
                    String cut = text.fit(LONG, bold, room);
                    String where = "room " + room + (bold ? " bold" : "") + ": " + cut;
                    assertTrue(cut.endsWith(ELLIPSIS), where);
                    String kept = cut.substring(0, cut.length() - 1);
                    assertTrue(LONG.startsWith(kept), where);
                    assertTrue(kept.isEmpty() || !Character.isWhitespace(kept.charAt(kept.length() - 1)), where);
                    assertTrue(text.width(cut, bold) <= room, where + " is " + text.width(cut, bold) + " wide");
                    // Nothing cut that would fit: one more character (past any spaces) would not.
                    int next = kept.length() + 1;
                    while (next < LONG.length() && Character.isWhitespace(LONG.charAt(next - 1))) {
                        next++;
                    }
                    assertTrue(text.width(LONG.substring(0, next) + ELLIPSIS, bold) > room, where);
                }
            }
            return null;
        });
    }

    @Test
    void tooLittleRoomLeavesTheEllipsisAloneOrNothing() {
        onFx(() -> {
            double ellipsis = text.width(ELLIPSIS, false);
            assertEquals(ELLIPSIS, text.fit(LONG, false, ellipsis));
            assertEquals("", text.fit(LONG, false, ellipsis - 1));
            assertEquals("", text.fit(LONG, false, 0));
            return null;
        });
    }

    @Test
    void rightToLeftTitlesAreShortenedWithinTheirRoomToo() {
        onFx(() -> {
            String hebrew = "\u05e9\u05d9\u05d7\u05ea \u05d8\u05dc\u05e4\u05d5\u05df \u05d1\u05d9\u05df "
                    + "\u05d4\u05e0\u05e9\u05d9\u05d0\u05d9\u05dd \u05e2\u05dc \u05e1\u05d5\u05e8\u05d9\u05d4 "
                    + "\u05d5\u05e2\u05dc \u05d8\u05e8\u05d5\u05e8";
            double whole = text.width(hebrew, false);
            for (double room = whole - 5; room > 20; room -= 13) {
                String cut = text.fit(hebrew, false, room);
                assertTrue(cut.endsWith(ELLIPSIS) && text.width(cut, false) <= room, room + ": " + cut);
                assertTrue(hebrew.startsWith(cut.substring(0, cut.length() - 1)), cut);
            }
            return null;
        });
    }

    @Test
    void aNewFontSizeMeasuresAgain() {
        onFx(() -> {
            double small = text.width(LONG, false);
            text.setFontSize(30);
            assertEquals(2 * small, text.width(LONG, false), small * 0.1);
            text.setFontSize(2);
            assertEquals(8, text.fontSize(), 0, "at least 8 pixels");
            return null;
        });
    }
}
