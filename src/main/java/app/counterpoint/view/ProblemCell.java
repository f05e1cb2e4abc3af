package app.counterpoint.view;

import app.counterpoint.io.problem.ValidationProblem;
import javafx.scene.control.ListCell;

/** One problem of a story file: "line 12, column 5: message". */
final class ProblemCell extends ListCell<ValidationProblem> {

    @Override
    protected void updateItem(ValidationProblem problem, boolean empty) {
        super.updateItem(problem, empty);
        if (empty || problem == null) {
            setText(null);
        } else {
            setText("Line " + problem.line() + ", column " + problem.column() + ":  " + problem.message());
            setWrapText(true);
        }
    }
}
