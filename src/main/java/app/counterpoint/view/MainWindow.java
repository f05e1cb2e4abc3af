package app.counterpoint.view;

import app.counterpoint.view.compare.ComparisonTabs;
import app.counterpoint.view.details.DetailsPane;
import app.counterpoint.view.filter.FilterBar;
import app.counterpoint.view.filter.TopicChipBar;
import app.counterpoint.view.help.ShortcutsOverlay;
import app.counterpoint.view.present.PresentationHeader;
import app.counterpoint.view.present.PresentationMode;
import app.counterpoint.view.reader.SourceReaderPane;
import app.counterpoint.view.timeline.TimelineOverview;
import app.counterpoint.view.timeline.TimelineToolbar;
import app.counterpoint.view.timeline.TimelineView;
import app.counterpoint.viewmodel.LoadFailure;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.search.SearchMarks;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import app.counterpoint.viewmodel.settings.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window: menu and filter bar on top, the timeline above the side-by-side comparison and the details
 * pane, a status line below. It binds to {@link MainViewModel} and forwards user actions; it holds no state.
 */
public final class MainWindow extends BorderPane {

    /** Marks a window's root with {@code :right-to-left} while it reads from the right. */
    public static void markRightToLeft(javafx.scene.Node root, boolean rightToLeft) {
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("right-to-left"), rightToLeft);
    }

    /** The application stylesheet, added to every scene that shows Counterpoint views. */
    public static final String STYLESHEET = MainWindow.class
            .getResource("/app/counterpoint/view/counterpoint.css")
            .toExternalForm();

    /** The stylesheets of a theme: the base look, then the theme's own on top. */
    public static List<String> stylesheetsOf(Theme theme) {
        return theme.stylesheet() == null
                ? List.of(STYLESHEET)
                : List.of(
                        STYLESHEET,
                        MainWindow.class
                                .getResource("/app/counterpoint/view/" + theme.stylesheet())
                                .toExternalForm());
    }

    private static final double TIMELINE_MIN_HEIGHT = 90;
    private static final double TIMELINE_MIN_WIDTH = 300;

    private final MainViewModel viewModel;
    private final Stage stage;
    private final TimelineView timeline;
    private final ComparisonTabs comparison;
    private final DetailsPane details;
    /** The details, the source reader or a draft's review beside the comparison. */
    private final BesideComparison beside;

    private final SourceReaderPane presentingReader;

    private final SplitPane lower;
    private final StatusBar statusBar;
    private final Region blank = new Region();
    private final ShortcutsOverlay shortcuts;
    private final PresentationMode presentation;
    private TimelineToolbar timelineToolbar;
    private TimelineOverview overview;
    private final WindowSplits splits;
    private final WindowStyling styling;
    private final PresentingLayout presentingLayout;

    private final FileActions fileActions;
    private UnsavedChanges unsaved;
    private EditMenu editMenu;

    public MainWindow(MainViewModel viewModel, Stage stage) {
        this(
                viewModel,
                stage,
                url -> System.getLogger(MainWindow.class.getName())
                        .log(System.Logger.Level.WARNING, "No browser to open {0}", url));
    }

    /** @param openLink opens an http(s) address in the system browser (the app passes HostServices) */
    public MainWindow(MainViewModel viewModel, Stage stage, Consumer<String> openLink) {
        this.viewModel = viewModel;
        this.stage = stage;
        getStyleClass().add("main-window");
        DialogsFitTheirContent.install();
        viewModel.useClipboard(new SystemClipboard());
        // Arabic lays the whole window out from the right; the timeline keeps time running left to right
        nodeOrientationProperty()
                .bind(Bindings.when(viewModel.language().rightToLeftProperty())
                        .then(NodeOrientation.RIGHT_TO_LEFT)
                        .otherwise(NodeOrientation.LEFT_TO_RIGHT));
        // Tab into a control scrolled out of sight brings it into view
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                FocusScroll.install(scene);
            }
        });
        // Arabic script has no italic: the window's own words in it are set upright (counterpoint.css)
        viewModel.language().rightToLeftProperty().addListener((obs, was, rtl) -> markRightToLeft(this, rtl));
        markRightToLeft(this, viewModel.language().rightToLeftProperty().get());

        timeline = new TimelineView(viewModel.timeline(), viewModel.language());
        timeline.setId("timeline");
        styling = new WindowStyling(viewModel, this, timeline);
        timeline.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        timeline.reduceMotionProperty().bind(viewModel.settings().reduceMotionProperty());
        timeline.labelMarksProperty()
                .bind(Bindings.createObjectBinding(
                        () -> {
                            SearchMarks marks =
                                    viewModel.search().marksProperty().get();
                            return marks.isEmpty() ? e -> List.of() : marks::inTitle;
                        },
                        viewModel.search().marksProperty()));
        comparison = new ComparisonTabs(viewModel, openLink);
        details = new DetailsPane(viewModel.details(), viewModel.language());
        details.showSearch(viewModel.search().marksProperty());

        lower = new SplitPane(comparison, details);
        lower.setOrientation(Orientation.HORIZONTAL);
        lower.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(details, false);
        SplitPane main = new SplitPane(createTimelinePane(), lower);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.3);
        main.getStyleClass().add("main-split");
        // the canvas's own size would be its minimum, so the timeline could only ever grow (presenting twice did)
        timeline.setMinHeight(TIMELINE_MIN_HEIGHT);
        // and its width: a window once wide (presenting, maximised) could never be narrowed again
        timeline.setMinWidth(TIMELINE_MIN_WIDTH);
        splits = new WindowSplits(main, lower, viewModel.settings().timelineShareProperty(), this::timelineNeed);
        viewModel.storyProperty().addListener((obs, old, story) -> splits.placeTimeline());
        beside = new BesideComparison(
                viewModel, comparison, lower, details, splits, action -> unsaved.then(action), this::requestLayout);
        presentingReader = beside.presentingReader();
        viewModel.timeline().laneModeProperty().addListener((obs, old, mode) -> splits.placeTimeline());
        timeline.neededHeightProperty().addListener((obs, old, height) -> splits.placeTimeline());

        presentation = new PresentationMode(viewModel, stage, this::themeStylesheets, this::setPresenting, openLink);
        FilterBar filterBar = new FilterBar(viewModel.filter(), viewModel.language());
        LanguageViewModel language = viewModel.language();
        Button present = new Button();
        present.textProperty().bind(language.text("window.present"));
        present.setId("present-button");
        present.getStyleClass().add("present-button");
        Tooltip presentTip = new Tooltip();
        presentTip.textProperty().bind(language.text("window.present.tooltip"));
        present.setTooltip(presentTip);
        present.setOnAction(e -> presentation.enter());
        present.setMinWidth(Region.USE_PREF_SIZE);
        fileActions = new FileActions(viewModel, stage, timeline, this::themeStylesheets);
        unsaved = new UnsavedChanges(viewModel, stage, fileActions, this::themeStylesheets);
        editMenu = new EditMenu(viewModel, stage, this::themeStylesheets);
        MenuBar menu = new MainMenu(
                        viewModel,
                        stage,
                        fileActions,
                        timeline,
                        comparison,
                        presentation,
                        editMenu,
                        unsaved,
                        this::themeStylesheets)
                .build();
        // the menus, the side filter, the search and Present share one line: a projector's height goes to the story
        HBox.setHgrow(menu, Priority.ALWAYS);
        menu.setMinWidth(Region.USE_PREF_SIZE);
        HBox topBar = new HBox(menu, filterBar, present);
        topBar.getStyleClass().add("top-bar");
        TopicChipBar topics = new TopicChipBar(viewModel.filter(), viewModel.language());
        topics.setId("topic-chip-bar");
        VBox normalTop = new VBox(topBar, topics);
        normalTop.getStyleClass().add("window-top");
        PresentationHeader presentingTop = new PresentationHeader(viewModel);
        statusBar = new StatusBar(viewModel);
        InPlaceEditing.install(viewModel, timeline, comparison, editMenu, statusBar);
        setTop(normalTop);
        setCenter(main);
        setBottom(statusBar);

        blank.getStyleClass().add("blank-screen");
        blank.setManaged(false);
        blank.visibleProperty().bind(viewModel.presentation().blankedProperty());
        shortcuts = new ShortcutsOverlay(viewModel.help(), viewModel.language());
        getChildren().addAll(presentingReader, blank, shortcuts);
        viewModel.textSize().windowFontSizeProperty().addListener(o -> styling.applyFontScale());
        viewModel.textSize().timelineFontSizeProperty().addListener(o -> styling.applyFontScale());
        styling.applyFontScale();
        WindowKeys.install(viewModel, stage, this);
        viewModel.settings().themeProperty().addListener((obs, old, theme) -> styling.applyTheme());
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                styling.applyTheme();
                presentation.install(scene);
            }
        });
        PresentationZoom zoom = new PresentationZoom(viewModel, timeline);
        presentingLayout = new PresentingLayout(
                this, normalTop, presentingTop, statusBar, beside, comparison, timelineToolbar, splits, styling, zoom);

        stage.titleProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            var story = viewModel.storyProperty().get();
                            String unsavedMark = viewModel.editor().isModified() ? "\u2022 " : "";
                            return story == null
                                    ? "Counterpoint"
                                    : unsavedMark + story.title() + " \u2014 Counterpoint";
                        },
                        viewModel.storyProperty(),
                        viewModel.editor().modifiedProperty()));
        stage.setOnCloseRequest(e -> {
            if (unsaved.pending()) {
                e.consume();
                unsaved.then(() -> {
                    viewModel.recovery().closeCleanly();
                    stage.close();
                });
            }
        });
        viewModel.lastFailureProperty().addListener((obs, old, failure) -> {
            if (failure != null) {
                showProblems(failure);
            }
        });
        viewModel.files().lastSaveErrorProperty().addListener((obs, old, error) -> {
            if (error != null) {
                Alert alert = new Alert(Alert.AlertType.ERROR, error);
                alert.initOwner(stage);
                alert.setHeaderText(viewModel.language().get("save.failed"));
                alert.show();
            }
        });
        FileDropTarget.install(this, statusBar, viewModel.language(), file -> unsaved.then(() -> viewModel.open(file)));
    }

    /**
     * At start: when a session ended without saving, asks whether to recover its story, then opens it or runs
     * {@code otherwise} (the usual first story).
     */
    public void offerRecoveryOr(Runnable otherwise) {
        RecoveryQuestion.askOr(viewModel.recovery(), viewModel.language(), stage, themeStylesheets(), otherwise);
    }

    /** Asks Save / Don't Save / Cancel when there are unsaved changes, then runs {@code action} unless cancelled. */
    public void whenChangesAreSafe(Runnable action) {
        unsaved.then(action);
    }

    /** The timeline with its toolbar above and the overview strip below; Enter on an event opens its comparison. */
    private VBox createTimelinePane() {
        timeline.setOnOpenEvent(event -> {
            comparison.showComparison();
            comparison.requestFocus();
        });
        overview = new TimelineOverview(viewModel.timeline());
        overview.accessibleTextProperty().bind(viewModel.language().text("overview.accessible"));
        overview.setMinWidth(TIMELINE_MIN_WIDTH);
        overview.setId("timeline-overview");
        timelineToolbar = new TimelineToolbar(timeline, viewModel.language());
        VBox pane = new VBox(timelineToolbar, timeline, overview);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        pane.getStyleClass().add("timeline-pane");
        return pane;
    }

    /** Writes a PNG of one part of the window; tells the user when it cannot. */
    public void exportPng(Node part, double scale, Path target) {
        fileActions.exportPng(part, scale, target);
    }

    private void showProblems(LoadFailure failure) {
        ProblemsDialog dialog = new ProblemsDialog(
                failure, stage, themeStylesheets(), viewModel.language().getLanguage());
        // the dialog's text at the window's text size (View › Text Size), not the default one
        dialog.getDialogPane().setStyle(getStyle());
        dialog.show();
    }

    /** Presentation layout: no menu or status bar, no details pane, the current event's title on top. */
    private void setPresenting(boolean presenting) {
        presentingLayout.setPresenting(presenting);
    }

    /** The pixels the timeline pane needs: its toolbar, the drawing's rows at the current type size, the overview. */
    private double timelineNeed() {
        // the timeline's type: the window's text size, and while presenting the presentation's (capped)
        double fontSize = viewModel.textSize().timelineFontSizeProperty().get();
        double width = Math.max(1, timeline.getWidth());
        boolean presenting = viewModel.presentation().isActive();
        // the timeline's own measure of its rows; the estimate serves until its skin has measured them, and caps
        // it while presenting, when the timeline is zoomed to one step
        double rows = timeline.getNeededHeight() > 0
                ? timeline.getNeededHeight()
                : TimelineNeed.height(viewModel.timeline(), fontSize, false);
        if (presenting) {
            rows = Math.min(rows, TimelineNeed.height(viewModel.timeline(), fontSize, true));
        }
        return (timelineToolbar.isManaged() ? timelineToolbar.prefHeight(width) : 0)
                + rows
                + overview.prefHeight(width);
    }

    WindowSplits splits() {
        return splits;
    }

    DetailsPane details() {
        return details;
    }

    MainViewModel viewModel() {
        return viewModel;
    }

    /** The stylesheets of the current theme: the base look, then the theme's own on top. */
    public List<String> themeStylesheets() {
        return styling.themeStylesheets();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        blank.resizeRelocate(0, 0, getWidth(), getHeight());
        if (presentingReader.isVisible()) {
            presentingReader.resizeRelocate(0, 0, getWidth(), getHeight());
        }
        shortcuts.resizeRelocate(0, 0, getWidth(), getHeight());
        // the presenting reader, the black screen over the window, the keyboard help over that; reordered only when
        // a part was added above them (the presentation's title bar is set after them), since moving a child asks
        // for another layout
        List<Node> children = getChildren();
        int last = children.size() - 1;
        if (last < 2
                || children.get(last) != shortcuts
                || children.get(last - 1) != blank
                || children.get(last - 2) != presentingReader) {
            presentingReader.toFront();
            blank.toFront();
            shortcuts.toFront();
        }
    }

    public PresentationMode presentation() {
        return presentation;
    }

    public TimelineView timeline() {
        return timeline;
    }

    public ComparisonTabs comparison() {
        return comparison;
    }

    /** The source reader beside the comparison. */
    public SourceReaderPane reader() {
        return beside.reader();
    }

    /** The source reader shown over the window while presenting. */
    public SourceReaderPane presentingReader() {
        return presentingReader;
    }
}
