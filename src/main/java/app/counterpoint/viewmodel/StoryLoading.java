package app.counterpoint.viewmodel;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryFormat;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.io.problem.ValidationProblem;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The main window's loading plumbing: a file is read and prepared on the background executor, with progress, and
 * shown on the UI executor; a newer load or Cancel makes an older one's result count for nothing; a file that does
 * not open is reported and changes nothing else. {@link MainViewModel} says what to read and shows the result.
 */
final class StoryLoading {

    private static final System.Logger LOG = System.getLogger(StoryLoading.class.getName());

    /** How a load reads its file: reporting progress, asking whether to stop. */
    interface Read {
        LoadResult read(DoubleConsumer progress, BooleanSupplier cancelled);
    }

    private final MainViewModel main;
    private final StoryOpener opener;
    private final Executor background;
    private final Executor ui;

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper loadProgress =
            new ReadOnlyDoubleWrapper(this, "loadProgress", StoryOpener.INDETERMINATE);
    private final ReadOnlyObjectWrapper<LoadFailure> lastFailure = new ReadOnlyObjectWrapper<>(this, "lastFailure");
    private final ReadOnlyObjectWrapper<LoadTimes> lastLoadTimes = new ReadOnlyObjectWrapper<>(this, "lastLoadTimes");

    /** Counts loads on the UI thread; a result whose number is no longer current was cancelled or overtaken. */
    private long loadGeneration;

    private AtomicBoolean cancelCurrentLoad = new AtomicBoolean();

    StoryLoading(MainViewModel main, StoryOpener opener, Executor background, Executor ui) {
        this.main = main;
        this.opener = opener;
        this.background = background;
        this.ui = ui;
    }

    /** Opens a file in any format Counterpoint reads; its problems, if any, are reported. */
    void open(Path file) {
        open(file, () -> {}, problems -> reportFailure(displayName(file), problems));
    }

    /** Opens a file, remembered among the recent files once shown; its problems go to {@code onFailure}. */
    void open(Path file, Runnable afterShown, Consumer<LoadResult> onFailure) {
        String path = file.toAbsolutePath().toString();
        load(
                displayName(file),
                file,
                (progress, cancelled) -> opener.open(file, progress, cancelled),
                () -> {
                    main.settings().rememberOpened(path);
                    afterShown.run();
                },
                onFailure);
    }

    /** Opens a story shipped on the classpath; its problems, if any, are reported. */
    void openResource(String resource) {
        openResource(resource, () -> {}, problems -> reportFailure(resourceName(resource), problems));
    }

    void openResource(String resource, Runnable onSuccess, Consumer<LoadResult> onFailure) {
        load(
                resourceName(resource),
                null,
                (progress, cancelled) -> opener.openResource(resource),
                onSuccess,
                onFailure);
    }

    private static String resourceName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    /**
     * @param onSuccess run on the UI executor once the story is shown, e.g. to remember the file
     * @param onFailure run on the UI executor with the problems of a file that did not open (not when cancelled)
     */
    private void load(String name, Path file, Read read, Runnable onSuccess, Consumer<LoadResult> onFailure) {
        load(name, file, read, onSuccess, onFailure, false);
    }

    /** @param unsaved the story holds changes no file has (a recovered one): it counts as modified */
    void load(String name, Path file, Read read, Runnable onSuccess, Consumer<LoadResult> onFailure, boolean unsaved) {
        long generation = ++loadGeneration;
        cancelCurrentLoad.set(true);
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelCurrentLoad = cancelled;
        loading.set(true);
        loadProgress.set(StoryOpener.INDETERMINATE);
        main.setStatus(main.language().get("status.opening", name));
        DoubleConsumer progress = fraction -> ui.execute(() -> {
            if (generation == loadGeneration) {
                loadProgress.set(fraction);
            }
        });
        long started = System.nanoTime();
        background.execute(() -> {
            LoadResult result;
            PreparedStory prepared = null;
            long readEnd = 0;
            try {
                result = read.read(progress, cancelled::get);
                readEnd = System.nanoTime();
                if (result.isValid() && !cancelled.get()) {
                    prepared = PreparedStory.of(result.story()); // here, so that showing it costs the UI nothing
                }
            } catch (OutOfMemoryError e) {
                // the story being read or prepared is dropped with this frame; the one on screen stays
                prepared = null;
                result = StoryOpener.outOfMemory(name);
            } catch (RuntimeException e) {
                // the reader reports bad content as problems; this is a bug, shown rather than leaving "Opening…"
                LOG.log(System.Logger.Level.ERROR, "Opening " + name + " failed", e);
                result = LoadResult.invalid(
                        new ValidationProblem(name, 1, 1, main.language().get("failure.internal")));
            }
            LoadResult done = result;
            PreparedStory ready = prepared;
            long readAt = readEnd;
            long preparedAt = System.nanoTime();
            ui.execute(() -> {
                long takenUp = System.nanoTime();
                if (finishLoad(generation, file, done, ready, name, unsaved)) {
                    long shown = System.nanoTime();
                    lastLoadTimes.set(new LoadTimes(
                            name,
                            started,
                            readAt - started,
                            preparedAt - readAt,
                            takenUp - preparedAt,
                            shown - takenUp,
                            shown));
                    onSuccess.run();
                } else if (generation == loadGeneration) {
                    onFailure.accept(done);
                }
            });
        });
    }

    /**
     * @param prepared the story made ready to show; null only when the load failed or was cancelled (and a cancelled
     *                 load's generation is no longer current)
     * @return true when the story was shown
     */
    private boolean finishLoad(
            long generation, Path file, LoadResult result, PreparedStory prepared, String name, boolean unsaved) {
        if (generation != loadGeneration) {
            return false; // cancelled, or another file was opened meanwhile
        }
        loading.set(false);
        if (result.isValid()) {
            lastFailure.set(null);
            // only a Counterpoint file is saved back in place; an imported one is saved under a new name
            main.setCurrentFile(result.format() == StoryFormat.COUNTERPOINT ? file : null);
            main.show(name, prepared);
            if (unsaved) {
                main.editor().openUnsaved(prepared.story());
            }
            return true;
        }
        main.updateStatus();
        return false;
    }

    /**
     * Drops the load in progress, if any, and the last failure, for a story that is shown without loading (a new
     * one): a result that comes later counts for nothing.
     */
    void forget() {
        loadGeneration++;
        cancelCurrentLoad.set(true);
        loading.set(false);
        lastFailure.set(null);
    }

    /** Stops the load in progress: its result, whenever it comes, is dropped and the story shown stays. */
    void cancel() {
        if (!loading.get()) {
            return;
        }
        loadGeneration++;
        cancelCurrentLoad.set(true);
        loading.set(false);
        main.updateStatus();
        if (main.storyProperty().get() == null) {
            main.setStatus(main.language().get("status.openingCancelled"));
        }
    }

    /** The name a file goes by in the window title and in messages: its last part. */
    static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** Reports a file that did not open, saying what the window shows now. */
    void reportFailure(String name, LoadResult problems) {
        reportFailure(new LoadFailure(
                name,
                problems,
                main.storyProperty().get() == null
                        ? main.language().get("failure.noStory")
                        : main.language()
                                .get("failure.kept", main.storyNameProperty().get())));
    }

    /** Publishes a failure; the same failure twice is still told, as it is a second attempt. */
    void reportFailure(LoadFailure failure) {
        lastFailure.set(null);
        lastFailure.set(failure);
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty loadProgressProperty() {
        return loadProgress.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<LoadFailure> lastFailureProperty() {
        return lastFailure.getReadOnlyProperty();
    }

    /** Where the time of the last successful open went; the start-up log and the open benchmark print it. */
    ReadOnlyObjectProperty<LoadTimes> lastLoadTimesProperty() {
        return lastLoadTimes.getReadOnlyProperty();
    }
}
