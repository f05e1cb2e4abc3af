package app.counterpoint.viewmodel;

import app.counterpoint.io.export.AtomicFile;
import app.counterpoint.io.export.StatementsCsvWriter;
import app.counterpoint.io.export.StoryWriter;
import app.counterpoint.io.export.TimelineJsExporter;
import app.counterpoint.model.Story;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The main window's saving plumbing: the open story is written on the background executor (atomically, by the
 * writers), the status line says so, and a failure is published for the view to show; a saved Counterpoint file
 * becomes the current file.
 */
final class StorySaving {

    /** One way of writing a story to a file. */
    private interface Write {
        void write(Story s) throws IOException;
    }

    private final MainViewModel main;
    private final Executor background;
    private final Executor ui;
    private final StoryWriter writer = new StoryWriter();
    private final TimelineJsExporter exporter = new TimelineJsExporter();
    private final ReadOnlyStringWrapper lastSaveError = new ReadOnlyStringWrapper(this, "lastSaveError");

    StorySaving(MainViewModel main, Executor background, Executor ui) {
        this.main = main;
        this.background = background;
        this.ui = ui;
    }

    /**
     * Saves the story as a Counterpoint file, which becomes the current file, then runs {@code onSaved} on the UI
     * executor once the file is safely written.
     */
    void save(Path file, Runnable onSaved) {
        write(file, true, s -> writer.write(s, file), onSaved);
    }

    /** Writes the story's events as a TimelineJS JSON file for publishing on the web. */
    void exportTimelineJs(Path file) {
        write(file, false, s -> exporter.write(s, file), () -> {});
    }

    /** Writes the story's statements as the statement CSV File › Open reads, to edit in a spreadsheet. */
    void exportStatementsCsv(Path file) {
        write(file, false, s -> AtomicFile.write(file, StatementsCsvWriter.toBytes(s)), () -> {});
    }

    /** @param onSuccess run on the UI executor once the file is written, e.g. to close the window after a save */
    private void write(Path file, boolean becomesCurrent, Write write, Runnable onSuccess) {
        Story s = main.storyProperty().get();
        if (s == null) {
            return;
        }
        long version = main.editor().version();
        String name = MainViewModel.displayName(file);
        main.setStatus("Saving " + name + "\u2026");
        background.execute(() -> {
            String error = null;
            try {
                write.write(s);
            } catch (IOException | RuntimeException e) {
                error = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            String failure = error;
            ui.execute(() -> {
                if (finishWrite(file, name, becomesCurrent, failure, version)) {
                    onSuccess.run();
                }
            });
        });
    }

    /** @param version the editor's version of the story written; it counts as saved now */
    private boolean finishWrite(Path file, String name, boolean becomesCurrent, String error, long version) {
        main.updateStatus();
        if (error != null) {
            lastSaveError.set(null); // the same message twice must still reach listeners
            lastSaveError.set(name + " could not be saved: " + error + ". Any file already there is unchanged.");
            return false;
        }
        lastSaveError.set(null);
        if (becomesCurrent) {
            main.setCurrentFile(file);
            main.setStoryName(name);
            main.editor().markSaved(version);
        }
        main.setStatus("Saved " + name + " \u2014 " + main.statusProperty().get());
        return true;
    }

    /** Why the last save failed, or null. */
    ReadOnlyStringProperty lastSaveErrorProperty() {
        return lastSaveError.getReadOnlyProperty();
    }
}
