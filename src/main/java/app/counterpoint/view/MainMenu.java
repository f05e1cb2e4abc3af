package app.counterpoint.view;

import app.counterpoint.about.AboutInfo;
import app.counterpoint.view.compare.ComparisonTabs;
import app.counterpoint.view.draft.NewFromArticleDialog;
import app.counterpoint.view.edit.NewStoryDialog;
import app.counterpoint.view.help.ShortcutKeys;
import app.counterpoint.view.present.PresentationMode;
import app.counterpoint.view.timeline.TimelineView;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.help.Shortcut;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The main window's menus: File (open, recent, save, export, print), Edit ({@link EditMenu}), View
 * ({@link ViewMenu}) and Help; File › Export is {@link ExportMenu}.
 */
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
        for (MenuItem needsStory : List.of(save, saveAs)) {
            needsStory.disableProperty().bind(viewModel.storyProperty().isNull());
        }
        MenuItem quit = item("menu.file.quit");
        quit.setAccelerator(ShortcutKeys.main(Shortcut.QUIT));
        quit.setOnAction(e -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        Menu recent = menu("menu.file.recent");
        recent.setId("open-recent");
        fillRecentMenu(recent);
        viewModel.settings().recentFiles().addListener((ListChangeListener<String>) c -> fillRecentMenu(recent));
        Menu export = new ExportMenu(viewModel, stage, files, timeline, comparison).build();
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

        Menu view = new ViewMenu(viewModel, timeline, presentation, comparison::showEventsList).build();
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

    private MenuItem item(String key) {
        return MenuItems.item(language, key);
    }

    private Menu menu(String key, MenuItem... items) {
        return MenuItems.menu(language, key, items);
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
}
