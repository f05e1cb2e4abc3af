package app.counterpoint.view.edit;

import app.counterpoint.viewmodel.edit.EventFormViewModel;
import app.counterpoint.viewmodel.edit.StoryEdit;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Screen;
import javafx.stage.Window;

/** Adds or edits an event: every field checked as it is typed, the message beside it, OK only when all is right. */
public final class EventDialog {

    /** The share of the screen's height the fields may take; the rest is the dialog's title bar and buttons'. */
    private static final double SCREEN_SHARE = 0.8;

    private EventDialog() {}

    public static void show(
            EventFormViewModel form,
            LanguageViewModel language,
            Window owner,
            List<String> stylesheets,
            Consumer<StoryEdit> execute) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(language.get(form.isNew() ? "edit.event.addTitle" : "edit.event.editTitle"));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().getStyleClass().add("edit-dialog");
        FormDialogs.own(dialog, owner, stylesheets);

        TextField title = new TextField();
        title.setId("event-title");
        title.textProperty().bindBidirectional(form.titleProperty());
        title.setPromptText(language.get("edit.event.titlePrompt"));
        TextField start = new TextField();
        start.setId("event-start");
        start.textProperty().bindBidirectional(form.startProperty());
        start.setPromptText(language.get("edit.event.startPrompt"));
        TextField end = new TextField();
        end.setId("event-end");
        end.textProperty().bindBidirectional(form.endProperty());
        end.setPromptText(language.get("edit.event.endPrompt"));
        TextArea summary = new TextArea();
        summary.setId("event-summary");
        summary.setPrefRowCount(3);
        summary.setWrapText(true);
        summary.textProperty().bindBidirectional(form.summaryProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a field's name is never cut
        ColumnConstraints fields = new ColumnConstraints(260, 360, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        grid.addRow(row++, FormDialogs.label(language, "edit.field.title"), title);
        grid.add(FormDialogs.message(form.titleProblemProperty(), null), 1, row++);
        grid.addRow(row++, FormDialogs.label(language, "edit.field.start"), start);
        grid.add(FormDialogs.message(form.startProblemProperty(), form.startShownProperty()), 1, row++);
        grid.addRow(row++, FormDialogs.label(language, "edit.field.end"), end);
        grid.add(FormDialogs.message(form.endProblemProperty(), form.endShownProperty()), 1, row++);
        grid.addRow(row++, FormDialogs.label(language, "edit.field.summary"), summary);
        grid.addRow(
                row++, FormDialogs.label(language, "edit.field.topics"), FormDialogs.choices(form.topics(), language));
        grid.addRow(
                row++, FormDialogs.label(language, "edit.field.sides"), FormDialogs.choices(form.sides(), language));
        grid.addRow(
                row++,
                FormDialogs.label(language, "edit.field.sources"),
                FormDialogs.choicesOneALine(form.sources(), language));
        grid.add(FormDialogs.message(form.problemProperty(), null), 1, row);

        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        // the form opens at the height of its fields as laid out at the dialog's width, where the topics and
        // sides wrap (their preferred height at no width is a line shorter), and scrolls only past the screen's
        double cap = Screen.getPrimary().getVisualBounds().getHeight() * SCREEN_SHARE;
        grid.layoutBoundsProperty().addListener((o, was, now) -> fitHeight(scroll, now.getHeight(), cap));
        dialog.getDialogPane().setContent(scroll);
        FormDialogs.commitOn(dialog, form.validProperty(), form::edit, execute);
        Platform.runLater(title::requestFocus);
        dialog.show();
    }

    /** Gives the form's scroll pane the height of its fields, up to {@code cap}, and its window the height to show it. */
    private static void fitHeight(ScrollPane scroll, double contentHeight, double cap) {
        double wanted = Math.min(contentHeight, cap);
        if (Math.abs(scroll.getPrefViewportHeight() - wanted) <= 1) {
            return;
        }
        scroll.setPrefViewportHeight(wanted);
        Window window = scroll.getScene() == null ? null : scroll.getScene().getWindow();
        if (window != null && window.isShowing()) {
            Platform.runLater(window::sizeToScene);
        }
    }
}
