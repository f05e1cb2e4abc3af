package app.counterpoint.view;

import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/** Before unsaved changes would be lost (closing, quitting, opening another story): Save, Don't Save or Cancel. */
final class UnsavedChanges {

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

    /** Whether anything would be lost: an edit not saved to the file, or words typed in a statement's card. */
    boolean pending() {
        return viewModel.editor().isModified() || viewModel.editing().inline().isChanged();
    }

    /** Runs {@code action} at once when nothing is unsaved; else after the changes are saved or given up. */
    void then(Runnable action) {
        // words typed in a statement's card and not yet saved there are part of the changes: kept as one edit, or,
        // while a field is wrong, left on screen with its message and nothing closed over them
        if (viewModel.editing().inline().isChanged()
                && !viewModel.editing().inline().commit()) {
            return;
        }
        if (!viewModel.editor().isModified()) {
            action.run();
            return;
        }
        LanguageViewModel language = viewModel.language();
        // made in the language shown now: a button type's text is fixed once made
        ButtonType save = new ButtonType(language.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType(language.get("unsaved.dontSave"), ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.WARNING);
        ask.initOwner(stage);
        ask.setTitle(language.get("unsaved.title"));
        ask.setHeaderText(viewModel.files().unsavedQuestion());
        ask.setContentText(language.get("unsaved.lost"));
        ask.getButtonTypes().setAll(save, dontSave, ButtonType.CANCEL);
        // Cancel is JavaFX's own, which tests and Esc know; its word follows the window's language
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL))
                .setText(language.get("unsaved.cancel"));
        ask.getDialogPane().getStylesheets().setAll(stylesheets.get());
        ask.getDialogPane().setId("unsaved-changes");
        ask.showAndWait().ifPresent(answer -> {
            if (answer == save) {
                files.save(action);
            } else if (answer == dontSave) {
                action.run();
            }
        });
    }
}
