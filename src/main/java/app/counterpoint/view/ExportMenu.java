package app.counterpoint.view;

import static app.counterpoint.view.MenuItems.item;
import static app.counterpoint.view.MenuItems.menu;
import static app.counterpoint.view.MenuItems.tourMenu;

import app.counterpoint.model.Tour;
import app.counterpoint.view.compare.ComparisonTabs;
import app.counterpoint.view.timeline.TimelineView;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.io.File;
import java.io.IOException;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * File › Export: the story as TimelineJS, its statements as CSV, the timeline or the comparison as PNG, the
 * comparison as Markdown or HTML, the handout, and a tour's worksheet or slideshow; each asks where to write.
 */
final class ExportMenu {

    private final MainViewModel viewModel;
    private final LanguageViewModel language;
    private final Stage stage;
    private final FileActions files;
    private final TimelineView timeline;
    private final ComparisonTabs comparison;

    ExportMenu(
            MainViewModel viewModel, Stage stage, FileActions files, TimelineView timeline, ComparisonTabs comparison) {
        this.viewModel = viewModel;
        this.language = viewModel.language();
        this.stage = stage;
        this.files = files;
        this.timeline = timeline;
        this.comparison = comparison;
    }

    Menu build() {
        MenuItem exportStatements = item(language, "menu.export.statementsCsv");
        exportStatements.setOnAction(e -> files.chooseAndExportStatements());
        exportStatements.disableProperty().bind(viewModel.storyProperty().isNull());
        MenuItem exportTimelineJs = item(language, "menu.export.timelineJs");
        exportTimelineJs.setOnAction(e -> files.chooseAndExport());
        exportTimelineJs.disableProperty().bind(viewModel.storyProperty().isNull());
        return menu(
                language,
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
                tourMenu(viewModel, "menu.export.worksheet", "export-worksheet", this::exportWorksheet),
                tourMenu(viewModel, "menu.export.slideshow", "export-slideshow", this::exportSlideshow));
    }

    private MenuItem exportItem(String key, Node part, double scale) {
        MenuItem item = item(language, key);
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

    private void exportWorksheet(Tour tour) {
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
        MenuItem item = item(language, "menu.export.handoutPdf");
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

    private void exportSlideshow(Tour tour) {
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
        MenuItem item = item(language, key);
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
