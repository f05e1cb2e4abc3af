package app.counterpoint.view.filter;

import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.filter.ToggleChoice;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A topic of the filter as a toggle chip: the topic's colour in its shape, its label and the number of events it
 * concerns.
 * The colour comes from the story, so it is handed to the stylesheet as the looked-up colour {@code -chip-color}.
 */
final class TopicChip extends ToggleButton {

    TopicChip(ToggleChoice<Topic> choice, LanguageViewModel language) {
        getStyleClass().add("topic-chip");
        setId("topic-chip-" + choice.id());
        setStyle("-chip-color: " + choice.color() + ";");
        Region swatch = new Region();
        swatch.getStyleClass().add("chip-swatch");
        // the topic's shape, as its events have on the timeline: colour is never the only cue
        swatch.setStyle(choice.shape().cssShape());
        Label label = new Label(choice.label());
        label.getStyleClass().add("chip-label");
        Label count = new Label(Integer.toString(choice.getCount()));
        count.getStyleClass().add("chip-count");
        HBox graphic = new HBox(8, swatch, label, count);
        graphic.getStyleClass().add("chip-content");
        setGraphic(graphic);
        // the name and count in the window's language, following an edit's new count
        ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(choice.label());
        accessibleTextProperty().bind(language.textWith("filter.topic.accessible", name, choice.countProperty()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(language.textWith("filter.topic.tooltip", name, choice.countProperty()));
        setTooltip(tip);
        selectedProperty().bindBidirectional(choice.selectedProperty());
        setMinWidth(USE_PREF_SIZE);
    }
}
