package app.counterpoint.view;

import app.counterpoint.viewmodel.MainViewModel;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/** Before unsaved changes would be lost (closing, quitting, opening another story): Save, Don't Save or Cancel. */
final class UnsavedChanges {

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);

    private final MainViewModel viewModel;
    private final Stage stage;
    private final FileActions files;
    private final Supplier<List<String>> stylesheets;

    UnsavedChanges(MainViewModel viewModel, Stage stage, FileActions files, Supplier<List<String>> stylesheets) {
        this.viewModel = viewModel;
        this.stage = stage;
        this.files = files;
        this.stylesheets = stylesheets;
    }

    /** Runs {@code action} at once when nothing is unsaved; else after the changes are saved or given up. */
    void then(Runnable action) {
        if (!viewModel.editor().isModified()) {
            action.run();
            return;
        }
        Alert ask = new Alert(Alert.AlertType.WARNING);
        ask.initOwner(stage);
        ask.setTitle("Unsaved changes");
        ask.setHeaderText(viewModel.files().unsavedQuestion());
        ask.setContentText("Your changes are lost if you don't save them.");
        ask.getButtonTypes().setAll(SAVE, DONT_SAVE, ButtonType.CANCEL);
        ask.getDialogPane().getStylesheets().setAll(stylesheets.get());
        ask.getDialogPane().setId("unsaved-changes");
        ask.showAndWait().ifPresent(answer -> {
            if (answer == SAVE) {
                files.save(action);
            } else if (answer == DONT_SAVE) {
                action.run();
            }
        });
    }
}
