package app.counterpoint.view.edit;

import app.counterpoint.view.RightToLeftWords;
import app.counterpoint.view.Texts;
import app.counterpoint.viewmodel.edit.TourStepsViewModel;
import app.counterpoint.viewmodel.edit.TourStepsViewModel.StepRow;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Edit › Tour Steps…: a window beside the main one, with the story's tours, the chosen tour's steps in order (drag one
 * to move it, or Alt+Up / Alt+Down), the chosen step's caption and teacher's notes edited below the list, and buttons
 * to show, delete and move a step. It only forwards to its {@link TourStepsViewModel}; every change is one undoable
 * edit and the window follows the story.
 */
public final class TourStepsWindow {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private static final double WIDTH = 760;
    private static final double HEIGHT = 600;
    /** The smallest size at which nothing of the window is cut, in the longest of the six languages. */
    static final double MIN_WIDTH = 600;

    static final double MIN_HEIGHT = 480;

    private final TourStepsViewModel steps;
    private final LanguageViewModel language;
    private final Stage stage = new Stage();
    private final ListView<StepRow> list = new ListView<>();
    private final TextField caption = new TextField();
    private final TextArea notes = new TextArea();
    /** The index of the step being dragged; -1 when none. */
    private final IntegerProperty dragged = new SimpleIntegerProperty(this, "dragged", -1);
    /** The step the fields were filled from, and what they were filled with: only a text typed since is an edit. */
    private int editedStep = -1;

    private String filledCaption = "";
    private String filledNotes = "";

    private TourStepsWindow(TourStepsViewModel steps, LanguageViewModel language) {
        this.steps = steps;
        this.language = language;
    }

    /** Opens the window over {@code owner}, styled like it. */
    public static TourStepsWindow show(
            TourStepsViewModel steps, LanguageViewModel language, Window owner, List<String> stylesheets) {
        TourStepsWindow window = new TourStepsWindow(steps, language);
        window.build(owner, stylesheets);
        window.stage.show();
        // under a window manager the window first comes up at its smallest size in the screen's corner, its title
        // bar off the screen: once it is up it is given its size and place over the main window again
        javafx.application.Platform.runLater(() -> window.placeOver(owner));
        return window;
    }

    /** Sizes the window and centres it over {@code owner}, whole on a 1024x768 screen. */
    private void placeOver(Window owner) {
        if (stage.isShowing() && Math.abs(stage.getWidth() - WIDTH) < 1 && Math.abs(stage.getHeight() - HEIGHT) < 1) {
            return; // where it was put, or moved by the user since
        }
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
        stage.setX(owner.getX() + Math.max(0, (owner.getWidth() - WIDTH) / 2));
        stage.setY(owner.getY() + Math.max(0, (owner.getHeight() - HEIGHT) / 2));
    }

    /** The window's stage (tests look inside it). */
    public Stage stage() {
        return stage;
    }

    private void build(Window owner, List<String> stylesheets) {
        stage.initOwner(owner);
        stage.titleProperty().bind(language.text("tourSteps.title"));

        ChoiceBox<String> tours = new ChoiceBox<>(steps.tourTitles());
        tours.setId("tour-choice");
        tours.setMaxWidth(Double.MAX_VALUE);
        tours.getSelectionModel().select(steps.selectedTourProperty().get());
        tours.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0) {
                steps.selectedTourProperty().set(index.intValue());
            }
        });
        steps.selectedTourProperty()
                .addListener((obs, old, index) -> tours.getSelectionModel().select(index.intValue()));
        steps.tourTitles()
                .addListener((Observable o) -> tours.getSelectionModel()
                        .select(steps.selectedTourProperty().get()));
        Button newTour = button("tourSteps.newTour", "new-tour", this::newTour);
        Button rename = button("tourSteps.renameTour", "rename-tour", this::renameTour);
        Button deleteTour = button("tourSteps.deleteTour", "delete-tour", this::deleteTour);
        Label tourLabel = Texts.label(language, "tourSteps.tour", new Label());
        tourLabel.setLabelFor(tours);
        tourLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox choose = new HBox(8, tourLabel, tours);
        choose.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(tours, Priority.ALWAYS);
        HBox tourButtons = new HBox(8, newTour, rename, deleteTour);
        VBox top = new VBox(8, choose, tourButtons);

        list.setId("tour-steps");
        list.getStyleClass().add("tour-steps-list");
        list.setItems(steps.steps());
        list.setCellFactory(v -> new TourStepCell(steps, language, dragged));
        list.setPrefSize(560, 300);
        Label none = Texts.label(language, "tourSteps.none", new Label());
        none.setWrapText(true);
        // in Arabic JavaFX 21 draws the wrapped hint past both edges of the list: its words are laid out one by one
        StackPane noneSlot = RightToLeftWords.slot(none, "tour-steps-none-words");
        noneSlot.setAlignment(Pos.CENTER);
        list.setPlaceholder(noneSlot);
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            steps.selectedStepProperty().set(index.intValue());
        });
        steps.selectedStepProperty().addListener((obs, old, index) -> selectInList(index.intValue()));
        steps.steps().addListener((Observable o) -> {
            selectInList(steps.selectedStepProperty().get());
            fillFields();
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                steps.moveUp();
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                steps.moveDown();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                steps.deleteStep(list.getSelectionModel().getSelectedIndex());
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                steps.showStep(list.getSelectionModel().getSelectedIndex());
                e.consume();
            }
        });
        list.setOnMouseReleased(e -> dragged.set(-1));

        Button up = button("tourSteps.moveUp", "step-up", steps::moveUp);
        Button down = button("tourSteps.moveDown", "step-down", steps::moveDown);
        Button show = button("tourSteps.show", "show-step", () -> steps.showStep(chosen()));
        Button delete = button("tourSteps.delete", "delete-step", () -> steps.deleteStep(chosen()));
        for (Button b : List.of(up, down, show, delete)) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.disableProperty().bind(steps.selectedStepProperty().lessThan(0));
        }
        for (Button b : List.of(rename, deleteTour)) {
            b.disableProperty().bind(steps.selectedTourProperty().lessThan(0));
        }
        VBox side = new VBox(6, up, down, show, delete);
        side.setMinWidth(Region.USE_PREF_SIZE);
        HBox middle = new HBox(10, list, side);
        HBox.setHgrow(list, Priority.ALWAYS);
        VBox.setVgrow(middle, Priority.ALWAYS);

        caption.setId("step-caption");
        caption.setOnAction(e -> commit());
        caption.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit();
            }
        });
        notes.setId("step-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit();
            }
        });
        // a new choice of step first keeps what was typed for the old one
        steps.selectedStepProperty().addListener((obs, old, index) -> {
            commit();
            fillFields();
        });
        caption.disableProperty().bind(steps.selectedStepProperty().lessThan(0));
        notes.disableProperty().bind(steps.selectedStepProperty().lessThan(0));
        Label captionLabel = Texts.label(language, "tourSteps.caption", new Label());
        captionLabel.setLabelFor(caption);
        captionLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label notesLabel = Texts.label(language, "tourSteps.notes", new Label());
        notesLabel.setLabelFor(notes);
        notesLabel.setMinWidth(Region.USE_PREF_SIZE);
        GridPane fields = new GridPane();
        fields.setHgap(10);
        fields.setVgap(6);
        fields.addRow(0, captionLabel, caption);
        fields.addRow(1, notesLabel, notes);
        GridPane.setHgrow(caption, Priority.ALWAYS);
        GridPane.setHgrow(notes, Priority.ALWAYS);

        Label hint = Texts.label(language, "tourSteps.hint", new Label());
        hint.getStyleClass().addAll("form-message", "form-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Button close = button("tourSteps.close", "close-tour-steps", stage::hide);
        close.setCancelButton(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox bottom = new VBox(6, hint, new HBox(gap, close));
        VBox content = new VBox(10, top, middle, fields, bottom);
        content.setPadding(new Insets(12));
        BorderPane root = new BorderPane(content);
        root.nodeOrientationProperty()
                .bind(javafx.beans.binding.Bindings.when(language.rightToLeftProperty())
                        .then(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT)
                        .otherwise(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT));
        Scene scene = new Scene(root);
        scene.getStylesheets().setAll(stylesheets);
        // Undo and Redo reach the story from here too; a text field being typed in keeps them for its own text
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                steps.undo();
                e.consume();
            } else if (REDO.match(e) || REDO_Y.match(e)) {
                steps.redo();
                e.consume();
            }
        });
        stage.setScene(scene);
        // over the main window, whole on a 1024x768 screen
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        placeOver(owner);
        stage.setOnHiding(e -> commit());
        stage.setOnHidden(e -> steps.close());
        selectInList(steps.selectedStepProperty().get());
        fillFields();
    }

    private Button button(String key, String id, Runnable action) {
        Button b = Texts.label(language, key, new Button());
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private int chosen() {
        return steps.selectedStepProperty().get();
    }

    private void selectInList(int index) {
        if (list.getSelectionModel().getSelectedIndex() != index) {
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(index);
                // as little scrolling as shows it (ListView.scrollTo would put it at the top)
                if (list.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
                    flow.scrollTo(index);
                }
            }
        }
    }

    private void fillFields() {
        int index = chosen();
        StepRow row = index >= 0 && index < steps.steps().size() ? steps.steps().get(index) : null;
        editedStep = row == null ? -1 : index;
        filledCaption = row == null ? "" : row.caption();
        filledNotes = row == null ? "" : row.notes();
        caption.setText(filledCaption);
        notes.setText(filledNotes);
    }

    /** What was typed in the fields since they were filled, as one edit of the step they were filled from. */
    private void commit() {
        String c = caption.getText();
        String n = notes.getText();
        if (editedStep >= 0 && (!c.equals(filledCaption) || !n.equals(filledNotes))) {
            filledCaption = c;
            filledNotes = n;
            steps.editStep(editedStep, c, n);
        }
    }

    private void newTour() {
        ask("tourSteps.newTitle", "").ifPresent(title -> steps.addTour(title).ifPresent(this::refused));
    }

    private void renameTour() {
        ask("tourSteps.renameTitle", steps.tourTitle())
                .ifPresent(title -> steps.renameTour(title).ifPresent(this::refused));
    }

    private void deleteTour() {
        Alert alert = new Alert(
                Alert.AlertType.CONFIRMATION,
                language.get(
                        "tourSteps.deleteQuestion",
                        steps.tourTitle(),
                        steps.steps().size()),
                ButtonType.OK,
                ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setHeaderText(null);
        alert.titleProperty().bind(language.text("tourSteps.deleteTour"));
        alert.getDialogPane().getStylesheets().setAll(stage.getScene().getStylesheets());
        alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> steps.deleteTour());
    }

    private java.util.Optional<String> ask(String key, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(stage);
        dialog.titleProperty().bind(language.text("tourSteps.title"));
        dialog.headerTextProperty().bind(language.text(key));
        dialog.getDialogPane().getStylesheets().setAll(stage.getScene().getStylesheets());
        return dialog.showAndWait().filter(t -> !t.isBlank());
    }

    private void refused(String why) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, why, ButtonType.OK);
        alert.initOwner(stage);
        alert.setHeaderText(null);
        alert.show();
    }
}
