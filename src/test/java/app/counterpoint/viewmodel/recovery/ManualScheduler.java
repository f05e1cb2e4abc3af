package app.counterpoint.viewmodel.recovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduled executor on a clock the test moves: tasks handed over to run now run at once on the caller's thread;
 * tasks scheduled later run, in the order they are due, when {@link #advance} moves the clock past their time. So a
 * test of timing says how much time passes, and sleeps never.
 */
final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final class Scheduled extends FutureTask<Object> implements ScheduledFuture<Object> {
        final long due;
        final long order;

        Scheduled(Runnable task, long due, long order) {
            super(task, null);
            this.due = due;
            this.order = order;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - now, TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }
    }

    private final PriorityQueue<Scheduled> queue =
            new PriorityQueue<>(Comparator.comparingLong((Scheduled s) -> s.due).thenComparingLong(s -> s.order));
    private long now;
    private long order;
    private boolean shutdown;

    /** The clock, in nanoseconds. */
    long nanos() {
        return now;
    }

    /** Moves the clock on by {@code millis}, running every task that falls due on the way, each at its own time. */
    void advance(long millis) {
        long until = now + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!queue.isEmpty() && queue.peek().due <= until) {
            Scheduled next = queue.poll();
            now = Math.max(now, next.due);
            if (!next.isCancelled()) {
                next.run();
                rethrow(next);
            }
        }
        now = until;
    }

    /** How many tasks wait for their time, not counting cancelled ones. */
    int waiting() {
        return (int) queue.stream().filter(s -> !s.isCancelled()).count();
    }

    private static void rethrow(Scheduled task) {
        try {
            task.get();
        } catch (ExecutionException e) {
            throw new AssertionError("a scheduled task failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        if (shutdown) {
            throw new java.util.concurrent.RejectedExecutionException("shut down");
        }
        Scheduled task = new Scheduled(command, now + Math.max(0, unit.toNanos(delay)), order++);
        queue.add(task);
        return task;
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void execute(Runnable command) {
        if (shutdown) {
            throw new java.util.concurrent.RejectedExecutionException("shut down");
        }
        command.run();
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> left = new ArrayList<>(queue);
        queue.clear();
        return left;
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return shutdown;
    }
}
