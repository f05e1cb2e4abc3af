package app.counterpoint.view;

import app.counterpoint.io.problem.ValidationProblem;
import app.counterpoint.viewmodel.LoadFailure;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Lists every problem of a story file that could not be opened, each with its line and column, and says that the
 * story shown before is still open.
 */
public final class ProblemsDialog extends Alert {

    public ProblemsDialog(LoadFailure failure, Window owner, List<String> stylesheets) {
        super(AlertType.ERROR, "", ButtonType.CLOSE);
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle("Could not open " + failure.fileName());
        setHeaderText(failure.headline());

        ListView<ValidationProblem> list = new ListView<>(FXCollections.observableArrayList(failure.problems()));
        list.getStyleClass().add("problem-list");
        list.setCellFactory(v -> new ProblemCell());
        list.setPrefHeight(Math.min(360, 40 + 34.0 * failure.problems().size()));
        Label keep = new Label(failure.advice());
        keep.setWrapText(true);
        keep.getStyleClass().add("problem-advice");
        VBox content = new VBox(10, list, keep);
        getDialogPane().setContent(content);
        getDialogPane().setId("problems-dialog");
        getDialogPane().getStylesheets().addAll(stylesheets);
        getDialogPane().setPrefWidth(760);
        setResizable(true);
    }
}
