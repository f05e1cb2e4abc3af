package app.counterpoint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A date's ISO text, now made without a Formatter, is what {@code String.format} gave, at every precision. */
class StoryDateIsoTextTest {

    @Test
    void everyPrecisionReadsBackAsTheFormattedText() {
        List<String> texts = new ArrayList<>();
        for (long year = -10_000; year <= 12_000; year += 7) {
            String y = year < 0
                    ? "-" + String.format(Locale.ROOT, "%04d", -year)
                    : year > 9999 ? "+" + year : String.format(Locale.ROOT, "%04d", year);
            int month = 1 + (int) Math.floorMod(year, 12);
            int day = 1 + (int) Math.floorMod(year, 28);
            int hour = (int) Math.floorMod(year, 24);
            int minute = (int) Math.floorMod(year * 7, 60);
            int second = (int) Math.floorMod(year * 13, 60);
            texts.add(y);
            texts.add(y + String.format(Locale.ROOT, "-%02d", month));
            texts.add(y + String.format(Locale.ROOT, "-%02d-%02d", month, day));
            texts.add(y + String.format(Locale.ROOT, "-%02d-%02dT%02d:%02d", month, day, hour, minute));
            texts.add(y + String.format(Locale.ROOT, "-%02d-%02dT%02d:%02d:%02dZ", month, day, hour, minute, second));
            texts.add(y + String.format(Locale.ROOT, "-%02d-%02dT%02d:%02d+05:30", month, day, hour, minute));
        }
        for (String text : texts) {
            assertEquals(text, StoryDate.parse(text).toIsoString());
        }
    }

    @Test
    void deepTimeAndApproximateYearsReadAsBefore() {
        // the texts the former String.format version gave for these
        assertEquals("-13800000000", StoryDate.ofYear(-13_800_000_000L, true).toIsoString());
        assertEquals("-65000000", StoryDate.ofYear(-65_000_000L, true).toIsoString());
        assertEquals("-3000~", StoryDate.ofYear(-3000, true).toIsoString());
        assertEquals("-0001", StoryDate.ofYear(-1, false).toIsoString());
    }
}
