package app.counterpoint.viewmodel.recovery;

import app.counterpoint.io.recovery.RecoveryStore;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.edit.StoryEditor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Keeps every unsaved change in the recovery folder: once the editing pauses ({@value #QUIET_MILLIS} ms after the last
 * change), and while it goes on without a pause at least every {@value #LONGEST_WAIT_MILLIS} ms, the story as it is
 * then is written, atomically, on a thread of its own, never the FX thread. A big story takes a good part of a second
 * to write, so a burst of typing or dragging costs one write, not one a keystroke. One thread writes, so two writes
 * never run at once, and each write takes the newest story there is: the last change is always the last written.
 * Once the story is saved (or undone back to what was saved) the slot is emptied at once; a clean close removes it,
 * and {@link #flush()} writes what is waiting without waiting for the pause.
 */
public final class RecoveryKeeper implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RecoveryKeeper.class.getName());

    /** How long the editing must pause before its story is written: a burst of edits costs one write. */
    static final long QUIET_MILLIS = 1_500;

    /** The longest a change waits while edits go on without a pause: nothing is more than a few seconds unkept. */
    static final long LONGEST_WAIT_MILLIS = 5_000;

    /** What to do next on the writing thread: keep a story, or empty the slot (story null). */
    private record Task(Story story, RecoveryStore.About about) {}

    private final RecoveryStore store;
    private final ScheduledExecutorService writer;
    private final StoryEditor editor;
    private final Supplier<String> name;
    private final Supplier<Path> file;
    private final Clock clock;
    private final LongSupplier nanoTime;

    /** Guards what is waiting to be written and the wake-up that will write it. */
    private final Object lock = new Object();
    /** The newest state not yet written, or null. */
    private Task latest;
    /** When the first and the last change of what waits were made (nanoTime). */
    private long firstChange;

    private long lastChange;
    /** The wake-up that will write it, and its number: a wake-up that is no longer the newest does nothing. */
    private ScheduledFuture<?> wakeUp;

    private long wakeUps;

    private volatile boolean closed;
    /** Touched by the writing thread only. */
    private RecoveryStore.Session session;

    private volatile long lastWriteNanos = -1;
    private volatile long writes;

    /**
     * @param writer   the one thread the files are written on
     * @param name     the story's name, read on the FX thread at each change
     * @param file     the file the story was opened from or last saved to, or null
     * @param clock    when a change was made, as the slot says
     * @param nanoTime the time the pauses are measured in ({@link System#nanoTime()}; the writer's clock in tests)
     */
    public RecoveryKeeper(
            RecoveryStore store,
            ScheduledExecutorService writer,
            StoryEditor editor,
            Supplier<String> name,
            Supplier<Path> file,
            Clock clock,
            LongSupplier nanoTime) {
        this.store = store;
        this.writer = writer;
        this.editor = editor;
        this.name = name;
        this.file = file;
        this.clock = clock;
        this.nanoTime = nanoTime;
        editor.storyProperty().addListener((o, old, now) -> changed());
        editor.modifiedProperty().addListener((o, old, now) -> changed());
    }

    /** Called on the FX thread whenever the story or its saved state changes. */
    private void changed() {
        if (closed) {
            return;
        }
        Story story = editor.getStory();
        Task task = editor.isModified() && story != null
                ? new Task(story, new RecoveryStore.About(name.get(), file.get(), Instant.now(clock)))
                : new Task(null, null);
        long now = nanoTime.getAsLong();
        synchronized (lock) {
            if (latest == null) {
                firstChange = now;
            }
            latest = task;
            lastChange = now;
            if (wakeUp == null || task.story() == null) {
                wakeUpAt(dueAt(), now);
            }
        }
    }

    /** When what waits is to be written: after the pause, or at the longest wait; an emptied slot at once. */
    private long dueAt() {
        if (latest.story() == null) {
            return lastChange;
        }
        return Math.min(
                lastChange + TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS),
                firstChange + TimeUnit.MILLISECONDS.toNanos(LONGEST_WAIT_MILLIS));
    }

    /** Schedules the one wake-up, replacing any earlier one. Called holding the lock. */
    private void wakeUpAt(long due, long now) {
        if (wakeUp != null) {
            wakeUp.cancel(false);
        }
        long number = ++wakeUps;
        wakeUp = writer.schedule(() -> wake(number), Math.max(0, due - now), TimeUnit.NANOSECONDS);
    }

    /** On the writing thread: writes what waits if it is due, else sleeps again until it is. */
    private void wake(long number) {
        Task task;
        synchronized (lock) {
            if (number != wakeUps || latest == null) {
                return;
            }
            wakeUp = null;
            long now = nanoTime.getAsLong();
            long due = dueAt();
            if (now < due) {
                wakeUpAt(due, now);
                return;
            }
            task = takeLatest();
        }
        perform(task);
    }

    /** What waits, now taken to be written. Called holding the lock. */
    private Task takeLatest() {
        Task task = latest;
        latest = null;
        if (wakeUp != null) {
            wakeUp.cancel(false);
            wakeUp = null;
        }
        wakeUps++;
        return task;
    }

    /** On the writing thread: keeps a story, or empties the slot. */
    private void perform(Task task) {
        if (task == null || closed) {
            return;
        }
        try {
            if (task.story() == null) {
                if (session != null) {
                    session.clear();
                }
                return;
            }
            if (session == null) {
                session = store.openSession();
            }
            long t0 = System.nanoTime();
            session.write(task.story(), task.about());
            lastWriteNanos = System.nanoTime() - t0;
            writes++;
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The unsaved changes could not be kept for recovery", e);
        }
    }

    /** How long the last write took, in nanoseconds; -1 before the first. For the benchmark. */
    public long lastWriteNanos() {
        return lastWriteNanos;
    }

    /** How many stories have been written so far. */
    public long writes() {
        return writes;
    }

    /**
     * Writes what waits now, without waiting for a pause, and returns once it is written (or emptied): for a window
     * that closes with changes unsaved, for the benchmark and for tests.
     */
    public void flush() throws InterruptedException {
        var done = writer.submit(() -> {
            Task task;
            synchronized (lock) {
                task = takeLatest();
            }
            perform(task);
        });
        try {
            done.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, "The recovery file could not be brought up to date", e);
        }
    }

    /** Ends cleanly (the user saved or chose not to): the slot goes, and the writing thread stops. */
    @Override
    public void close() throws InterruptedException {
        closed = true;
        synchronized (lock) {
            takeLatest();
        }
        var done = writer.submit(() -> {
            try {
                if (session != null) {
                    session.close();
                    session = null;
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "The recovery slot could not be removed", e);
            }
        });
        try {
            done.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, "The recovery slot could not be removed", e);
        }
        writer.shutdown();
    }
}
