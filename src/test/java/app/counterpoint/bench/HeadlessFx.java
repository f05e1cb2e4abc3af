package app.counterpoint.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;

/** The JavaFX toolkit for benchmark mains: the same headless pipeline as the tests (Monocle, software renderer). */
public final class HeadlessFx {

    private HeadlessFx() {}

    /** Starts the toolkit headless; call once, before anything JavaFX, and {@link Platform#exit()} at the end. */
    public static void start() throws InterruptedException, ExecutionException, TimeoutException {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
    }

    /** For a benchmark's main: starts the toolkit, runs {@code task} on the FX thread, and stops the toolkit. */
    public static void runThenExit(Runnable task) throws InterruptedException, ExecutionException, TimeoutException {
        start();
        try {
            call(() -> {
                task.run();
                return null;
            });
        } finally {
            Platform.exit();
        }
    }

    /** Runs {@code task} on the FX thread and waits (at most ten minutes) for its result or its failure. */
    public static <T> T call(Supplier<T> task) throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.MINUTES);
    }
}
