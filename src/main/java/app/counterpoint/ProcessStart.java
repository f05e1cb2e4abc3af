package app.counterpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When this process started, to the hundredth of a second. {@code ProcessHandle.info().startInstant()} is not
 * enough on Linux: it adds the process's start, counted since boot, to the boot time of {@code /proc/stat}, which
 * is truncated to whole seconds, so every figure measured from it came out too long by the same fraction of a
 * second (0.3 s on the machine this was found on). Both figures read here count from the boot instead.
 */
final class ProcessStart {

    /** Linux reports process times in USER_HZ ticks, which is 100 on every architecture it runs on. */
    private static final int TICKS_PER_SECOND = 100;

    private ProcessStart() {}

    /**
     * The start of this process: from {@code /proc} on Linux, else from the process handle, else now. A window
     * started by {@link StartupArchive} counts from the start of the JVM that started it, which is what the user
     * started.
     */
    static Instant instant() {
        Long first = Long.getLong(StartupArchive.FIRST_START);
        if (first != null) {
            return Instant.ofEpochMilli(first);
        }
        Instant now = Instant.now();
        return linuxAge()
                .map(now::minus)
                .or(() -> ProcessHandle.current().info().startInstant())
                .orElse(now);
    }

    private static Optional<Duration> linuxAge() {
        try {
            return age(Files.readString(Path.of("/proc/self/stat")), Files.readString(Path.of("/proc/uptime")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * How long ago the process of {@code stat} (the text of {@code /proc/PID/stat}) started, given the text of
     * {@code /proc/uptime}; empty when either is not in the expected form.
     */
    static Optional<Duration> age(String stat, String uptime) {
        // the second field, the command name in parentheses, may itself hold spaces and parentheses
        int endOfName = stat.lastIndexOf(')');
        if (endOfName < 0) {
            return Optional.empty();
        }
        String[] fields = stat.substring(endOfName + 1).trim().split("\\s+");
        String[] up = uptime.trim().split("\\s+");
        // after the name come the fields from the third on; the start time is the 22nd
        if (fields.length < 20 || up.length < 1) {
            return Optional.empty();
        }
        try {
            long startTicks = Long.parseLong(fields[19]);
            long uptimeMillis = Math.round(Double.parseDouble(up[0]) * 1000);
            long age = uptimeMillis - startTicks * 1000 / TICKS_PER_SECOND;
            return age >= 0 ? Optional.of(Duration.ofMillis(age)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
