package app.counterpoint.view;

import app.counterpoint.model.Tour;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/** Menus and menu items whose texts follow View › Language, shared by the main window's menus. */
final class MenuItems {

    private MenuItems() {}

    /** A menu item whose text follows View › Language. */
    static MenuItem item(LanguageViewModel language, String key) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(language.text(key));
        return item;
    }

    static Menu menu(LanguageViewModel language, String key, MenuItem... items) {
        Menu menu = new Menu("", null, items);
        menu.textProperty().bind(language.text(key));
        return menu;
    }

    /** A menu of the story's tours, rebuilt whenever the story changes; disabled when it has none. */
    static Menu tourMenu(MainViewModel viewModel, String key, String id, Consumer<Tour> action) {
        LanguageViewModel language = viewModel.language();
        Menu menu = new Menu();
        menu.textProperty().bind(language.text(key));
        menu.setId(id);
        Runnable fill = () -> {
            menu.getItems().clear();
            for (Tour tour : viewModel.tours()) {
                MenuItem item = new MenuItem(language.get(
                        "menu.tour.item", tour.title(), tour.steps().size()));
                item.setMnemonicParsing(false);
                item.setOnAction(e -> action.accept(tour));
                menu.getItems().add(item);
            }
            menu.setDisable(menu.getItems().isEmpty());
        };
        viewModel.storyProperty().addListener((obs, old, story) -> fill.run());
        language.languageProperty().addListener((obs, old, now) -> fill.run());
        fill.run();
        return menu;
    }
}
