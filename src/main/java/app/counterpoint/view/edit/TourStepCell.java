package app.counterpoint.view.edit;

import app.counterpoint.view.RightToLeftWords;
import app.counterpoint.viewmodel.edit.TourStepsViewModel;
import app.counterpoint.viewmodel.edit.TourStepsViewModel.StepRow;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** A step: its number, event and date on top, its caption below (its notes are in the field under the list). */
final class TourStepCell extends ListCell<StepRow> {

    /** Where a dragged step lands: above this step (dragged up) or below it (dragged down). */
    private static final PseudoClass DROP_ABOVE = PseudoClass.getPseudoClass("drop-above");

    private static final PseudoClass DROP_BELOW = PseudoClass.getPseudoClass("drop-below");

    private final LanguageViewModel language;
    private final Label heading = new Label();
    private final Label captionText = new Label();
    // an event's title or a caption in Arabic or Hebrew wraps word by word (RightToLeftWords)
    private String laidOut;
    private final VBox box = new VBox(
            2,
            RightToLeftWords.slot(heading, "tour-step-heading-words"),
            RightToLeftWords.slot(captionText, "tour-step-caption-words"));

    TourStepCell(TourStepsViewModel steps, LanguageViewModel language, IntegerProperty dragged) {
        this.language = language;
        getStyleClass().add("tour-step");
        heading.getStyleClass().add("tour-step-heading");
        captionText.getStyleClass().add("tour-step-caption");
        for (Label l : List.of(heading, captionText)) {
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
            l.managedProperty().bind(l.textProperty().isNotEmpty());
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
        }
        // the cell's width is the list's: the texts wrap instead of widening it
        setPrefWidth(0);
        setOnDragDetected(e -> {
            if (!isEmpty()) {
                dragged.set(getIndex());
                startFullDrag();
            }
        });
        setOnMouseDragEntered(e -> {
            int to = isEmpty() ? steps.steps().size() - 1 : getIndex();
            pseudoClassStateChanged(DROP_ABOVE, dragged.get() >= 0 && to < dragged.get());
            pseudoClassStateChanged(DROP_BELOW, dragged.get() >= 0 && to > dragged.get());
        });
        setOnMouseDragExited(e -> dropped());
        setOnMouseDragReleased(e -> {
            dropped();
            int from = dragged.get();
            dragged.set(-1);
            if (from >= 0) {
                steps.moveStep(from, isEmpty() ? steps.steps().size() - 1 : getIndex());
            }
            e.consume();
        });
    }

    private void dropped() {
        pseudoClassStateChanged(DROP_ABOVE, false);
        pseudoClassStateChanged(DROP_BELOW, false);
    }

    @Override
    protected void updateItem(StepRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        heading.setText(language.get("tourSteps.step", row.number(), row.eventTitle(), row.date()));
        captionText.setText(row.caption());
        setGraphic(box);
        String shown = heading.getText() + "\n" + captionText.getText();
        if (!shown.equals(laidOut)) {
            // words in Arabic or Hebrew are placed by the width the list first measured the cell at, which is not
            // always the one it gets: once the list has sized it, they are placed again (only for new words, so
            // a layout never asks for another)
            laidOut = shown;
            Platform.runLater(() -> layOutAgain(box));
        }
    }

    private static void layOutAgain(Parent parent) {
        parent.requestLayout();
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Parent p) {
                layOutAgain(p);
            }
        }
    }
}
