package app.counterpoint.view.filter;

import static app.counterpoint.view.Texts.label;
import static app.counterpoint.view.Texts.tooltip;

import app.counterpoint.model.Actor;
import app.counterpoint.viewmodel.filter.FilterViewModel;
import app.counterpoint.viewmodel.filter.ToggleChoice;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.controlsfx.control.textfield.TextFields;

/**
 * The side filter and the search field, on the menu's line; the topics have a row of their own
 * ({@link TopicChipBar}). The side filter names how many sides it shows, not every side, so it stays narrow.
 */
public final class FilterBar extends HBox {

    /** The combo box's padding and its arrow button, beside its text. */
    private static final double SUMMARY_CHROME = 64;

    private final FilterViewModel viewModel;
    private final MenuButton actors = new MenuButton();
    private final LanguageViewModel language;

    public FilterBar(FilterViewModel viewModel, LanguageViewModel language) {
        this.viewModel = viewModel;
        this.language = language;
        getStyleClass().add("filter-bar");
        setSpacing(10);

        Label actorsLabel = label(language, "filter.sides", new Label());
        actorsLabel.getStyleClass().add("filter-caption");
        actors.setId("actor-filter");
        actors.getStyleClass().add("actor-filter");
        // the summary, not every side's name: a menu button's text follows it at once
        actors.textProperty().bind(viewModel.sidesSummaryProperty());
        actors.setTooltip(tooltip(language, "filter.sides.tooltip"));

        TextField search = TextFields.createClearableTextField();
        search.setId("search");
        search.promptTextProperty().bind(language.text("filter.search"));
        search.promptTextProperty().addListener(o -> fitPrompt(search));
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
        language.languageProperty().addListener(o -> fitSummary(search.getFont()));

        getChildren().addAll(actorsLabel, actors, search);
        actorsLabel.setMinWidth(Region.USE_PREF_SIZE);
        viewModel.actors().addListener((ListChangeListener<ToggleChoice<Actor>>) c -> rebuildActors());
        rebuildActors();
    }

    private void fitSummary(Font font) {
        // the widest summary the language writes, such as "88 of 88 sides"
        Text widest = new Text(language.get("filter.sidesSummary.some", 88, 88));
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

    /** A check box per side; the menu stays open while the teacher ticks several. */
    private void rebuildActors() {
        actors.getItems()
                .setAll(viewModel.actors().stream().map(FilterBar::sideItem).toList());
    }

    private static MenuItem sideItem(ToggleChoice<Actor> choice) {
        CheckBox box = new CheckBox(choice.label());
        box.setId("side-check-" + choice.id());
        box.selectedProperty().bindBidirectional(choice.selectedProperty());
        CustomMenuItem item = new CustomMenuItem(box);
        item.setHideOnClick(false);
        return item;
    }
}
