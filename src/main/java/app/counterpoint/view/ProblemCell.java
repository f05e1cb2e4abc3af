package app.counterpoint.view;

import app.counterpoint.i18n.Language;
import app.counterpoint.io.problem.ValidationProblem;
import app.counterpoint.viewmodel.ProblemText;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One problem of a story file: its place ("Line 12, column 5") above its message, wrapped to the list's width. */
final class ProblemCell extends ListCell<ValidationProblem> {

    private final Label place = new Label();
    private final Label message = new Label();
    private final VBox box = new VBox(2, place, message);

    private final Language language;

    ProblemCell(ListView<ValidationProblem> list, Language language) {
        this.language = language;
        place.getStyleClass().add("problem-place");
        message.getStyleClass().add("problem-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        // a cell as wide as the list, never wider: its text wraps instead of scrolling sideways
        setPrefWidth(0);
        box.maxWidthProperty().bind(list.widthProperty().subtract(28));
        message.maxWidthProperty().bind(box.maxWidthProperty());
    }

    @Override
    protected void updateItem(ValidationProblem problem, boolean empty) {
        super.updateItem(problem, empty);
        setText(null);
        if (empty || problem == null) {
            setGraphic(null);
        } else {
            place.setText(ProblemText.place(problem, language));
            message.setText(ProblemText.sentence(problem, language));
            setGraphic(box);
        }
    }
}
