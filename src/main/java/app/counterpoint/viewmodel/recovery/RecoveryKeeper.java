package app.counterpoint.viewmodel.recovery;

import app.counterpoint.io.recovery.RecoveryStore;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.edit.StoryEditor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Keeps every unsaved change in the recovery folder: shortly after each change (well within two seconds) the story as
 * it is then is written, atomically, on a thread of its own, never the FX thread. Changes made while a write is on
 * its way are written next, the newest only. Once the story is saved (or undone back to what was saved) the slot is
 * emptied; a clean close removes it.
 */
public final class RecoveryKeeper implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RecoveryKeeper.class.getName());

    /** How long after a change its story is written: a burst of typing costs one write. */
    static final long DELAY_MILLIS = 300;

    /** What to do next on the writing thread: keep a story, or empty the slot (story null). */
    private record Task(Story story, RecoveryStore.About about) {}

    private final RecoveryStore store;
    private final ScheduledExecutorService writer;
    private final StoryEditor editor;
    private final Supplier<String> name;
    private final Supplier<Path> file;
    private final Clock clock;

    private final AtomicReference<Task> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean closed;
    /** Touched by the writing thread only. */
    private RecoveryStore.Session session;

    private volatile long lastWriteNanos = -1;
    private volatile long writes;

    /**
     * @param writer the thread the files are written on
     * @param name   the story's name, read on the FX thread at each change
     * @param file   the file the story was opened from or last saved to, or null
     */
    public RecoveryKeeper(
            RecoveryStore store,
            ScheduledExecutorService writer,
            StoryEditor editor,
            Supplier<String> name,
            Supplier<Path> file,
            Clock clock) {
        this.store = store;
        this.writer = writer;
        this.editor = editor;
        this.name = name;
        this.file = file;
        this.clock = clock;
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
        latest.set(task);
        if (scheduled.compareAndSet(false, true)) {
            writer.schedule(this::writeLatest, DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void writeLatest() {
        scheduled.set(false);
        Task task = latest.getAndSet(null);
        if (task == null) {
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

    /** Waits until everything changed so far is written (or emptied); for a clean close and for tests. */
    public void flush() throws InterruptedException {
        var done = writer.submit(() -> {
            while (scheduled.get() || latest.get() != null) {
                writeLatest();
            }
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
        latest.set(null);
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
