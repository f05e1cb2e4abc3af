package app.counterpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpoint.io.json.ReadLimits;
import org.junit.jupiter.api.Test;

/** {@code counterpoint --max-size=400 big.json}: the window takes the raised limit, and only a sound one. */
class WindowMaxSizeTest {

    @Test
    void theWindowTakesTheLimitItWasStartedWith() {
        assertEquals(ReadLimits.DEFAULT, CounterpointApp.readLimits(null));
        assertEquals(400, CounterpointApp.readLimits("400").megabytes());
        assertEquals(ReadLimits.DEFAULT, CounterpointApp.readLimits("lots"), "a wrong value keeps the usual limit");
        assertEquals(ReadLimits.DEFAULT, CounterpointApp.readLimits("5000"));
    }
}
