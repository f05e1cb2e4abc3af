package app.counterpoint.view;

import app.counterpoint.view.export.HandoutPrinter;
import app.counterpoint.view.export.PngExporter;
import app.counterpoint.view.timeline.TimelineView;
import app.counterpoint.viewmodel.MainViewModel;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** What the File menu and drag and drop do: the file choosers, and the messages when saving or printing fails. */
final class FileActions {

    private final MainViewModel viewModel;
    private final Stage stage;
    private final TimelineView timeline;
    private final Supplier<List<String>> stylesheets;

    FileActions(MainViewModel viewModel, Stage stage, TimelineView timeline, Supplier<List<String>> stylesheets) {
        this.viewModel = viewModel;
        this.stage = stage;
        this.timeline = timeline;
        this.stylesheets = stylesheets;
    }

    void showExportError(Path target, IOException e) {
        Alert alert = new Alert(Alert.AlertType.ERROR, viewModel.files().exportFailure(target, e));
        alert.initOwner(stage);
        alert.show();
    }

    /** Writes a PNG of one part of the window; tells the user when it cannot. */
    void exportPng(Node part, double scale, Path target) {
        try {
            viewModel.files().writeExport(target, PngExporter.encode(PngExporter.snapshot(part, scale)));
        } catch (IOException e) {
            showExportError(target, e);
        }
    }

    void printHandout() {
        String problem = HandoutPrinter.print(viewModel, PngExporter.snapshot(timeline, 2), stylesheets.get(), stage);
        if (problem != null) {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, problem);
            alert.initOwner(stage);
            alert.show();
        }
    }

    void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text("file.open.title"));
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(text("file.filter.storiesAndTimelines"), "*.json", "*.csv"),
                        new FileChooser.ExtensionFilter(text("file.filter.stories"), "*.json"),
                        new FileChooser.ExtensionFilter(text("file.filter.sheets"), "*.csv"),
                        new FileChooser.ExtensionFilter(text("file.filter.all"), "*.*"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            viewModel.open(file.toPath());
        }
    }

    void chooseAndSave() {
        chooseAndSave(() -> {});
    }

    /** @return false when the user closed the chooser without a file */
    boolean chooseAndSave(Runnable onSaved) {
        File file = chooseTarget(text("file.save.title"), text("file.filter.stories"), suggestedName(""));
        if (file != null) {
            viewModel.files().save(file.toPath(), onSaved);
        }
        return file != null;
    }

    /** Saves where the story came from, or asks where; then {@code onSaved}. False when nothing is saved. */
    boolean save(Runnable onSaved) {
        Path current = viewModel.currentFileProperty().get();
        if (current != null) {
            viewModel.files().save(current, onSaved);
            return true;
        }
        return chooseAndSave(onSaved);
    }

    void chooseAndExportStatements() {
        File file = chooseCsv(
                text("file.exportCsv.title"), suggestedName("-statements").replaceAll("\\.json$", ".csv"));
        if (file != null) {
            viewModel.files().exportStatementsCsv(file.toPath());
        }
    }

    void chooseAndWriteTemplate() {
        File file = chooseCsv(text("file.template.title"), "statements-template.csv");
        if (file != null) {
            try {
                viewModel.files().writeSpreadsheetTemplate(file.toPath());
            } catch (IOException e) {
                showExportError(file.toPath(), e);
            }
        }
    }

    private File chooseCsv(String title, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text("file.filter.spreadsheet"), "*.csv"));
        chooser.setInitialFileName(name);
        return chooser.showSaveDialog(stage);
    }

    void chooseAndExport() {
        File file = chooseTarget(
                text("file.exportTimelineJs.title"), text("file.filter.timelineJs"), suggestedName("-timelinejs"));
        if (file != null) {
            viewModel.files().exportTimelineJs(file.toPath());
        }
    }

    private String text(String key) {
        return viewModel.language().get(key);
    }

    private File chooseTarget(String title, String description, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*.json"));
        chooser.setInitialFileName(name);
        Path current = viewModel.currentFileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return chooser.showSaveDialog(stage);
    }

    /** "statements.csv" → "statements.json": the story's name with the suffix and a .json extension. */
    private String suggestedName(String suffix) {
        String name = viewModel.storyNameProperty().get();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name.isBlank() ? "story" : name;
        return stem + suffix + ".json";
    }
}
