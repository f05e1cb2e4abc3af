package app.counterpoint.view;

import app.counterpoint.view.compare.ComparisonPane;
import app.counterpoint.view.details.DetailsPane;
import app.counterpoint.view.filter.FilterBar;
import app.counterpoint.view.timeline.TimelineView;
import app.counterpoint.viewmodel.LoadFailure;
import app.counterpoint.viewmodel.MainViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The main window: menu and filter bar on top, the timeline above the side-by-side comparison and the details
 * pane, a status line below. It binds to {@link MainViewModel} and forwards user actions; it holds no state.
 */
public final class MainWindow extends BorderPane {

    /** The application stylesheet, added to every scene that shows Counterpoint views. */
    public static final String STYLESHEET =
            MainWindow.class.getResource("/app/counterpoint/view/counterpoint.css").toExternalForm();

    private final MainViewModel viewModel;
    private final Stage stage;
    private final TimelineView timeline;

    /** Shown on the window while a file is dragged over it. */
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final String KEYBOARD_HINT =
            "Wheel: zoom \u00B7 Drag: pan \u00B7 \u2190 \u2192: previous / next event";
    private final Label hint = new Label(KEYBOARD_HINT);

    public MainWindow(MainViewModel viewModel, Stage stage) {
        this.viewModel = viewModel;
        this.stage = stage;
        getStyleClass().add("main-window");

        timeline = new TimelineView(viewModel.timeline());
        timeline.setId("timeline");
        ComparisonPane comparison = new ComparisonPane(viewModel.comparison());
        DetailsPane details = new DetailsPane(viewModel.details());

        SplitPane lower = new SplitPane(comparison, details);
        lower.setOrientation(Orientation.HORIZONTAL);
        lower.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(details, false);
        SplitPane main = new SplitPane(timeline, lower);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.38);
        main.getStyleClass().add("main-split");

        VBox top = new VBox(createMenuBar(), new FilterBar(viewModel.filter()));
        setTop(top);
        setCenter(main);
        setBottom(createStatusBar());

        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            var story = viewModel.storyProperty().get();
            return story == null ? "Counterpoint" : story.title() + " \u2014 Counterpoint";
        }, viewModel.storyProperty()));
        viewModel.lastFailureProperty().addListener((obs, old, failure) -> {
            if (failure != null) {
                showProblems(failure);
            }
        });
        viewModel.lastSaveErrorProperty().addListener((obs, old, error) -> {
            if (error != null) {
                Alert alert = new Alert(Alert.AlertType.ERROR, error);
                alert.initOwner(stage);
                alert.setHeaderText("The story was not saved");
                alert.show();
            }
        });
        acceptDroppedFiles();
    }

    /** A file dragged onto the window opens like File > Open; the window shows it will take the drop. */
    private void acceptDroppedFiles() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                pseudoClassStateChanged(DROP_TARGET, true);
                List<File> files = e.getDragboard().getFiles();
                hint.setText("Drop to open " + files.get(0).getName());
            }
            e.consume();
        });
        setOnDragExited(e -> endDrop());
        setOnDragDropped((DragEvent e) -> {
            boolean opened = false;
            if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
                viewModel.open(e.getDragboard().getFiles().get(0).toPath());
                opened = true;
            }
            e.setDropCompleted(opened);
            endDrop();
            e.consume();
        });
    }

    private void endDrop() {
        pseudoClassStateChanged(DROP_TARGET, false);
        hint.setText(KEYBOARD_HINT);
    }

    private MenuBar createMenuBar() {
        MenuItem open = new MenuItem("Open\u2026");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> chooseAndOpen());
        MenuItem bundled = new MenuItem("Open Bundled Story");
        bundled.setOnAction(e -> viewModel.openBundledStory());
        MenuItem save = new MenuItem("Save");
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(e -> {
            if (!viewModel.save()) {
                chooseAndSave();
            }
        });
        MenuItem saveAs = new MenuItem("Save As\u2026");
        saveAs.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        saveAs.setOnAction(e -> chooseAndSave());
        MenuItem export = new MenuItem("Export TimelineJS JSON\u2026");
        export.setOnAction(e -> chooseAndExport());
        for (MenuItem needsStory : List.of(save, saveAs, export)) {
            needsStory.disableProperty().bind(viewModel.storyProperty().isNull());
        }
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("_File", null, open, bundled, new SeparatorMenuItem(), save, saveAs, export,
                new SeparatorMenuItem(), quit);

        MenuItem fit = new MenuItem("Zoom to Fit");
        fit.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        fit.setOnAction(e -> viewModel.timeline().zoomToFit());
        MenuItem reset = new MenuItem("Show Everything");
        reset.setOnAction(e -> viewModel.filter().reset());
        Menu view = new Menu("_View", null, fit, reset);
        MenuBar bar = new MenuBar(file, view);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a story");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Stories and timelines (*.json, *.csv)", "*.json", "*.csv"),
                new FileChooser.ExtensionFilter("Counterpoint stories (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("TimelineJS or statement sheets (*.csv)", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            viewModel.open(file.toPath());
        }
    }

    private void chooseAndSave() {
        File file = chooseTarget("Save the story", "Counterpoint stories (*.json)", suggestedName(""));
        if (file != null) {
            viewModel.save(file.toPath());
        }
    }

    private void chooseAndExport() {
        File file = chooseTarget("Export for TimelineJS", "TimelineJS JSON (*.json)", suggestedName("-timelinejs"));
        if (file != null) {
            viewModel.exportTimelineJs(file.toPath());
        }
    }

    private File chooseTarget(String title, String description, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*.json"));
        chooser.setInitialFileName(name);
        Path current = viewModel.currentFileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return chooser.showSaveDialog(stage);
    }

    /** "statements.csv" → "statements.json": the story's name with the suffix and a .json extension. */
    private String suggestedName(String suffix) {
        String name = viewModel.storyNameProperty().get();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name.isBlank() ? "story" : name;
        return stem + suffix + ".json";
    }

    private void showProblems(LoadFailure failure) {
        new ProblemsDialog(failure, stage).show();
    }

    private HBox createStatusBar() {
        Label status = new Label();
        status.textProperty().bind(viewModel.statusProperty());
        status.getStyleClass().add("status-text");
        ProgressIndicator progress = new ProgressIndicator();
        progress.getStyleClass().add("status-progress");
        progress.progressProperty().bind(viewModel.loadProgressProperty());
        progress.visibleProperty().bind(viewModel.loadingProperty());
        progress.managedProperty().bind(viewModel.loadingProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-loading");
        cancel.getStyleClass().add("status-cancel");
        cancel.setOnAction(e -> viewModel.cancelLoading());
        cancel.visibleProperty().bind(viewModel.loadingProperty());
        cancel.managedProperty().bind(viewModel.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        hint.getStyleClass().add("status-hint");
        HBox bar = new HBox(8, progress, status, cancel, spacer, hint);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    public TimelineView timeline() {
        return timeline;
    }
}
