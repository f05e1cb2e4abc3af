package app.counterpoint.view.filter;

import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.filter.FilterViewModel;
import app.counterpoint.viewmodel.filter.ToggleChoice;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;

/**
 * Every topic of the story as a check box, with a search, for stories with more topics than chips fit: opened by
 * "More topics (n)…". Checking a box is the same as clicking its chip.
 */
final class TopicPopup {

    private final FilterViewModel viewModel;
    private final LanguageViewModel language;
    private final PopOver popOver = new PopOver();
    private final TextField search = new TextField();
    private final VBox list = new VBox(6);
    private final Map<ToggleChoice<Topic>, CheckBox> boxes = new LinkedHashMap<>();

    TopicPopup(FilterViewModel viewModel, LanguageViewModel language) {
        this.viewModel = viewModel;
        this.language = language;
        search.setId("topic-search");
        search.promptTextProperty().bind(language.text("topics.popup.search"));
        search.setPrefColumnCount(18);
        search.textProperty().addListener((obs, old, text) -> showMatching());
        list.getStyleClass().add("topic-popup-list");
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(320);
        scroll.getStyleClass().add("topic-popup-scroll");
        Button all = new Button();
        all.textProperty().bind(language.text("topics.popup.showAll"));
        all.setOnAction(e -> viewModel.topics().forEach(c -> c.setSelected(true)));
        Button none = new Button();
        none.textProperty().bind(language.text("topics.popup.hideAll"));
        none.setOnAction(e -> viewModel.topics().forEach(c -> c.setSelected(false)));
        Label caption = new Label();
        caption.textProperty().bind(language.text("topics.popup.caption"));
        caption.getStyleClass().add("filter-caption");
        caption.setWrapText(true);
        VBox content = new VBox(10, caption, search, scroll, new HBox(8, all, none));
        content.getStyleClass().add("topic-popup");
        content.setPrefWidth(340);
        popOver.setContentNode(content);
        popOver.setArrowLocation(PopOver.ArrowLocation.TOP_RIGHT);
        popOver.setDetachable(false);
        popOver.titleProperty().bind(language.text("topics.popup.title"));
        viewModel.topics().addListener((ListChangeListener<ToggleChoice<Topic>>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        boxes.clear();
        for (ToggleChoice<Topic> choice : viewModel.topics()) {
            CheckBox box = new CheckBox();
            box.textProperty()
                    .bind(language.textWith(
                            "filter.topic.listed", new ReadOnlyStringWrapper(choice.label()), choice.countProperty()));
            box.setId("topic-check-" + choice.id());
            box.setStyle("-chip-color: " + choice.color() + ";");
            box.getStyleClass().add("topic-check");
            Region swatch = new Region();
            swatch.getStyleClass().add("topic-check-swatch");
            swatch.setStyle(choice.shape().cssShape());
            box.setGraphic(swatch);
            box.selectedProperty().bindBidirectional(choice.selectedProperty());
            boxes.put(choice, box);
        }
        list.getChildren().setAll(boxes.values());
        showMatching();
    }

    private void showMatching() {
        Set<ToggleChoice<Topic>> matching = new HashSet<>(viewModel.topicsMatching(search.getText()));
        boxes.forEach((choice, box) -> {
            box.setVisible(matching.contains(choice));
            box.setManaged(box.isVisible());
        });
    }

    void show(Node owner) {
        search.clear();
        popOver.show(owner);
        search.requestFocus();
    }
}
