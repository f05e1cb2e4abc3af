package app.counterpoint.view;

import app.counterpoint.view.edit.EventDialog;
import app.counterpoint.view.edit.TourStepsWindow;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.edit.EditingViewModel;
import app.counterpoint.viewmodel.edit.StoryEditor;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/** The Edit menu: undo and redo named after what they undo, and the edits of events, sides, topics and sources. */
final class EditMenu {

    private final MainViewModel viewModel;
    private final EditingViewModel editing;
    private final Stage stage;
    private final Supplier<List<String>> stylesheets;
    private TourStepsWindow tourStepsWindow;

    EditMenu(MainViewModel viewModel, Stage stage, Supplier<List<String>> stylesheets) {
        this.viewModel = viewModel;
        this.editing = viewModel.editing();
        this.stage = stage;
        this.stylesheets = stylesheets;
    }

    Menu build() {
        StoryEditor editor = editing.editor();
        MenuItem undo = new MenuItem();
        undo.setId("undo");
        undo.textProperty().bind(editor.undoTextProperty());
        undo.disableProperty().bind(editor.canUndoProperty().not());
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undo.setOnAction(e -> editor.undo());
        MenuItem redo = new MenuItem();
        redo.setId("redo");
        redo.textProperty().bind(editor.redoTextProperty());
        redo.disableProperty().bind(editor.canRedoProperty().not());
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        redo.setOnAction(e -> editor.redo());

        MenuItem add = item("menu.edit.add");
        add.setId("add-event");
        add.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        add.setOnAction(e -> editing.newEvent().ifPresent(this::showEventForm));
        add.disableProperty().bind(viewModel.storyProperty().isNull());
        MenuItem edit = item("menu.edit.edit");
        edit.setId("edit-event");
        edit.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        edit.setOnAction(e -> editing.editSelected().ifPresent(this::showEventForm));
        MenuItem duplicate = item("menu.edit.duplicate");
        duplicate.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        duplicate.setOnAction(e -> editing.duplicateSelected());
        MenuItem delete = item("menu.edit.delete");
        delete.setId("delete-event");
        delete.setOnAction(e -> confirmDelete());
        for (MenuItem needsEvent : List.of(edit, duplicate, delete)) {
            needsEvent.disableProperty().bind(viewModel.selectedEventProperty().isNull());
        }
        MenuItem viewAsStep = item("menu.edit.addViewToTour");
        viewAsStep.setId("add-view-as-step");
        viewAsStep.setOnAction(e -> addViewAsStep());
        viewAsStep.disableProperty().bind(viewModel.selectedEventProperty().isNull());
        MenuItem tourSteps = item("menu.edit.tourSteps");
        tourSteps.setId("tour-steps");
        tourSteps.setOnAction(e -> showTourSteps());
        tourSteps.disableProperty().bind(viewModel.storyProperty().isNull());
        MenuItem sides = entries("menu.edit.sides", EntriesDialogs.Kind.SIDES);
        MenuItem topics = entries("menu.edit.topics", EntriesDialogs.Kind.TOPICS);
        MenuItem sources = entries("menu.edit.sources", EntriesDialogs.Kind.SOURCES);
        Menu menu = new Menu(
                "",
                null,
                undo,
                redo,
                new SeparatorMenuItem(),
                add,
                edit,
                duplicate,
                delete,
                new SeparatorMenuItem(),
                viewAsStep,
                tourSteps,
                new SeparatorMenuItem(),
                sides,
                topics,
                sources);
        menu.textProperty().bind(viewModel.language().text("menu.edit"));
        return menu;
    }

    /**
     * Adds the selected event, the one topic the filter shows (if only one) and the timeline's window as the last
     * step of a tour the teacher picks, or of a new one.
     */
    private void addViewAsStep() {
        List<app.counterpoint.model.Tour> tours = viewModel.tours();
        var language = viewModel.language();
        String newTour = language.get("tour.add.newTour");
        List<String> choices = new java.util.ArrayList<>();
        tours.forEach(t -> choices.add(t.title()));
        choices.add(newTour);
        int index = -1;
        if (!tours.isEmpty()) {
            javafx.scene.control.ChoiceDialog<String> pick =
                    new javafx.scene.control.ChoiceDialog<>(choices.get(tours.size() - 1), choices);
            pick.initOwner(stage);
            app.counterpoint.view.edit.FormDialogs.followOrientation(pick, stage);
            pick.setTitle(language.get("tour.add.title"));
            pick.setHeaderText(language.get("tour.add.header"));
            var chosen = pick.showAndWait();
            if (chosen.isEmpty()) {
                return;
            }
            index = choices.indexOf(chosen.get());
            if (index >= tours.size()) {
                index = -1;
            }
        }
        String title = null;
        if (index < 0) {
            javafx.scene.control.TextInputDialog name =
                    new javafx.scene.control.TextInputDialog(language.get("tour.new.defaultTitle"));
            name.initOwner(stage);
            app.counterpoint.view.edit.FormDialogs.followOrientation(name, stage);
            name.setTitle(language.get("tour.new.title"));
            name.setHeaderText(language.get("tour.new.header"));
            var typed = name.showAndWait();
            if (typed.isEmpty() || typed.get().isBlank()) {
                return;
            }
            title = typed.get();
        }
        java.util.Set<String> topics = viewModel.filter().getState().topicIds();
        String topic = topics != null && topics.size() == 1 ? topics.iterator().next() : null;
        editing.addViewAsStep(
                index,
                title,
                topic,
                viewModel.timeline().getVisibleStart(),
                viewModel.timeline().getVisibleEnd());
    }

    /** Edit › Tour Steps…: one window at a time, brought to the front when it is open. */
    private void showTourSteps() {
        if (tourStepsWindow != null && tourStepsWindow.stage().isShowing()) {
            tourStepsWindow.stage().toFront();
            return;
        }
        tourStepsWindow = TourStepsWindow.show(viewModel.tourSteps(), viewModel.language(), stage, stylesheets.get());
    }

    /** A menu item whose text follows View › Language. */
    private MenuItem item(String key) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(viewModel.language().text(key));
        return item;
    }

    private MenuItem entries(String key, EntriesDialogs.Kind kind) {
        MenuItem item = item(key);
        item.setOnAction(e -> EntriesDialogs.show(viewModel, kind, stage, stylesheets.get()));
        item.disableProperty().bind(viewModel.storyProperty().isNull());
        return item;
    }

    void showEventForm(app.counterpoint.viewmodel.edit.EventFormViewModel form) {
        EventDialog.show(form, viewModel.language(), stage, stylesheets.get(), editing::execute);
    }

    void confirmDelete() {
        editing.deleteSelectedQuestion(viewModel.language().messages()).ifPresent(question -> {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
            alert.initOwner(stage);
            alert.setHeaderText(null);
            alert.setTitle(viewModel.language().get("dialog.deleteEvent.title"));
            alert.getDialogPane().getStylesheets().setAll(stylesheets.get());
            alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> editing.deleteSelected());
        });
    }
}
