package app.counterpoint.view.edit;

import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.edit.EditingViewModel;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** File › New Story: a title, the sides and the topics, one per line; then the empty story is open. */
public final class NewStoryDialog {

    private NewStoryDialog() {}

    public static void show(LanguageViewModel language, Window owner, List<String> stylesheets, Consumer<Story> open) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(language.get("edit.newStory.title"));
        dialog.setHeaderText(language.get("edit.newStory.header"));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        FormDialogs.own(dialog, owner, stylesheets);
        TextField title = new TextField();
        title.setId("new-story-title");
        TextArea sides = new TextArea();
        sides.setId("new-story-sides");
        sides.setPrefRowCount(3);
        sides.setPromptText(language.get("edit.newStory.sidesPrompt"));
        TextArea topics = new TextArea();
        topics.setId("new-story-topics");
        topics.setPrefRowCount(3);
        topics.setPromptText(language.get("edit.newStory.topicsPrompt"));
        Label problem = new Label();
        problem.getStyleClass().addAll("form-message", "form-problem");
        Label colours = FormDialogs.label(language, "edit.newStory.colours");
        colours.getStyleClass().addAll("form-message", "form-hint");
        colours.setWrapText(true);
        colours.setMaxWidth(380);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, FormDialogs.label(language, "edit.field.title"), title);
        grid.addRow(1, FormDialogs.label(language, "edit.field.sides"), sides);
        grid.addRow(2, FormDialogs.label(language, "edit.field.topics"), topics);
        grid.add(colours, 1, 3);
        grid.add(problem, 1, 4);
        Runnable check = () -> {
            String p = EditingViewModel.newStoryProblem(title.getText(), sides.getText());
            problem.setText(p == null ? "" : p);
            dialog.getDialogPane().lookupButton(ButtonType.OK).setDisable(p != null);
        };
        title.textProperty().addListener(o -> check.run());
        sides.textProperty().addListener(o -> check.run());
        dialog.getDialogPane().setContent(grid);
        check.run();
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .addEventFilter(
                        ActionEvent.ACTION,
                        e -> open.accept(
                                EditingViewModel.newStory(title.getText(), sides.getText(), topics.getText())));
        Platform.runLater(title::requestFocus);
        dialog.show();
    }
}
