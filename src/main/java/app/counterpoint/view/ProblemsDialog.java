package app.counterpoint.view;

import app.counterpoint.i18n.Language;
import app.counterpoint.io.problem.ValidationProblem;
import app.counterpoint.viewmodel.LoadFailure;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Lists every problem of a story file that could not be opened, each with its line and column and wrapped to the
 * dialog's width, and says which story the window shows now. The dialog is as large as its problems need and never
 * larger than the screen, so its Close button is always on screen, with one problem or five hundred.
 */
public final class ProblemsDialog extends Alert {

    /** Room the dialog's header, advice and buttons take besides the list, and a margin around it on screen. */
    private static final double CHROME_HEIGHT = 260;

    private static final double SCREEN_MARGIN = 40;
    private static final double PREFERRED_WIDTH = 760;
    /** A rough height per problem, to size the list before it has been laid out: two wrapped lines. */
    private static final double ROW_HEIGHT = 52;

    /** The dialog in a language: the window's, when it opens (a modal dialog outlives no language switch). */
    public ProblemsDialog(LoadFailure failure, Window owner, List<String> stylesheets, Language language) {
        super(AlertType.ERROR, "", ButtonType.CLOSE);
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle(failure.title(language));
        // JavaFX words its own buttons in a few languages only (not Arabic nor Russian): the bundle words this one
        String close = failure.closeButton(language);
        ((Button) getDialogPane().lookupButton(ButtonType.CLOSE)).setText(close);
        setHeaderText(failure.headline(language));

        Rectangle2D screen = screenOf(owner);
        double width = Math.min(PREFERRED_WIDTH, screen.getWidth() - 2 * SCREEN_MARGIN);
        double maxHeight = screen.getHeight() - 2 * SCREEN_MARGIN;

        ListView<ValidationProblem> list = new ListView<>(FXCollections.observableArrayList(failure.problems()));
        list.getStyleClass().add("problem-list");
        list.setId("problem-list");
        list.setCellFactory(v -> new ProblemCell(v, language));
        list.setFocusTraversable(true);
        double listHeight = 8 + ROW_HEIGHT * failure.problems().size();
        list.setPrefHeight(Math.max(ROW_HEIGHT + 8, Math.min(listHeight, maxHeight - CHROME_HEIGHT)));
        list.setMinHeight(ROW_HEIGHT + 8);
        VBox.setVgrow(list, Priority.ALWAYS);

        Label advice = new Label(failure.advice(language));
        advice.setWrapText(true);
        advice.setMinHeight(Region.USE_PREF_SIZE);
        advice.getStyleClass().add("problem-advice");
        advice.setId("problem-advice");
        VBox content = new VBox(10, list, advice);
        if (failure.unlistedSentence(language) != null) {
            Label unlisted = new Label(failure.unlistedSentence(language));
            unlisted.setWrapText(true);
            unlisted.setMinHeight(Region.USE_PREF_SIZE);
            unlisted.getStyleClass().add("problem-unlisted");
            unlisted.setId("problem-unlisted");
            content.getChildren().add(1, unlisted);
        }
        getDialogPane().setContent(content);
        getDialogPane().setId("problems-dialog");
        getDialogPane().getStylesheets().addAll(stylesheets);
        getDialogPane().setPrefWidth(width);
        getDialogPane().setMaxWidth(screen.getWidth() - 2 * SCREEN_MARGIN);
        getDialogPane().setMaxHeight(maxHeight);
        setResizable(true);
        if (language.isRightToLeft()) {
            getDialogPane().setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        }
        // the list takes the keys: arrows and Page Down read through a long list, Esc and Enter close
        setOnShown(e -> list.requestFocus());
    }

    /** The visual bounds of the screen the main window is on; the primary screen's when it is on none. */
    private static Rectangle2D screenOf(Window owner) {
        if (owner != null && owner.getWidth() > 0) {
            List<Screen> screens =
                    Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }
}
