package app.counterpoint.view;

import app.counterpoint.about.AboutInfo;
import app.counterpoint.i18n.Language;
import app.counterpoint.view.compare.ComparisonTabs;
import app.counterpoint.view.draft.NewFromArticleDialog;
import app.counterpoint.view.edit.NewStoryDialog;
import app.counterpoint.view.help.ShortcutKeys;
import app.counterpoint.view.present.PresentationMode;
import app.counterpoint.view.timeline.TimelineView;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.help.Shortcut;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import app.counterpoint.viewmodel.settings.TextSizeViewModel;
import app.counterpoint.viewmodel.settings.Theme;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** The main window's menus: File (open, recent, save, export, print), View (zoom, theme, text size, present), Help. */
final class MainMenu {

    private final MainViewModel viewModel;
    private final Stage stage;
    private final FileActions files;
    private final TimelineView timeline;
    private final ComparisonTabs comparison;
    private final PresentationMode presentation;
    private final EditMenu edit;
    private final UnsavedChanges unsaved;
    private final Supplier<List<String>> stylesheets;
    private final LanguageViewModel language;

    MainMenu(
            MainViewModel viewModel,
            Stage stage,
            FileActions files,
            TimelineView timeline,
            ComparisonTabs comparison,
            PresentationMode presentation,
            EditMenu edit,
            UnsavedChanges unsaved,
            Supplier<List<String>> stylesheets) {
        this.edit = edit;
        this.unsaved = unsaved;
        this.stylesheets = stylesheets;
        this.viewModel = viewModel;
        this.language = viewModel.language();
        this.stage = stage;
        this.files = files;
        this.timeline = timeline;
        this.comparison = comparison;
        this.presentation = presentation;
    }

    MenuBar build() {
        MenuItem open = item("menu.file.open");
        open.setAccelerator(ShortcutKeys.main(Shortcut.OPEN));
        open.setOnAction(e -> unsaved.then(files::chooseAndOpen));
        MenuItem bundled = item("menu.file.bundled");
        bundled.setOnAction(e -> unsaved.then(viewModel::openBundledStory));
        MenuItem newStory = item("menu.file.new");
        newStory.setId("new-story");
        newStory.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        newStory.setOnAction(e -> unsaved.then(
                () -> NewStoryDialog.show(viewModel.language(), stage, stylesheets.get(), viewModel::newStory)));
        MenuItem fromArticle = item("menu.file.fromArticle");
        fromArticle.setId("new-from-article");
        fromArticle.setOnAction(e -> NewFromArticleDialog.show(
                viewModel.drafts().newFromArticle(),
                viewModel.language(),
                stage,
                stylesheets.get(),
                viewModel.drafts()::reviewDraft));
        MenuItem template = item("menu.file.template");
        template.setOnAction(e -> files.chooseAndWriteTemplate());
        MenuItem exportStatements = item("menu.export.statementsCsv");
        exportStatements.setOnAction(e -> files.chooseAndExportStatements());
        exportStatements.disableProperty().bind(viewModel.storyProperty().isNull());
        MenuItem save = item("menu.file.save");
        save.setAccelerator(ShortcutKeys.main(Shortcut.SAVE));
        save.setOnAction(e -> {
            if (!viewModel.files().save()) {
                files.chooseAndSave();
            }
        });
        MenuItem saveAs = item("menu.file.saveAs");
        saveAs.setAccelerator(ShortcutKeys.main(Shortcut.SAVE_AS));
        saveAs.setOnAction(e -> files.chooseAndSave());
        MenuItem exportTimelineJs = item("menu.export.timelineJs");
        exportTimelineJs.setOnAction(e -> files.chooseAndExport());
        for (MenuItem needsStory : List.of(save, saveAs, exportTimelineJs)) {
            needsStory.disableProperty().bind(viewModel.storyProperty().isNull());
        }
        MenuItem quit = item("menu.file.quit");
        quit.setAccelerator(ShortcutKeys.main(Shortcut.QUIT));
        quit.setOnAction(e -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        Menu recent = menu("menu.file.recent");
        recent.setId("open-recent");
        fillRecentMenu(recent);
        viewModel.settings().recentFiles().addListener((ListChangeListener<String>) c -> fillRecentMenu(recent));
        Menu export = menu(
                "menu.file.export",
                exportTimelineJs,
                exportStatements,
                new SeparatorMenuItem(),
                exportItem("menu.export.timelinePng", timeline, 1),
                exportItem("menu.export.timelinePng2x", timeline, 2),
                exportItem("menu.export.comparisonPng", comparison, 1),
                exportItem("menu.export.comparisonPng2x", comparison, 2),
                new SeparatorMenuItem(),
                comparisonTextItem("menu.export.comparisonMarkdown", "md"),
                comparisonTextItem("menu.export.comparisonHtml", "html"),
                new SeparatorMenuItem(),
                handoutPdfItem(),
                tourMenu("menu.export.worksheet", "export-worksheet", this::exportWorksheet),
                tourMenu("menu.export.slideshow", "export-slideshow", this::exportSlideshow));
        MenuItem print = item("menu.file.print");
        print.setAccelerator(ShortcutKeys.main(Shortcut.PRINT));
        print.setOnAction(e -> files.printHandout());
        Menu file = menu(
                "menu.file",
                newStory,
                fromArticle,
                template,
                new SeparatorMenuItem(),
                open,
                recent,
                bundled,
                new SeparatorMenuItem(),
                save,
                saveAs,
                new SeparatorMenuItem(),
                export,
                print,
                new SeparatorMenuItem(),
                quit);

        // Ctrl+0 is the text's normal size, as in browsers; the timeline fits with Home or F
        MenuItem fit = item("menu.view.fit");
        fit.setOnAction(e -> timeline.zoomToFit());
        MenuItem reset = item("menu.view.showEverything");
        reset.setOnAction(e -> viewModel.filter().reset());
        MenuItem inSource = item("menu.view.showInSource");
        inSource.setId("menu-show-in-source");
        inSource.setAccelerator(ShortcutKeys.main(Shortcut.SHOW_IN_SOURCE));
        inSource.setOnAction(e -> viewModel
                .reader()
                .showNextAbout(viewModel.selectedEventProperty().get()));
        inSource.disableProperty().bind(viewModel.selectedEventProperty().isNull());
        MenuItem present = item("menu.view.present");
        present.setAccelerator(ShortcutKeys.main(Shortcut.PRESENT));
        present.setOnAction(e -> presentation.enter());
        Menu tours = tourMenu("menu.view.presentTour", "present-tour", presentation::enterTour);
        var quiz = viewModel.comparison().quiz();
        MenuItem revealNext = item("menu.view.revealNext");
        revealNext.setId("quiz-reveal-next");
        revealNext.setOnAction(e -> quiz.revealNext());
        revealNext.disableProperty().bind(quiz.quizProperty().not());
        MenuItem revealAll = item("menu.view.revealAll");
        revealAll.setOnAction(e -> quiz.revealAll());
        revealAll.disableProperty().bind(quiz.quizProperty().not());
        javafx.scene.control.CheckMenuItem shuffleSides = new javafx.scene.control.CheckMenuItem();
        shuffleSides.textProperty().bind(language.text("menu.view.shuffleSides"));
        shuffleSides.setId("shuffle-sides");
        shuffleSides.selectedProperty().bindBidirectional(quiz.shuffleSidesProperty());
        MenuItem shuffleAgain = item("menu.view.shuffleAgain");
        shuffleAgain.setOnAction(e -> quiz.reshuffle());
        Menu view = menu(
                "menu.view",
                fit,
                reset,
                inSource,
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
        MenuItem about = item("menu.help.about");
        about.setOnAction(e -> new AboutDialog(AboutInfo.load(), viewModel.language(), stage).show());
        MenuItem keys = item("menu.help.keys");
        keys.setId("keyboard-shortcuts");
        keys.setAccelerator(ShortcutKeys.main(Shortcut.HELP));
        keys.setOnAction(e -> viewModel.help().show());
        Menu help = menu("menu.help", keys, new SeparatorMenuItem(), about);
        MenuBar bar = new MenuBar(file, edit.build(), view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** A menu item whose text follows View › Language. */
    private MenuItem item(String key) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(language.text(key));
        return item;
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu("", null, items);
        menu.textProperty().bind(language.text(key));
        return menu;
    }

    /** View › Language: each language under its own name, so anyone finds theirs whatever is shown now. */
    private Menu languageMenu() {
        ToggleGroup group = new ToggleGroup();
        Menu menu = menu("menu.view.language");
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

    private void fillRecentMenu(Menu recent) {
        recent.getItems()
                .setAll(viewModel.settings().recentFiles().stream()
                        .map(path -> {
                            MenuItem item = new MenuItem(Path.of(path).getFileName() + "  —  " + path);
                            item.setMnemonicParsing(false);
                            item.setOnAction(e -> unsaved.then(() -> viewModel.open(Path.of(path))));
                            return item;
                        })
                        .toList());
        recent.setDisable(recent.getItems().isEmpty());
    }

    private Menu themeMenu() {
        ToggleGroup group = new ToggleGroup();
        Menu menu = menu("menu.view.theme");
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
        MenuItem larger = item("menu.view.textSize.larger");
        larger.setAccelerator(ShortcutKeys.main(Shortcut.TEXT_LARGER));
        larger.setOnAction(e -> size.enlarge());
        larger.disableProperty().bind(size.canEnlargeProperty().not());
        MenuItem smaller = item("menu.view.textSize.smaller");
        smaller.setAccelerator(ShortcutKeys.main(Shortcut.TEXT_SMALLER));
        smaller.setOnAction(e -> size.shrink());
        smaller.disableProperty().bind(size.canShrinkProperty().not());
        MenuItem normal = item("menu.view.textSize.normal");
        normal.setAccelerator(ShortcutKeys.main(Shortcut.TEXT_RESET));
        normal.setOnAction(e -> size.reset());
        Menu menu = new Menu("", null, larger, smaller, normal);
        menu.setId("text-size");
        menu.textProperty().bind(language.textWith("menu.view.textSize", size.scaleProperty()));
        return menu;
    }

    private Menu textSizeMenu() {
        ToggleGroup group = new ToggleGroup();
        Menu menu = menu("menu.view.presentationSize");
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

    private MenuItem exportItem(String key, Node part, double scale) {
        MenuItem item = item(key);
        item.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(language.get("chooser.save", item.getText().replace("\u2026", "")));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(language.get("chooser.png"), "*.png"));
            chooser.setInitialFileName(viewModel.storyNameProperty().get().replaceAll("\\.json$", "")
                    + (part == timeline ? "-timeline" : "-comparison") + (scale > 1 ? "@2x" : "") + ".png");
            File file = chooser.showSaveDialog(stage);
            if (file != null) {
                files.exportPng(part, scale, file.toPath());
            }
        });
        return item;
    }

    private MenuItem quizItem() {
        javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem();
        item.textProperty().bind(language.text("menu.view.quiz"));
        item.setId("quiz");
        item.selectedProperty().bindBidirectional(viewModel.comparison().quiz().quizProperty());
        return item;
    }

    /** A menu of the story's tours, rebuilt whenever the story changes; disabled when it has none. */
    private Menu tourMenu(String key, String id, java.util.function.Consumer<app.counterpoint.model.Tour> action) {
        Menu menu = new Menu();
        menu.textProperty().bind(language.text(key));
        menu.setId(id);
        Runnable fill = () -> {
            menu.getItems().clear();
            for (app.counterpoint.model.Tour tour : viewModel.tours()) {
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

    private void exportWorksheet(app.counterpoint.model.Tour tour) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(language.get("chooser.worksheet", tour.title()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(language.get("chooser.pdf"), "*.pdf"));
        chooser.setInitialFileName("worksheet.pdf");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            try {
                viewModel.files().exportWorksheet(file.toPath(), tour);
            } catch (IOException | RuntimeException ex) {
                files.showExportError(file.toPath(), ex instanceof IOException io ? io : new IOException(ex));
            }
        }
    }

    private MenuItem handoutPdfItem() {
        MenuItem item = item("menu.export.handoutPdf");
        item.setId("export-handout-pdf");
        item.disableProperty().bind(viewModel.storyProperty().isNull());
        item.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(language.get("chooser.handoutPdf"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(language.get("chooser.pdf"), "*.pdf"));
            chooser.setInitialFileName("handout.pdf");
            File file = chooser.showSaveDialog(stage);
            if (file != null) {
                try {
                    viewModel.files().exportHandoutPdf(file.toPath());
                } catch (IOException ex) {
                    files.showExportError(file.toPath(), ex);
                }
            }
        });
        return item;
    }

    private void exportSlideshow(app.counterpoint.model.Tour tour) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(language.get("chooser.slideshow", tour.title()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(language.get("chooser.html"), "*.html"));
        chooser.setInitialFileName("slideshow.html");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            try {
                viewModel.files().exportSlideshow(file.toPath(), tour);
            } catch (IOException ex) {
                files.showExportError(file.toPath(), ex);
            }
        }
    }

    private MenuItem comparisonTextItem(String key, String extension) {
        MenuItem item = item(key);
        item.disableProperty().bind(Bindings.isEmpty(viewModel.comparison().rows()));
        item.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(language.get("chooser.save", item.getText().replace("\u2026", "")));
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(
                            language.get(extension.equals("html") ? "chooser.html" : "chooser.markdown"),
                            "*." + extension));
            chooser.setInitialFileName("comparison." + extension);
            File file = chooser.showSaveDialog(stage);
            if (file != null) {
                try {
                    viewModel.files().exportComparison(file.toPath(), extension.equals("html"));
                } catch (IOException ex) {
                    files.showExportError(file.toPath(), ex);
                }
            }
        });
        return item;
    }
}
