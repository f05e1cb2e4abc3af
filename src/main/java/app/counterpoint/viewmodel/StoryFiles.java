package app.counterpoint.viewmodel;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.export.AtomicFile;
import app.counterpoint.io.export.FileNotWrittenException;
import app.counterpoint.io.export.StatementsCsvWriter;
import app.counterpoint.io.export.StoryWriter;
import app.counterpoint.io.export.TimelineJsExporter;
import app.counterpoint.io.export.TourSlideshow;
import app.counterpoint.io.export.Worksheet;
import app.counterpoint.io.export.pdf.PdfWriter;
import app.counterpoint.io.json.ReadLimits;
import app.counterpoint.io.recovery.OwnLargeFiles;
import app.counterpoint.model.Story;
import app.counterpoint.model.Tour;
import app.counterpoint.viewmodel.compare.ComparisonFormat;
import app.counterpoint.viewmodel.export.HandoutPdf;
import app.counterpoint.viewmodel.export.HandoutViewModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the main window writes to files: the open story saved (on the background executor, atomically, by the
 * writers; the status line says so, a failure is published for the view to show, and a saved Counterpoint file
 * becomes the current file), its exports, and the exported images, pages and comparisons the views make.
 */
public final class StoryFiles {

    /** One way of writing a story to a file. */
    private interface Write {
        void write(Story s) throws IOException;
    }

    private final MainViewModel main;
    private final Executor background;
    private final Executor ui;
    private final StoryWriter writer;
    private final ReadOnlyStringWrapper lastSaveError = new ReadOnlyStringWrapper(this, "lastSaveError");

    /** Where the large story files saved are remembered as the app's own; null when none are. */
    private final OwnLargeFiles ownFiles;

    /**
     * @param limits   the window's read limits: a story it opened it can save, and open again
     * @param ownFiles where a saved story file larger than the default limit is remembered, so that the window opens
     *                 it again without a raised limit; null when none are, and files are kept within {@code limits}
     */
    StoryFiles(MainViewModel main, Executor background, Executor ui, ReadLimits limits, OwnLargeFiles ownFiles) {
        this.main = main;
        this.ownFiles = ownFiles;
        this.writer = ownFiles == null ? new StoryWriter(limits) : new StoryWriter(limits, ReadLimits.HIGHEST);
        this.background = background;
        this.ui = ui;
    }

    /**
     * Saves the story to the file it was opened from or last saved to.
     *
     * @return false when there is no such file (a bundled or imported story); the view then asks where to save
     */
    public boolean save() {
        Path file = main.currentFileProperty().get();
        if (file == null || main.storyProperty().get() == null) {
            return false;
        }
        save(file);
        return true;
    }

    /** Saves the story as a Counterpoint file (atomically), which becomes the current file. */
    public void save(Path file) {
        save(file, () -> {});
    }

    /** As {@link #save(Path)}, then runs {@code onSaved} on the UI executor once the file is safely written. */
    public void save(Path file, Runnable onSaved) {
        write(
                file,
                true,
                s -> {
                    writer.write(s, file);
                    if (ownFiles != null) {
                        ownFiles.remember(file);
                    }
                },
                onSaved);
    }

    /** "Save the changes to syria.json?": the question asked before unsaved changes would be lost. */
    public String unsavedQuestion() {
        return main.language().get("unsaved.question", main.storyNameProperty().get());
    }

    /** Writes the story's events as a TimelineJS JSON file for publishing on the web. */
    public void exportTimelineJs(Path file) {
        TimelineJsExporter exporter = new TimelineJsExporter(main.language().dates());
        write(file, false, s -> exporter.write(s, file), () -> {});
    }

    /** Writes the story's statements as the statement CSV File › Open reads, to edit in a spreadsheet. */
    public void exportStatementsCsv(Path file) {
        write(file, false, s -> AtomicFile.write(file, StatementsCsvWriter.toBytes(s)), () -> {});
    }

    /** Writes the statement CSV template: its header row and two example rows. */
    public void writeSpreadsheetTemplate(Path file) throws IOException {
        AtomicFile.write(file, StatementsCsvWriter.template());
    }

    /**
     * Writes an exported file (an image, a handout page) all at once, so a failed export never leaves half a file.
     */
    public void writeExport(Path target, byte[] content) throws IOException {
        AtomicFile.write(target, content);
    }

    /** Writes the "Who said it?" worksheet of {@code tour} as a PDF, with its answers on a page of their own. */
    public void exportWorksheet(Path target, Tour tour) throws IOException {
        Story story = openStory();
        AtomicFile.write(
                target,
                new PdfWriter().write(Worksheet.of(story, tour, main.language().dates())));
    }

    /** Writes the comparison handout (what Print Handout prints) of the events shown now as a PDF. */
    public void exportHandoutPdf(Path target) throws IOException {
        HandoutViewModel handout = main.handout();
        if (handout.isEmpty()) {
            throw new FileNotWrittenException(LocalText.of("problem.write.noStory"));
        }
        byte[] pdf = new PdfWriter().write(HandoutPdf.of(handout));
        AtomicFile.write(target, pdf);
    }

    /** Writes {@code tour} as a self-contained HTML slideshow (one file, no network, arrow keys to step). */
    public void exportSlideshow(Path target, Tour tour) throws IOException {
        Story story = openStory();
        AtomicFile.write(
                target, TourSlideshow.html(story, tour, main.language().dates()).getBytes(StandardCharsets.UTF_8));
    }

    private Story openStory() throws FileNotWrittenException {
        Story story = main.storyProperty().get();
        if (story == null) {
            throw new FileNotWrittenException(LocalText.of("problem.write.noStory"));
        }
        return story;
    }

    /** What the window says when an export to {@code target} failed: the file and why, in the window's language. */
    public String exportFailure(Path target, Exception failure) {
        return main.language().get("file.saveFailed", target.toString(), reason(failure));
    }

    /** Why a write failed, in the window's language. */
    private String reason(Exception failure) {
        return FileNotWrittenException.reason(failure, main.language().getLanguage());
    }

    /** Writes the comparison shown now as Markdown or as a standalone HTML page. */
    public void exportComparison(Path target, boolean html) throws IOException {
        String text = main.comparison().asText(html ? ComparisonFormat.HTML : ComparisonFormat.MARKDOWN);
        AtomicFile.write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** @param onSuccess run on the UI executor once the file is written, e.g. to close the window after a save */
    private void write(Path file, boolean becomesCurrent, Write write, Runnable onSuccess) {
        Story s = main.storyProperty().get();
        if (s == null) {
            return;
        }
        long version = main.editor().version();
        String name = StoryLoading.displayName(file);
        main.setStatus(main.language().get("status.saving", name));
        background.execute(() -> {
            Exception error = null;
            try {
                write.write(s);
            } catch (IOException | RuntimeException e) {
                error = e;
            }
            Exception failure = error;
            ui.execute(() -> {
                if (finishWrite(file, name, becomesCurrent, failure, version)) {
                    onSuccess.run();
                }
            });
        });
    }

    /** @param version the editor's version of the story written; it counts as saved now */
    private boolean finishWrite(Path file, String name, boolean becomesCurrent, Exception error, long version) {
        main.updateStatus();
        if (error != null) {
            lastSaveError.set(null); // the same message twice must still reach listeners
            lastSaveError.set(main.language().get("save.couldNotSave", name, reason(error)));
            return false;
        }
        lastSaveError.set(null);
        if (becomesCurrent) {
            main.setCurrentFile(file);
            main.setStoryName(name);
            main.editor().markSaved(version);
        }
        main.setStatus(
                main.language().get("status.saved", name, main.statusProperty().get()));
        return true;
    }

    /** Why the last save failed, or null; the view shows it. */
    public ReadOnlyStringProperty lastSaveErrorProperty() {
        return lastSaveError.getReadOnlyProperty();
    }
}
