package app.counterpoint.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * What every fuzz input must keep to besides not throwing: time linear in its size (a generous per-byte budget, so
 * the check never fails on a busy machine but does on a quadratic or a hang) and memory bounded by its size (bytes
 * allocated while handling it, counted by the JVM for this thread, so the check is exact rather than sampled).
 */
public final class FuzzBudget {

    /** A fixed allowance for warming up, class loading and collector pauses on a loaded two-core machine. */
    private static final long BASE_NANOS = 10_000_000_000L;

    private static final long NANOS_PER_BYTE = 20_000L;

    private static final long BASE_BYTES = 256L * 1024 * 1024;

    private static final long BYTES_PER_BYTE = 4_000L;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static final ClassLoadingMXBean CLASSES = ManagementFactory.getClassLoadingMXBean();

    private FuzzBudget() {}

    /**
     * Runs {@code work} on an input of {@code inputBytes} and checks its time and memory; returns its result. A run
     * that loaded classes (the first input down a new path: loading and instrumenting them allocates far more than
     * any input) is repeated, and the repeat is what counts.
     */
    public static <T> T within(int inputBytes, Supplier<T> work) {
        for (int run = 1; ; run++) {
            long loaded = CLASSES.getTotalLoadedClassCount();
            long thread = Thread.currentThread().getId();
            long allocatedBefore = THREADS.getThreadAllocatedBytes(thread);
            long start = System.nanoTime();
            T result = work.get();
            long nanos = System.nanoTime() - start;
            long allocated = THREADS.getThreadAllocatedBytes(thread) - allocatedBefore;
            if (CLASSES.getTotalLoadedClassCount() != loaded) {
                if (run < 4) {
                    continue; // measure again, now that the classes are there
                }
                return result; // still loading classes (lambdas made on first use): nothing fair to measure
            }
            long timeBudget = BASE_NANOS + NANOS_PER_BYTE * inputBytes;
            long memoryBudget = BASE_BYTES + BYTES_PER_BYTE * inputBytes;
            assertTrue(
                    nanos <= timeBudget,
                    () -> String.format(
                            "%,d bytes took %,d ms, more than the %,d ms budget",
                            inputBytes, nanos / 1_000_000, timeBudget / 1_000_000));
            assertTrue(
                    allocated <= memoryBudget,
                    () -> String.format(
                            "%,d bytes allocated %,d bytes, more than the %,d byte budget",
                            inputBytes, allocated, memoryBudget));
            return result;
        }
    }
}
