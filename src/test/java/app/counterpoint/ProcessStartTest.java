package app.counterpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcessStartTest {

    /** A real /proc/PID/stat line with its start time (field 22) set to {@code ticks}. */
    private static String stat(String name, long ticks) {
        return "4242 (" + name + ") S 1 4242 4242 0 -1 4194560 1041 0 0 0 12 3 0 0 20 0 1 0 " + ticks
                + " 10846208 1155 18446744073709551615 1 1 0 0 0 0 0 4096 16387 0 0 0 17 1 0 0 0 0 0\n";
    }

    @Test
    void ageIsUptimeLessTheStartTicks() {
        assertEquals(
                Optional.of(Duration.ofMillis(1230)), ProcessStart.age(stat("java", 870000), "8701.23 17000.10\n"));
    }

    @Test
    void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        assertEquals(Optional.of(Duration.ofMillis(500)), ProcessStart.age(stat("Java (main) 2", 1000), "10.50 3.00"));
    }

    @Test
    void textsOfAnotherFormGiveNothing() {
        assertEquals(Optional.empty(), ProcessStart.age("no parentheses here", "10.5 3"));
        assertEquals(Optional.empty(), ProcessStart.age("1 (short) S 1 2", "10.5 3"));
        assertEquals(Optional.empty(), ProcessStart.age(stat("java", 1000), "soon"));
        assertEquals(Optional.empty(), ProcessStart.age(stat("java", 99999), "10.5 3"));
    }

    @Test
    void thisProcessStartedInThePast() {
        Instant start = ProcessStart.instant();
        assertTrue(!start.isAfter(Instant.now()));
        assertTrue(start.isAfter(Instant.now().minus(Duration.ofDays(1))));
    }
}
