package app.counterpoint.view.filter;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.filter.FilterViewModel;
import app.counterpoint.viewmodel.filter.ToggleChoice;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.TextFields;

/** The bar above every view: topic chips, the actor filter and the search field. */
public final class FilterBar extends HBox {

    private final FilterViewModel viewModel;
    /** Wraps onto more rows when a story has more topics than fit beside the other filters. */
    private final FlowPane topicChips = new FlowPane(8, 6);

    private final CheckComboBox<ToggleChoice<Actor>> actors = new CheckComboBox<>();

    public FilterBar(FilterViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("filter-bar");
        setSpacing(12);

        Label topicsLabel = new Label("Topics");
        topicsLabel.getStyleClass().addAll("filter-caption", "topics-caption");
        topicChips.getStyleClass().add("topic-chips");
        // the topics may take half the bar before they wrap onto another row; the other filters keep the rest
        topicChips.prefWrapLengthProperty().bind(widthProperty().multiply(0.5));

        Label actorsLabel = new Label("Sides");
        actorsLabel.getStyleClass().add("filter-caption");
        actors.setId("actor-filter");
        actors.setConverter(new StringConverter<>() {
            @Override
            public String toString(ToggleChoice<Actor> choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public ToggleChoice<Actor> fromString(String text) {
                throw new UnsupportedOperationException("the actor filter is not editable");
            }
        });

        TextField search = TextFields.createClearableTextField();
        search.setId("search");
        search.setPromptText("Search events and statements");
        search.getStyleClass().add("search-field");
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        search.setPrefColumnCount(16);

        HBox.setHgrow(topicChips, Priority.ALWAYS);
        getChildren().addAll(topicsLabel, topicChips, actorsLabel, actors, search);
        // the search field gives way first when the window is narrow; names are never cut
        for (Region fixed : new Region[] {topicsLabel, actorsLabel, actors}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        search.setMinWidth(180);
        search.setMaxWidth(320);
        HBox.setHgrow(search, Priority.ALWAYS);

        viewModel.topics().addListener((ListChangeListener<ToggleChoice<Topic>>) c -> rebuildTopics());
        viewModel.actors().addListener((ListChangeListener<ToggleChoice<Actor>>) c -> rebuildActors());
        rebuildTopics();
        rebuildActors();
    }

    /** Keeps only the topic chips, for presentation mode, where the audience needs the topics and nothing else. */
    public void showTopicsOnly() {
        getChildren().removeIf(n -> n != topicChips && !n.getStyleClass().contains("topics-caption"));
    }

    private void rebuildTopics() {
        topicChips
                .getChildren()
                .setAll(viewModel.topics().stream().map(TopicChip::new).toList());
    }

    private void rebuildActors() {
        actors.getItems().setAll(viewModel.actors());
        for (ToggleChoice<Actor> choice : viewModel.actors()) {
            if (choice.isSelected()) {
                actors.getCheckModel().check(choice);
            }
            actors.getItemBooleanProperty(choice).bindBidirectional(choice.selectedProperty());
        }
    }
}
