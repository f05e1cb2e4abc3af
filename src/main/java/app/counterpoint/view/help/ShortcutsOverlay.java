package app.counterpoint.view.help;

import app.counterpoint.viewmodel.help.KeyboardHelpViewModel;
import app.counterpoint.viewmodel.help.Shortcut;
import app.counterpoint.viewmodel.help.ShortcutArea;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Help › Keyboard Shortcuts: every key of the window, the search field, the timeline and presentation mode, from
 * the one table the window binds its keys from, laid over the window. It takes the window's text size (and the
 * presentation's while presenting); when it does not fit, it scrolls. Esc, F1 or a click closes it.
 */
public final class ShortcutsOverlay extends StackPane {

    /** The gap kept between the card and the window's edges. */
    private static final double MARGIN = 24;

    private final VBox card;
    private final FlowPane areas;

    private final LanguageViewModel language;

    public ShortcutsOverlay(KeyboardHelpViewModel help, LanguageViewModel language) {
        this.language = language;
        getStyleClass().add("shortcuts-overlay");
        setId("shortcuts-overlay");
        Label title = new Label();
        title.textProperty().bind(language.text("help.title"));
        title.getStyleClass().add("shortcuts-title");
        Label hint = new Label();
        hint.textProperty().bind(language.text("help.hint"));
        hint.getStyleClass().add("shortcuts-hint");
        hint.setWrapText(true);

        areas = new FlowPane();
        areas.getStyleClass().add("shortcuts-areas");
        fill(areas, help.columnsProperty().get());
        help.columnsProperty().addListener((obs, old, columns) -> fill(areas, columns));
        language.messagesProperty()
                .addListener(o -> fill(areas, help.columnsProperty().get()));
        ScrollPane scroll = new ScrollPane(areas);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("shortcuts-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // the sections wrap into as many columns as the card's width allows
        areas.prefWrapLengthProperty().bind(scroll.widthProperty().subtract(24));

        card = new VBox(title, hint, scroll);
        card.getStyleClass().add("shortcuts-card");
        card.setId("shortcuts-card");
        getChildren().add(card);

        setOnMouseClicked(e -> help.hide());
        visibleProperty().bind(help.shownProperty());
        setManaged(false);
    }

    /** The card as wide as its columns side by side need, as tall as they need, within the window. */
    @Override
    protected void layoutChildren() {
        double columns = areas.getHgap() * Math.max(0, areas.getChildren().size() - 1);
        for (var column : areas.getChildren()) {
            columns += column.prefWidth(-1);
        }
        // the card's padding, and room for the scroll bar
        double natural = columns + card.getInsets().getLeft() + card.getInsets().getRight() + 24;
        double width = Math.max(0, Math.min(getWidth() - 2 * MARGIN, Math.min(card.maxWidth(-1), natural)));
        double height = Math.max(0, Math.min(getHeight() - 2 * MARGIN, card.prefHeight(width)));
        card.resizeRelocate(
                Math.round((getWidth() - width) / 2), Math.round((getHeight() - height) / 2), width, height);
    }

    private void fill(FlowPane areas, List<List<ShortcutArea>> columns) {
        areas.getChildren().clear();
        for (List<ShortcutArea> column : columns) {
            VBox box = new VBox();
            box.getStyleClass().add("shortcuts-column");
            column.forEach(area -> box.getChildren().add(area(area)));
            areas.getChildren().add(box);
        }
    }

    private VBox area(ShortcutArea area) {
        Label heading = new Label(language.get(area.messageKey()));
        heading.getStyleClass().add("shortcuts-heading");
        heading.setWrapText(true);
        GridPane rows = new GridPane();
        rows.getStyleClass().add("shortcuts-rows");
        int row = 0;
        for (Shortcut shortcut : Shortcut.in(area)) {
            Label keys = new Label(
                    shortcut.shownKeys().stream().map(ShortcutKeys::displayText).collect(Collectors.joining("  ")));
            keys.getStyleClass().add("shortcut-keys");
            keys.setWrapText(true);
            Label action = new Label(language.get(shortcut.messageKey()));
            action.getStyleClass().add("shortcut-action");
            action.setWrapText(true);
            rows.addRow(row++, keys, action);
        }
        VBox box = new VBox(heading, rows);
        box.getStyleClass().add("shortcuts-area");
        return box;
    }
}
