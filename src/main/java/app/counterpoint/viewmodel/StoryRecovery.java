package app.counterpoint.viewmodel;

import app.counterpoint.io.recovery.RecoveryStore;
import app.counterpoint.viewmodel.edit.StoryEditor;
import app.counterpoint.viewmodel.recovery.RecoveryKeeper;
import app.counterpoint.viewmodel.recovery.RecoveryOffer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The main window's side of recovery: the keeper that writes every change of the open story to the recovery store
 * on a thread of its own, the offer of what a crashed session left unsaved, and opening or forgetting that story.
 * Without a store (tests, tools) nothing is kept and nothing offered.
 */
public final class StoryRecovery {

    private static final System.Logger LOG = System.getLogger(StoryRecovery.class.getName());

    private final RecoveryStore store;
    private final RecoveryKeeper keeper;
    private final StoryLoading loads;
    private final Executor background;

    /**
     * @param store where unsaved changes are kept; null keeps none
     * @param name  the open story's name, for the slot
     * @param file  the file the open story saves to, for the slot; null for none
     */
    StoryRecovery(
            RecoveryStore store,
            StoryEditor editor,
            Supplier<String> name,
            Supplier<Path> file,
            StoryLoading loads,
            Executor background) {
        this.store = store;
        this.loads = loads;
        this.background = background;
        keeper = store == null
                ? null
                : new RecoveryKeeper(
                        store,
                        Executors.newSingleThreadScheduledExecutor(r -> {
                            Thread t = new Thread(r, "recovery-writer");
                            t.setDaemon(true);
                            return t;
                        }),
                        editor,
                        name,
                        file,
                        Clock.systemUTC(),
                        System::nanoTime);
    }

    /** The newest story a crashed or killed session left unsaved, with the question to ask; empty for none. */
    public Optional<RecoveryOffer> offer() {
        return store == null ? Optional.empty() : RecoveryOffer.find(store, ZoneId.systemDefault(), Instant.now());
    }

    /**
     * Opens the story of an offer, in the background like any file: it is shown as it was before the crash, counts as
     * unsaved, saves to the file it came from, and its slot is handed over to this session.
     */
    public void recover(RecoveryOffer offer) {
        RecoveryStore.About about = offer.slot().about();
        loads.load(
                about.name(),
                about.file(),
                (progress, cancelled) -> store.read(offer.slot()),
                () -> discard(offer),
                problems -> loads.reportFailure(about.name(), problems),
                true);
    }

    /** Forgets an offer's story, in the background: the user chose not to recover it. */
    public void decline(RecoveryOffer offer) {
        discard(offer);
    }

    private void discard(RecoveryOffer offer) {
        background.execute(() -> {
            try {
                store.discard(offer.slot());
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "A recovery slot could not be removed", e);
            }
        });
    }

    /** The app is closing and nothing is to be kept (saved, or the user chose not to): the recovery slot goes. */
    public void closeCleanly() {
        if (keeper != null) {
            try {
                keeper.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The app is closing with its changes unsaved, for the next start to offer back: what waits for a pause in the
     * editing is written now, before the process ends.
     */
    public void keepUnsavedNow() {
        if (keeper != null) {
            try {
                keeper.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What keeps the unsaved changes; null when nothing is kept. */
    public RecoveryKeeper keeper() {
        return keeper;
    }
}
