package app.counterpoint.bench;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import app.counterpoint.io.recovery.RecoveryStore;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.settings.SettingsStore;
import app.counterpoint.view.MainWindow;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.edit.DateMoves;
import app.counterpoint.viewmodel.edit.EditName;
import app.counterpoint.viewmodel.edit.EventEdits;
import app.counterpoint.viewmodel.edit.EventForms;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Editing a big story, the user's way: a fresh JVM opens a generated story of 100,000 events and 200,000 statements
 * with the real reader, shows it in the real main window (1280x800, headless) with the recovery folder kept, and
 * times, on the FX thread, an edit of the selected event's title and of its date, and an undo, each until every view
 * has caught up and the next frame is laid out and drawn (CSS and layout of the whole window, the timeline's canvas
 * painted). Then how many recovery writes those edits made, one recovery write of the edited story (on its own
 * thread: its time, processor time and allocation), and the heap an undo history of 1,000 edits adds.
 *
 * <pre>mvn -q -Pbench test-compile exec:exec -Dbench.main=app.counterpoint.bench.EditBenchmark</pre>
 */
public final class EditBenchmark {

    private static final int EVENTS = 100_000;
    /** Two statements an event: the 100,000/200,000 story the other big-story figures are measured on. */
    private static final int STATEMENTS_PER_EVENT = 2;

    private static final int RUNS = 30;
    private static final int WARM_UP = 10;

    private EditBenchmark() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        Path dir = Files.createTempDirectory("counterpoint-edit-bench");
        Path file = dir.resolve("story-" + EVENTS + ".json");
        new StoryGenerator(EVENTS).write(EVENTS, STATEMENTS_PER_EVENT, true, file);
        LoadResult read = new StoryReader().read(file);
        if (!read.isValid()) {
            throw new IllegalStateException(
                    "generated story is invalid: " + read.problems().get(0));
        }
        Story story = read.story();
        HeadlessFx.start();
        RecoveryStore recovery = new RecoveryStore(dir.resolve("recovery"));
        Parent[] window = new Parent[1];
        MainViewModel main = HeadlessFx.call(() -> {
            MainViewModel vm = new MainViewModel(
                    new StoryReader(),
                    Executors.newSingleThreadExecutor(),
                    Platform::runLater,
                    SettingsStore.none(),
                    recovery);
            vm.show(file.getFileName().toString(), story);
            Stage stage = new Stage();
            window[0] = new MainWindow(vm, stage);
            stage.setScene(new Scene(window[0], 1280, 800));
            stage.show();
            frame(window[0]);
            return vm;
        });
        out.printf(
                "edit benchmark, %,d events and %,d statements, median of %d after %d warm-up rounds%n",
                story.events().size(), story.statements().size(), RUNS, WARM_UP);
        double[] title = new double[RUNS];
        double[] date = new double[RUNS];
        double[] undo = new double[RUNS];
        long editingStarted = System.nanoTime();
        for (int i = 0; i < RUNS + WARM_UP; i++) {
            int run = i;
            double[] t = HeadlessFx.call(() -> oneRound(main, window[0], run));
            if (i < WARM_UP) {
                out.printf("  warm-up round %d: %.0f / %.0f / %.0f ms%n", i, t[0], t[1], t[2]);
            }
            if (i >= WARM_UP) {
                title[i - WARM_UP] = t[0];
                date[i - WARM_UP] = t[1];
                undo[i - WARM_UP] = t[2];
            }
        }
        out.printf("  edit a title, on screen:   %6.1f ms (max %.1f)%n", median(title), max(title));
        out.printf("  edit a date, on screen:    %6.1f ms (max %.1f)%n", median(date), max(date));
        out.printf("  undo, on screen:           %6.1f ms (max %.1f)%n", median(undo), max(undo));
        double editingSeconds = (System.nanoTime() - editingStarted) / 1e9;
        long editsMade = 3L * (RUNS + WARM_UP);
        long writesWhileEditing = main.recovery().keeper().writes();
        out.printf(
                "  recovery writes while editing: %d for %d edits in %.1f s of editing without a pause%n",
                writesWhileEditing, editsMade, editingSeconds);
        recoveryWrites(main, out);

        // the recovery file is written on its own thread after each change, from a whole serialised copy of the
        // story: a write in flight when the heap is measured counts its buffers (up to ~150 MB at 100,000 events)
        main.recovery().keeper().flush();
        long before = usedAfterGc();
        for (int chunk = 0; chunk < 20; chunk++) {
            int first = chunk * 50;
            HeadlessFx.call(() -> {
                for (int i = first; i < first + 50; i++) {
                    retitle(main, "Edited " + i);
                }
                return null;
            });
        }
        main.recovery().keeper().flush();
        long after = usedAfterGc();
        int depth = HeadlessFx.call(() -> main.editor().undoDepth());

        out.printf("  undo history of 1,000 edits: %+.1f MB (history depth %d)%n", (after - before) / 1e6, depth);
        Platform.exit();
        System.exit(0);
    }

    /**
     * Three recovery writes of the edited story, each made at once by a flush after one edit: per write, the wall
     * time, and the writing thread's own processor time and the bytes it allocated.
     */
    private static void recoveryWrites(MainViewModel main, PrintStream out) throws Exception {
        main.recovery().keeper().flush();
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long writerId = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("recovery-writer"))
                .findFirst()
                .orElseThrow()
                .getId();
        double[] wall = new double[3];
        double[] cpu = new double[3];
        double[] allocated = new double[3];
        for (int i = 0; i < wall.length; i++) {
            int n = i;
            HeadlessFx.call(() -> {
                retitle(main, "Kept " + n);
                return null;
            });
            long cpu0 = threads.getThreadCpuTime(writerId);
            long bytes0 = threads.getThreadAllocatedBytes(writerId);
            main.recovery().keeper().flush();
            wall[i] = main.recovery().keeper().lastWriteNanos() / 1e6;
            cpu[i] = (threads.getThreadCpuTime(writerId) - cpu0) / 1e6;
            allocated[i] = (threads.getThreadAllocatedBytes(writerId) - bytes0) / 1e6;
        }
        out.printf(
                "  a recovery write (own thread), median of 3: %.0f ms, cpu %.0f ms, %.0f MB allocated%n",
                median(wall), median(cpu), median(allocated));
    }

    /** Title edit, date edit, undo of the date edit: each until the window's next frame is laid out and drawn. */
    private static double[] oneRound(MainViewModel main, Parent root, int run) {
        double[] t = new double[3];
        long t0 = System.nanoTime();
        retitle(main, "Edited title " + run);
        frame(root);
        t[0] = ms(System.nanoTime() - t0);

        Story s = main.storyProperty().get();
        Event e = main.selectedEventProperty().get();
        long t1 = System.nanoTime();
        main.editor()
                .execute(EventEdits.change(
                        s,
                        e,
                        EventForms.withStart(e, DateMoves.moved(e.start(), 40 * 86_400)),
                        EditName.of("editName.event.move", e.title())));
        frame(root);
        t[1] = ms(System.nanoTime() - t1);

        long t2 = System.nanoTime();
        main.editor().undo();
        frame(root);
        t[2] = ms(System.nanoTime() - t2);
        return t;
    }

    private static void frame(Parent root) {
        root.applyCss();
        root.layout();
    }

    private static void retitle(MainViewModel main, String title) {
        Story s = main.storyProperty().get();
        Event e = main.selectedEventProperty().get();
        main.editor().execute(EventEdits.change(s, e, EventForms.withTitle(e, title)));
    }

    private static long usedAfterGc() throws Exception {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double median(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
