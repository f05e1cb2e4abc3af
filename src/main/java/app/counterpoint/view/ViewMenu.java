package app.counterpoint.view;

import static app.counterpoint.view.MenuItems.item;
import static app.counterpoint.view.MenuItems.menu;
import static app.counterpoint.view.MenuItems.tourMenu;

import app.counterpoint.i18n.Language;
import app.counterpoint.view.help.ShortcutKeys;
import app.counterpoint.view.present.PresentationMode;
import app.counterpoint.view.timeline.TimelineView;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.help.Shortcut;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import app.counterpoint.viewmodel.settings.TextSizeViewModel;
import app.counterpoint.viewmodel.settings.Theme;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * The View menu: fit the timeline, show everything, show in source, the events as a list; theme, text sizes,
 * language, reduce motion; the quiz and its reveals, shuffled sides; present, or present a tour.
 */
final class ViewMenu {

    private final MainViewModel viewModel;
    private final LanguageViewModel language;
    private final TimelineView timeline;
    private final PresentationMode presentation;
    private final Runnable showEventsList;

    /** @param showEventsList shows the Events list tab with the keyboard in its table */
    ViewMenu(MainViewModel viewModel, TimelineView timeline, PresentationMode presentation, Runnable showEventsList) {
        this.viewModel = viewModel;
        this.language = viewModel.language();
        this.timeline = timeline;
        this.presentation = presentation;
        this.showEventsList = showEventsList;
    }

    Menu build() {
        // Ctrl+0 is the text's normal size, as in browsers; the timeline fits with Home or F
        MenuItem fit = item(language, "menu.view.fit");
        fit.setOnAction(e -> timeline.zoomToFit());
        MenuItem reset = item(language, "menu.view.showEverything");
        reset.setOnAction(e -> viewModel.filter().reset());
        MenuItem inSource = item(language, "menu.view.showInSource");
        inSource.setId("menu-show-in-source");
        inSource.setAccelerator(ShortcutKeys.main(Shortcut.SHOW_IN_SOURCE));
        inSource.setOnAction(e -> viewModel
                .reader()
                .showNextAbout(viewModel.selectedEventProperty().get()));
        inSource.disableProperty().bind(viewModel.selectedEventProperty().isNull());
        MenuItem eventsList = item(language, "menu.view.eventsList");
        eventsList.setId("menu-events-list");
        eventsList.setOnAction(e -> showEventsList.run());
        MenuItem present = item(language, "menu.view.present");
        present.setAccelerator(ShortcutKeys.main(Shortcut.PRESENT));
        present.setOnAction(e -> presentation.enter());
        Menu tours = tourMenu(viewModel, "menu.view.presentTour", "present-tour", presentation::enterTour);
        var quiz = viewModel.comparison().quiz();
        MenuItem revealNext = item(language, "menu.view.revealNext");
        revealNext.setId("quiz-reveal-next");
        revealNext.setOnAction(e -> quiz.revealNext());
        revealNext.disableProperty().bind(quiz.quizProperty().not());
        MenuItem revealAll = item(language, "menu.view.revealAll");
        revealAll.setOnAction(e -> quiz.revealAll());
        revealAll.disableProperty().bind(quiz.quizProperty().not());
        CheckMenuItem shuffleSides = new CheckMenuItem();
        shuffleSides.textProperty().bind(language.text("menu.view.shuffleSides"));
        shuffleSides.setId("shuffle-sides");
        shuffleSides.selectedProperty().bindBidirectional(quiz.shuffleSidesProperty());
        MenuItem shuffleAgain = item(language, "menu.view.shuffleAgain");
        shuffleAgain.setOnAction(e -> quiz.reshuffle());
        return menu(
                language,
                "menu.view",
                fit,
                reset,
                inSource,
                eventsList,
                new SeparatorMenuItem(),
                themeMenu(),
                windowTextSizeMenu(),
                textSizeMenu(),
                languageMenu(),
                reduceMotion(),
                new SeparatorMenuItem(),
                quizItem(),
                revealNext,
                revealAll,
                shuffleSides,
                shuffleAgain,
                new SeparatorMenuItem(),
                present,
                tours);
    }

    /** View › Language: each language under its own name, so anyone finds theirs whatever is shown now. */
    private Menu languageMenu() {
        ToggleGroup group = new ToggleGroup();
        Menu menu = menu(language, "menu.view.language");
        menu.setId("language");
        for (Language each : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(each.nativeName());
            item.setId("language-" + each.locale().getLanguage());
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(language.getLanguage() == each);
            item.setOnAction(e -> language.languageProperty().set(each));
            language.languageProperty().addListener((obs, old, now) -> item.setSelected(now == each));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** View › Reduce Motion: zoom, glides and transitions jump instead of moving. */
    private MenuItem reduceMotion() {
        CheckMenuItem item = new CheckMenuItem();
        item.setId("reduce-motion");
        item.textProperty().bind(language.text("menu.view.reduceMotion"));
        item.selectedProperty().bindBidirectional(viewModel.settings().reduceMotionProperty());
        return item;
    }

    private Menu themeMenu() {
        ToggleGroup group = new ToggleGroup();
        Menu menu = menu(language, "menu.view.theme");
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem();
            item.textProperty().bind(language.text(theme.messageKey()));
            item.setToggleGroup(group);
            item.setSelected(viewModel.settings().themeProperty().get() == theme);
            item.setOnAction(e -> viewModel.settings().themeProperty().set(theme));
            viewModel.settings().themeProperty().addListener((obs, old, now) -> item.setSelected(now == theme));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** View › Text Size: the whole window's text, 80 % to 200 %; the keys work anywhere (see WindowKeys). */
    private Menu windowTextSizeMenu() {
        TextSizeViewModel size = viewModel.textSize();
        MenuItem larger = item(language, "menu.view.textSize.larger");
        larger.setAccelerator(ShortcutKeys.main(Shortcut.TEXT_LARGER));
        larger.setOnAction(e -> size.enlarge());
        larger.disableProperty().bind(size.canEnlargeProperty().not());
        MenuItem smaller = item(language, "menu.view.textSize.smaller");
        smaller.setAccelerator(ShortcutKeys.main(Shortcut.TEXT_SMALLER));
        smaller.setOnAction(e -> size.shrink());
        smaller.disableProperty().bind(size.canShrinkProperty().not());
        MenuItem normal = item(language, "menu.view.textSize.normal");
        normal.setAccelerator(ShortcutKeys.main(Shortcut.TEXT_RESET));
        normal.setOnAction(e -> size.reset());
        Menu menu = new Menu("", null, larger, smaller, normal);
        menu.setId("text-size");
        menu.textProperty().bind(language.textWith("menu.view.textSize", size.scaleProperty()));
        return menu;
    }

    private Menu textSizeMenu() {
        ToggleGroup group = new ToggleGroup();
        Menu menu = menu(language, "menu.view.presentationSize");
        for (int percent = 100; percent <= 250; percent += 25) {
            double scale = percent / 100.0;
            RadioMenuItem item = new RadioMenuItem();
            item.textProperty().bind(language.text("menu.view.percent", scale));
            item.setToggleGroup(group);
            item.setSelected(
                    Math.abs(viewModel.presentation().fontScaleProperty().get() - scale) < 0.01);
            item.setOnAction(e -> viewModel.presentation().fontScaleProperty().set(scale));
            viewModel
                    .presentation()
                    .fontScaleProperty()
                    .addListener((obs, old, now) -> item.setSelected(Math.abs(now.doubleValue() - scale) < 0.01));
            menu.getItems().add(item);
        }
        return menu;
    }

    private MenuItem quizItem() {
        CheckMenuItem item = new CheckMenuItem();
        item.textProperty().bind(language.text("menu.view.quiz"));
        item.setId("quiz");
        item.selectedProperty().bindBidirectional(viewModel.comparison().quiz().quizProperty());
        return item;
    }
}
