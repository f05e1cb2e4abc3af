package app.counterpoint.bench;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import app.counterpoint.io.recovery.RecoveryStore;
import app.counterpoint.model.Story;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

/**
 * The recovery writes of a story, as the recovery thread makes them, in a fresh JVM: {@code RecoveryWriteProbe
 * <story.json> [writes]} reads the story with the real reader, then keeps it in a recovery slot (in a temporary
 * folder) {@code writes} times over (default 5), and prints for each write its wall time, the thread's own processor
 * time and the bytes it allocated, then the medians of the writes after the first. Run it in fresh JVMs with default
 * flags, before and after a change interleaved; the processor time and the allocation are far less disturbed by
 * other work on a shared machine than the wall time.
 */
public final class RecoveryWriteProbe {

    private RecoveryWriteProbe() {}

    public static void main(String[] args) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        int writes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        LoadResult read = new StoryReader().read(Path.of(args[0]));
        if (!read.isValid()) {
            throw new IllegalStateException("invalid story: " + read.problems().get(0));
        }
        Story story = read.story();
        read = null;
        Path folder = Files.createTempDirectory("counterpoint-recovery-probe");
        RecoveryStore store = new RecoveryStore(folder);
        double[] wall = new double[writes];
        double[] cpu = new double[writes];
        double[] allocated = new double[writes];
        long size = 0;
        try (RecoveryStore.Session session = store.openSession()) {
            for (int i = 0; i < writes; i++) {
                long t0 = System.nanoTime();
                long cpu0 = threads.getCurrentThreadCpuTime();
                long bytes0 = threads.getThreadAllocatedBytes(id);
                session.write(story, new RecoveryStore.About("probe.json", null, Instant.now()));
                wall[i] = (System.nanoTime() - t0) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
                allocated[i] = (threads.getThreadAllocatedBytes(id) - bytes0) / 1e6;
                try (var files = Files.list(folder)) {
                    size = files.filter(p -> p.toString().endsWith(".story.json"))
                            .mapToLong(p -> p.toFile().length())
                            .sum();
                }
                System.out.printf(
                        "write %d: %.0f ms (cpu %.0f ms), %.0f MB allocated%n", i + 1, wall[i], cpu[i], allocated[i]);
            }
        }
        System.out.printf(
                "%,d events, %,d statements, %.1f MB kept; after the first write, medians: %.0f ms (cpu %.0f ms),"
                        + " %.0f MB allocated%n",
                story.events().size(),
                story.statements().size(),
                size / 1e6,
                medianAfterFirst(wall),
                medianAfterFirst(cpu),
                medianAfterFirst(allocated));
        Files.deleteIfExists(folder);
    }

    private static double medianAfterFirst(double[] values) {
        if (values.length < 2) {
            return values[0];
        }
        double[] rest = Arrays.copyOfRange(values, 1, values.length);
        Arrays.sort(rest);
        return rest[rest.length / 2];
    }
}
