package app.counterpoint.bench;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * One cold {@link PreparedStory#of} of a story file in a fresh JVM, as the loader thread runs it right after the read
 * on the user's path: {@code PrepareProbe <story.json>}. Prints the read's and the prepare's wall time, the thread's
 * own processor time and the bytes it allocated (both far less disturbed by other work on a shared machine than the
 * wall time). Run it in fresh JVMs with default flags, before and after a change interleaved.
 */
public final class PrepareProbe {

    private PrepareProbe() {}

    public static void main(String[] args) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long t0 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long bytes0 = threads.getThreadAllocatedBytes(id);
        LoadResult result = new StoryReader().read(Path.of(args[0]));
        long t1 = System.nanoTime();
        long cpu1 = threads.getCurrentThreadCpuTime();
        long bytes1 = threads.getThreadAllocatedBytes(id);
        if (!result.isValid()) {
            throw new IllegalStateException(
                    "invalid story: " + result.problems().get(0));
        }
        PreparedStory prepared = PreparedStory.of(result.story());
        long t2 = System.nanoTime();
        long cpu2 = threads.getCurrentThreadCpuTime();
        long bytes2 = threads.getThreadAllocatedBytes(id);
        System.out.printf(
                "read %.0f ms (cpu %.0f ms, %.0f MB allocated); prepare %.0f ms (cpu %.0f ms, %.0f MB allocated);"
                        + " %d events%n",
                (t1 - t0) / 1e6,
                (cpu1 - cpu0) / 1e6,
                (bytes1 - bytes0) / 1e6,
                (t2 - t1) / 1e6,
                (cpu2 - cpu1) / 1e6,
                (bytes2 - bytes1) / 1e6,
                prepared.eventsInTimeOrder().size());
    }
}
