package app.counterpoint.bench;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One cold read of a generated story in a fresh JVM, for profiling and for before/after timings of the reader:
 * {@code LoadProbe <events> <dir> [warm-up sizes…]}. The warm-up sizes are read six times each first, as the
 * timeline benchmark reads 1,000 and 10,000 events before the 100,000-event file. Prints the read time, the collector's share and
 * the reading thread's own processor time (less disturbed by other work on a shared machine).
 */
public final class LoadProbe {

    private LoadProbe() {}

    public static void main(String[] args) throws Exception {
        int events = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        StoryReader reader = new StoryReader();
        for (int i = 2; i < args.length; i++) {
            Path warmUp = story(dir, Integer.parseInt(args[i]));
            for (int n = 0; n < 6; n++) {
                reader.read(warmUp);
            }
        }
        Path file = story(dir, events);
        long gcBefore = gcMillis();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        LoadResult result = reader.read(file);
        long elapsed = System.nanoTime() - t0;
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        if (!result.isValid()) {
            throw new IllegalStateException(
                    "generated story is invalid: " + result.problems().get(0));
        }
        System.out.printf(
                "read %d events: %.0f ms (gc %d ms, reading thread's cpu %.0f ms)%n",
                events, elapsed / 1e6, gcMillis() - gcBefore, cpu / 1e6);
    }

    private static Path story(Path dir, int events) throws Exception {
        Path file = dir.resolve("story-" + events + ".json");
        if (!Files.exists(file)) {
            new StoryGenerator(events).write(events, file);
        }
        return file;
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }
}
