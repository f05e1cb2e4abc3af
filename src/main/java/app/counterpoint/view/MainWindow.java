package app.counterpoint.view;

import app.counterpoint.view.compare.ComparisonPane;
import app.counterpoint.view.details.DetailsPane;
import app.counterpoint.view.filter.FilterBar;
import app.counterpoint.view.timeline.TimelineOverview;
import app.counterpoint.view.timeline.TimelineToolbar;
import app.counterpoint.view.timeline.TimelineView;
import app.counterpoint.viewmodel.LoadFailure;
import app.counterpoint.viewmodel.MainViewModel;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
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
        SplitPane main = new SplitPane(createTimelinePane(comparison), lower);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.47);
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
    }

    /** The timeline with its toolbar above and the overview strip below; Enter on an event opens its comparison. */
    private VBox createTimelinePane(ComparisonPane comparison) {
        timeline.setOnOpenEvent(event -> comparison.requestFocus());
        TimelineOverview overview = new TimelineOverview(viewModel.timeline());
        overview.setId("timeline-overview");
        VBox pane = new VBox(new TimelineToolbar(timeline), timeline, overview);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        pane.getStyleClass().add("timeline-pane");
        return pane;
    }

    private MenuBar createMenuBar() {
        MenuItem open = new MenuItem("Open\u2026");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> chooseAndOpen());
        MenuItem bundled = new MenuItem("Open Bundled Story");
        bundled.setOnAction(e -> viewModel.openBundledStory());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("_File", null, open, bundled, new SeparatorMenuItem(), quit);

        MenuItem fit = new MenuItem("Zoom to Fit");
        fit.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        fit.setOnAction(e -> timeline.zoomToFit());
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
                new FileChooser.ExtensionFilter("Counterpoint stories (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            viewModel.open(file.toPath());
        }
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
        progress.visibleProperty().bind(viewModel.loadingProperty());
        progress.managedProperty().bind(viewModel.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label("Wheel or +/\u2212: zoom \u00B7 Drag or Shift+\u2190 \u2192: pan \u00B7 \u2190 \u2192: previous / next"
                + " event \u00B7 Enter: compare");
        hint.getStyleClass().add("status-hint");
        HBox bar = new HBox(8, progress, status, spacer, hint);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    public TimelineView timeline() {
        return timeline;
    }
}
