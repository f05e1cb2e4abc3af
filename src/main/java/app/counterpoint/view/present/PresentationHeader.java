package app.counterpoint.view.present;

import app.counterpoint.view.RightToLeftWords;
import app.counterpoint.view.filter.TopicChipBar;
import app.counterpoint.viewmodel.MainViewModel;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The top of the window while presenting, in place of the menus: the topic chips, then the current event's title
 * and date beside the step ("3 / 7"), large enough for the back of the room, and a tour step's caption under them.
 */
public final class PresentationHeader extends VBox {

    public PresentationHeader(MainViewModel viewModel) {
        TopicChipBar topics = new TopicChipBar(viewModel.filter(), viewModel.language());
        Label title = new Label();
        title.getStyleClass().add("presentation-title");
        title.textProperty().bind(viewModel.presentation().currentTitleProperty());
        title.setId("presentation-title");
        // a long title takes a second line rather than lose the date at its end
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setMinWidth(0);
        Label step = new Label();
        step.getStyleClass().add("presentation-step");
        step.setId("presentation-step");
        step.textProperty().bind(viewModel.presentation().stepTextProperty());
        step.setMinWidth(Region.USE_PREF_SIZE);
        title.setMaxWidth(Double.MAX_VALUE);
        // a title or caption in Arabic or Hebrew wraps word by word (RightToLeftWords)
        Region titleSlot = RightToLeftWords.slot(title, "presentation-title-words");
        HBox.setHgrow(titleSlot, Priority.ALWAYS);
        HBox header = new HBox(titleSlot, step);
        header.getStyleClass().add("presentation-header");
        // a tour's step says why it is shown, under the title
        Label caption = new Label();
        caption.getStyleClass().add("presentation-caption");
        caption.setId("presentation-caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.setMaxWidth(Double.MAX_VALUE);
        caption.textProperty().bind(viewModel.presentation().captionProperty());
        caption.visibleProperty()
                .bind(viewModel.presentation().captionProperty().isNotEmpty());
        caption.managedProperty().bind(caption.visibleProperty());
        getChildren().addAll(topics, header, RightToLeftWords.slot(caption, "presentation-caption-words"));
    }
}
