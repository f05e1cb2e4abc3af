package app.counterpoint.view.filter;

import app.counterpoint.model.Actor;
import app.counterpoint.viewmodel.filter.FilterViewModel;
import app.counterpoint.viewmodel.filter.ToggleChoice;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * The side filter and the search field, on the menu's line; the topics have a row of their own
 * ({@link TopicChipBar}). The side filter names how many sides it shows, not every side, so it stays narrow.
 */
public final class FilterBar extends HBox {

    /** The combo box's padding and its arrow button, beside its text. */
    private static final double SUMMARY_CHROME = 64;

    private final FilterViewModel viewModel;
    private final CheckComboBox<ToggleChoice<Actor>> actors = new CheckComboBox<>();

    public FilterBar(FilterViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("filter-bar");
        setSpacing(10);

        Label actorsLabel = new Label("Sides");
        actorsLabel.getStyleClass().add("filter-caption");
        actors.setId("actor-filter");
        actors.titleProperty().bind(viewModel.sidesSummaryProperty());
        // as wide as that summary at its longest, not as the longest side's name (the list opens as wide as needed)
        actors.setTooltip(new Tooltip("Show or hide what each side said"));
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
        // wide enough for its whole prompt: a cut prompt ("Search events and stateme") reads as broken
        // the combo box has no font of its own to ask; its text is set in the same type as the field's
        search.fontProperty().addListener((obs, old, font) -> {
            fitPrompt(search);
            fitSummary(font);
        });
        fitPrompt(search);
        fitSummary(search.getFont());

        getChildren().addAll(actorsLabel, actors, search);
        actorsLabel.setMinWidth(Region.USE_PREF_SIZE);
        viewModel.actors().addListener((ListChangeListener<ToggleChoice<Actor>>) c -> rebuildActors());
        rebuildActors();
    }

    private void fitSummary(Font font) {
        Text widest = new Text("00 of 00 sides");
        widest.setFont(font);
        double width = Math.ceil(widest.getLayoutBounds().getWidth()) + SUMMARY_CHROME;
        actors.setMinWidth(width);
        actors.setPrefWidth(width);
        actors.setMaxWidth(width);
    }

    /** The prompt's width plus the field's padding and its clear button. */
    private static void fitPrompt(TextField search) {
        Text prompt = new Text(search.getPromptText());
        prompt.setFont(search.getFont());
        double width = Math.ceil(prompt.getLayoutBounds().getWidth()) + 64;
        search.setMinWidth(width);
        search.setPrefWidth(width);
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
