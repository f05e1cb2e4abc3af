package app.counterpoint.view.compare;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Statement;
import app.counterpoint.viewmodel.compare.ComparisonCell;
import app.counterpoint.viewmodel.compare.ComparisonFormat;
import app.counterpoint.viewmodel.compare.ComparisonRow;
import app.counterpoint.viewmodel.compare.ComparisonViewModel;
import app.counterpoint.viewmodel.compare.QuizViewModel;
import app.counterpoint.viewmodel.search.SearchMarks;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The side-by-side comparison: a header per side, a row per topic, every statement with its kind and source, and a
 * muted "not mentioned" cell where a side said nothing on a topic. Words a statement shares with the other sides
 * on its row can be marked; a row or the whole table copies as text or Markdown. Rebuilt from
 * {@link ComparisonViewModel}.
 */
public final class ComparisonPane extends VBox {

    /** Up to three sides squeeze to fit the pane (three fit beside the details at 1024 px); more scroll sideways. */
    private static final double MIN_SIDE_WIDTH_FEW = 180;

    private static final double MIN_SIDE_WIDTH_MANY = 300;
    private static final int MAX_SIDES_WITHOUT_SCROLL = 3;

    private final ComparisonViewModel viewModel;
    private final ComparisonCells cells;
    private final GridPane grid = new GridPane();
    private final NearbyEventLinks nearby;
    /** Behind the side headers, hiding the rows that scroll under them. */
    private final Region headerBackdrop = new Region();

    private final PinnedHeaderRow pinnedHeaders;
    /** Editing from the cells; null until the window hands in the editing actions. */
    private StatementEditing editing;
    /** Opens a statement in the source reader; null offers no "Show in source". */
    private Consumer<Statement> showInSource;

    private boolean presenting;
    private final ComparisonHeader headerBox;
    private final ScrollPane scroll;
    /** What the search found, marked in the statements; nothing until {@link #showSearch} is called. */
    private ObservableValue<SearchMarks> search = new SimpleObjectProperty<>(SearchMarks.none());

    private final LanguageViewModel language;

    public ComparisonPane(ComparisonViewModel viewModel, LanguageViewModel language, Consumer<String> openLink) {
        this.language = language;
        this.viewModel = viewModel;
        this.cells = new ComparisonCells(viewModel, language, openLink);
        this.nearby = new NearbyEventLinks(viewModel, language);
        setId("comparison");
        getStyleClass().add("comparison-pane");

        grid.getStyleClass().add("comparison-grid");
        Label placeholder = TabScaffold.placeholder(viewModel.placeholderProperty());
        nearby.visibleProperty().bind(placeholder.visibleProperty());
        nearby.managedProperty().bind(nearby.visibleProperty());

        // during a quiz: which sides are hidden, and how to reveal them
        Label quizStatus = new Label();
        quizStatus.setId("quiz-status");
        quizStatus.getStyleClass().add("quiz-status");
        quizStatus.setWrapText(true);
        quizStatus.setMinHeight(USE_PREF_SIZE);
        quizStatus.textProperty().bind(viewModel.quiz().statusProperty());
        quizStatus.visibleProperty().bind(viewModel.quiz().statusProperty().isNotEmpty());
        quizStatus.managedProperty().bind(quizStatus.visibleProperty());
        // fits the width while the grid's minimum allows, then scrolls sideways
        scroll = TabScaffold.scrolling(12, quizStatus, placeholder, nearby, grid);
        headerBackdrop.getStyleClass().add("comparison-header-backdrop");
        // the side headers stay in view over a long comparison
        pinnedHeaders = new PinnedHeaderRow(scroll, headerBackdrop);

        headerBox = new ComparisonHeader(viewModel, language);
        getChildren().addAll(headerBox, scroll);
        viewModel.rows().addListener((Observable o) -> rebuild());
        viewModel.columns().addListener((Observable o) -> rebuild());
        viewModel.highlightSharedProperty().addListener((Observable o) -> rebuild());
        viewModel.markedTopicIdProperty().addListener((Observable o) -> rebuild());
        viewModel.markedStatementIdProperty().addListener((Observable o) -> rebuild());
        viewModel.leftOutOnlyProperty().addListener((Observable o) -> rebuild());
        QuizViewModel quiz = viewModel.quiz();
        quiz.shownColumns().addListener((Observable o) -> rebuild());
        quiz.revealedProperty().addListener((Observable o) -> rebuild());
        quiz.quizProperty().addListener((Observable o) -> rebuild());
        // another event or story opens at its top, not where the last one was left
        viewModel.subjectProperty().addListener((Observable o) -> {
            scroll.setVvalue(scroll.getVmin());
            scroll.setHvalue(scroll.getHmin());
        });
        rebuild();
    }

    /** Marks what the search finds in the statements, and scrolls its current match into view. */
    public void showSearch(ObservableValue<SearchMarks> marks) {
        search = marks;
        marks.addListener((Observable o) -> {
            rebuild();
            revealCurrentMatch();
        });
        rebuild();
    }

    /** Scrolls the statement that holds the search's current match into view. */
    private void revealCurrentMatch() {
        Node content = scroll.getContent();
        HighlightedText current = (HighlightedText) content.lookupAll(".highlighted-text").stream()
                .filter(n -> n instanceof HighlightedText t && t.hasCurrentMatch())
                .findFirst()
                .orElse(null);
        if (current == null) {
            return;
        }
        scrollToShow(current.currentMatchMark(), (card, top, viewport) -> {
            // below the pinned side headers when there is room for both, else in the middle of what there is
            double header = viewport > pinnedHeaderHeight() + 2 * card.getHeight() + 24 ? pinnedHeaderHeight() : 0;
            if (card.getMinY() < top + header || card.getMaxY() > top + viewport) {
                return header > 0 ? card.getMinY() - header - 24 : card.getMinY() - (viewport - card.getHeight()) / 2;
            }
            return top;
        });
    }

    /** Where the view's top should stand to show a node at {@code bounds}; the current {@code top} to stay. */
    private interface ScrollTarget {
        double top(Bounds bounds, double top, double viewport);
    }

    /**
     * Lays the pane out and scrolls its view's top to where {@code target} says, for {@code node}'s bounds in the
     * content: the one place that turns a wanted top into the scroll bar's value. Nothing moves when all fits.
     */
    private void scrollToShow(Node node, ScrollTarget target) {
        Node content = scroll.getContent();
        scroll.applyCss();
        scroll.layout();
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double wanted = target.top(b, top, viewport);
        if (wanted != top) {
            scroll.setVvalue(Math.min(1, Math.max(0, wanted) / (contentHeight - viewport)));
        }
    }

    /** The side headers stay over the rows while they scroll; a match must not hide beneath them. */
    private double pinnedHeaderHeight() {
        return headerBackdrop.getHeight();
    }

    /** While presenting, the window's own header names the event, so this pane drops its title and tools. */
    public void setPresenting(boolean presenting) {
        this.presenting = presenting;
        rebuild();
        headerBox.setVisible(!presenting);
        headerBox.setManaged(!presenting);
    }

    double contentHeight() {
        return scroll.getContent().getLayoutBounds().getHeight();
    }

    double verticalScroll() {
        return scroll.getVvalue();
    }

    double horizontalScroll() {
        return scroll.getHvalue();
    }

    void scrollTo(double vertical, double horizontal) {
        scroll.setVvalue(vertical);
        scroll.setHvalue(horizontal);
    }

    private void rebuild() {
        if (editing != null) {
            editing.beforeRebuild(getScene() == null ? null : getScene().getFocusOwner());
        }
        fillGrid();
        if (editing != null) {
            editing.afterRebuild(grid);
        }
    }

    private void fillGrid() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        pinnedHeaders.setHeaders(List.of());
        int sides = viewModel.columns().size();
        if (sides == 0) {
            return;
        }
        double minSide = sides > MAX_SIDES_WITHOUT_SCROLL ? MIN_SIDE_WIDTH_MANY : MIN_SIDE_WIDTH_FEW;
        // no narrower than its longest word: a topic's name wraps between words, never inside one
        // sized by its headers (150 px, or a longer word in presenting's larger type), never growing further
        ColumnConstraints topicColumn = new ColumnConstraints();
        topicColumn.setHgrow(Priority.NEVER);
        grid.getColumnConstraints().add(topicColumn);
        for (int c = 0; c < sides; c++) {
            ColumnConstraints side = new ColumnConstraints();
            side.setMinWidth(minSide);
            // equal preferred widths, so the sides share the room equally whatever they said
            side.setPrefWidth(minSide);
            side.setHgrow(Priority.ALWAYS);
            side.setFillWidth(true);
            grid.getColumnConstraints().add(side);
        }
        RowConstraints headerRow = new RowConstraints();
        headerRow.setValignment(VPos.BOTTOM);
        grid.getRowConstraints().add(headerRow);

        grid.add(headerBackdrop, 0, 0, sides + 1, 1);
        List<Region> headers = new ArrayList<>();
        List<Actor> order = columnOrder();
        for (int c = 0; c < sides; c++) {
            Region side = cells.actorHeader(order.get(c));
            headers.add(side);
            grid.add(side, c + 1, 0);
        }
        pinnedHeaders.setHeaders(headers);
        boolean highlight = viewModel.highlightSharedProperty().get();
        boolean covered = viewModel.leftOutOnlyProperty().get();
        String markedTopic = viewModel.markedTopicIdProperty().get();
        Region markedHeader = null;
        SearchMarks found = search.getValue();
        StatementEditing editable = presenting ? null : editing;
        int r = 1;
        for (ComparisonRow row : covered ? viewModel.leftOutRows() : viewModel.rows()) {
            RowConstraints rc = new RowConstraints();
            rc.setValignment(VPos.TOP);
            rc.setVgrow(Priority.NEVER);
            grid.getRowConstraints().add(rc);
            ContextMenu menu = rowMenu(row);
            Region topic = ComparisonCells.topicHeader(row);
            // the whole header answers a right-click, not only its text
            topic.setPickOnBounds(true);
            topic.setOnContextMenuRequested(e -> menu.show(topic, e.getScreenX(), e.getScreenY()));
            grid.add(topic, 0, r);
            boolean marked = row.topic().id().equals(markedTopic);
            if (marked) {
                topic.getStyleClass().add("tour-marked");
                markedHeader = topic;
            }
            for (int c = 0; c < order.size(); c++) {
                int source = viewModel.columns().indexOf(order.get(c));
                if (source < 0 || source >= row.cells().size()) {
                    continue; // the rows of the columns before: new ones follow at once
                }
                ComparisonCell shown = row.cells().get(source);
                if (viewModel.isSilent(shown.actor())) {
                    continue;
                }
                Region cell = covered && !shown.isNotMentioned()
                        ? cells.coveredCell(shown)
                        : cells.cell(row, shown, highlight, found, editable, showInSource);
                if (marked) {
                    cell.getStyleClass().add("tour-marked");
                }
                cell.setOnContextMenuRequested(e -> menu.show(cell, e.getScreenX(), e.getScreenY()));
                grid.add(cell, c + 1, r);
            }
            r++;
        }
        if (markedHeader != null) {
            Region target = markedHeader;
            // once laid out: the row's place is known only then
            javafx.application.Platform.runLater(() -> scrollToRow(target));
        }
        for (int c = 0; c < sides; c++) {
            Actor actor = order.get(c);
            if (viewModel.isSilent(actor)) {
                grid.add(cells.silentCell(actor), c + 1, 1, 1, Math.max(1, r - 1));
            }
        }
    }

    /**
     * Scrolls the least that brings {@code node} into view below the pinned side headers (its top first, when it is
     * taller than the view): a field of the statement editor taking the focus.
     */
    void reveal(Node node) {
        Node content = scroll.getContent();
        if (node.getScene() == null || !isAncestor(content, node)) {
            return;
        }
        scrollToShow(node, (b, top, viewport) -> {
            double header = pinnedHeaderHeight();
            double target = top;
            if (b.getMaxY() > top + viewport) {
                target = b.getMaxY() - viewport + 8;
            }
            if (b.getMinY() < target + header) {
                target = b.getMinY() - header - 8;
            }
            if (target < 16) {
                target = 0; // the top: the first row stands below the side headers there
            }
            return target;
        });
    }

    private static boolean isAncestor(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls so that the row of {@code header} stands just under the pinned side headers. */
    private void scrollToRow(Region header) {
        if (header.getParent() == null) {
            return;
        }
        scroll.layout();
        double content = scroll.getContent().getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content <= viewport) {
            return;
        }
        javafx.geometry.Bounds inContent =
                scroll.getContent().sceneToLocal(header.localToScene(header.getLayoutBounds()));
        double y = Math.max(0, inContent.getMinY() - pinnedHeaderHeight() - 4);
        scroll.setVvalue(
                scroll.getVmin() + (scroll.getVmax() - scroll.getVmin()) * Math.min(1, y / (content - viewport)));
    }

    private ContextMenu rowMenu(ComparisonRow row) {
        return new ContextMenu(
                copyRowItem(row, ComparisonFormat.TEXT, "compare.copyRowText"),
                copyRowItem(row, ComparisonFormat.MARKDOWN, "compare.copyRowMarkdown"));
    }

    private MenuItem copyRowItem(ComparisonRow row, ComparisonFormat format, String key) {
        MenuItem item = new MenuItem(language.get(key, row.topic().label()));
        item.setOnAction(e -> viewModel.copyRow(row, format));
        return item;
    }

    /** The columns left to right: the quiz's (or "Shuffle sides"') order once it has caught up, else the story's. */
    private List<Actor> columnOrder() {
        List<Actor> shown = viewModel.quiz().shownColumns();
        if (shown.size() == viewModel.columns().size() && viewModel.columns().containsAll(shown)) {
            return List.copyOf(shown);
        }
        return List.copyOf(viewModel.columns());
    }

    /** "Show in source" on every statement whose source carries its text; null offers none. */
    public void setShowInSource(Consumer<Statement> showInSource) {
        this.showInSource = showInSource;
        rebuild();
    }

    /**
     * Editing from the comparison: double-click a statement to edit it in its card, or drag it to another row or
     * column.
     */
    public void setStatementActions(StatementActions actions) {
        this.editing = actions == null ? null : new StatementEditing(actions, language, this::reveal);
        if (editing != null) {
            editing.inline().formProperty().addListener((Observable o) -> rebuild());
        }
        rebuild();
    }
}
