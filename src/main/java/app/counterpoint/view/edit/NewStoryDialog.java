package app.counterpoint.view.edit;

import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.edit.EditingViewModel;
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

    public static void show(Window owner, List<String> stylesheets, Consumer<Story> open) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("New Story");
        dialog.setHeaderText("A title, the sides that speak and the topics they speak about");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        FormDialogs.own(dialog, owner, stylesheets);
        TextField title = new TextField();
        title.setId("new-story-title");
        TextArea sides = new TextArea();
        sides.setId("new-story-sides");
        sides.setPrefRowCount(3);
        sides.setPromptText("One side a line, such as\nWhite House\nKremlin");
        TextArea topics = new TextArea();
        topics.setId("new-story-topics");
        topics.setPrefRowCount(3);
        topics.setPromptText("One topic a line, such as\nSyria\nTerrorism");
        Label problem = new Label();
        problem.getStyleClass().addAll("form-message", "form-problem");
        Label colours =
                new Label("Each side and topic gets a colour of the palette; change them in Edit \u203A Sides\u2026"
                        + " and Topics\u2026");
        colours.getStyleClass().addAll("form-message", "form-hint");
        colours.setWrapText(true);
        colours.setMaxWidth(380);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, new Label("Title"), title);
        grid.addRow(1, new Label("Sides"), sides);
        grid.addRow(2, new Label("Topics"), topics);
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
