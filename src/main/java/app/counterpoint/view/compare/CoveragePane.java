package app.counterpoint.view.compare;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.common.MarkerShape;
import app.counterpoint.viewmodel.compare.CoverageCell;
import app.counterpoint.viewmodel.compare.CoverageMatrix;
import app.counterpoint.viewmodel.compare.CoverageViewModel;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Who talks about what: a row per side, a column per topic, the number of statements in each cell, the cell
 * washed in the side's colour by how many and marked with the side's shape (as its row's name is), so two sides of
 * like colour still read apart. Clicking a cell filters every view to those statements and lists them.
 */
public final class CoveragePane extends VBox {

    private static final double ACTOR_COLUMN_WIDTH = 190;
    private static final double CELL_WIDTH = 150;

    private final CoverageViewModel viewModel;
    private final LanguageViewModel language;
    private final Consumer<Event> compareEvent;
    private final Consumer<String> openLink;
    private final GridPane grid = new GridPane();
    private final VBox listing = new VBox(10);

    public CoveragePane(
            CoverageViewModel viewModel,
            LanguageViewModel language,
            Consumer<Event> compareEvent,
            Consumer<String> openLink) {
        this.viewModel = viewModel;
        this.language = language;
        this.compareEvent = compareEvent;
        this.openLink = openLink;
        setId("coverage");
        getStyleClass().add("coverage-pane");

        Label caption = TabScaffold.caption(language.text("coverage.caption"));
        Label heading = TabScaffold.heading(language.text("coverage.heading"));
        CheckBox scope = new CheckBox();
        scope.textProperty().bind(language.text("coverage.scope"));
        scope.setId("coverage-scope");
        scope.selectedProperty().bindBidirectional(viewModel.onlyFilteredProperty());
        Label hint = new Label();
        hint.textProperty().bind(language.text("coverage.hint"));
        hint.getStyleClass().add("coverage-hint");
        HBox tools = new HBox(16, scope, hint);
        tools.getStyleClass().add("comparison-tools");

        grid.getStyleClass().add("coverage-grid");
        Label focusTitle = new Label();
        focusTitle.getStyleClass().add("coverage-focus-title");
        focusTitle.textProperty().bind(viewModel.focusTitleProperty());
        focusTitle.setWrapText(true);
        Button clear = new Button();
        clear.textProperty().bind(language.text("coverage.clear"));
        clear.setId("coverage-clear");
        clear.setOnAction(e -> viewModel.clearFocus());
        HBox focusBar = new HBox(14, focusTitle, clear);
        focusBar.getStyleClass().add("coverage-focus-bar");
        focusBar.visibleProperty().bind(Bindings.isNotNull(viewModel.focusedProperty()));
        focusBar.managedProperty().bind(focusBar.visibleProperty());
        listing.getStyleClass().add("coverage-listing");

        ScrollPane scroll = TabScaffold.scrolling(16, grid, focusBar, listing);
        getChildren().addAll(caption, heading, tools, scroll);

        viewModel.matrixProperty().addListener((Observable o) -> rebuild());
        viewModel.focusedProperty().addListener((Observable o) -> rebuild());
        viewModel.focusedStatements().addListener((Observable o) -> rebuildListing());
        rebuild();
        rebuildListing();
    }

    private void rebuild() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        CoverageMatrix m = viewModel.matrixProperty().get();
        if (m.actors().isEmpty() || m.topics().isEmpty()) {
            Label none = new Label(language.get("coverage.nothing"));
            none.getStyleClass().add("comparison-placeholder");
            grid.add(none, 0, 0);
            return;
        }
        // no least width of its own: the sides' names keep it as wide as their longest words (WholeWords)
        ColumnConstraints actorColumn = new ColumnConstraints();
        actorColumn.setPrefWidth(ACTOR_COLUMN_WIDTH);
        actorColumn.setMaxWidth(ACTOR_COLUMN_WIDTH * 1.5);
        grid.getColumnConstraints().add(actorColumn);
        for (int t = 0; t < m.topics().size(); t++) {
            ColumnConstraints c = new ColumnConstraints(CELL_WIDTH * 0.75, CELL_WIDTH, CELL_WIDTH * 1.6);
            c.setHalignment(HPos.CENTER);
            grid.getColumnConstraints().add(c);
            grid.add(topicHeader(m.topics().get(t), m.topicShape(t)), t + 1, 0);
        }
        CoverageCell focused = viewModel.focusedProperty().get();
        for (int a = 0; a < m.actors().size(); a++) {
            MarkerShape shape = m.actorShape(a);
            grid.add(actorHeader(m.actors().get(a), shape), 0, a + 1);
            for (int t = 0; t < m.topics().size(); t++) {
                grid.add(cell(m.cell(a, t), shape, focused), t + 1, a + 1);
            }
        }
    }

    private static Region topicHeader(Topic topic, MarkerShape shape) {
        Region swatch = new Region();
        swatch.getStyleClass().add("topic-swatch");
        swatch.setStyle(shape.cssShape());
        Label label = new Label(topic.label());
        label.getStyleClass().add("coverage-topic");
        label.setWrapText(true);
        label.setMinHeight(USE_PREF_SIZE);
        HBox header = new HBox(6, swatch, label);
        header.getStyleClass().add("coverage-topic-header");
        header.setStyle("-topic-color: " + topic.color() + ";");
        GridPane.setValignment(header, VPos.BOTTOM);
        return header;
    }

    /** A side's shape, drawn in its colour beside its name and in the text's colour in its cells. */
    private static Region sideMark(MarkerShape shape) {
        Region mark = new Region();
        mark.getStyleClass().add("coverage-side-mark");
        mark.setStyle(shape.cssShape());
        return mark;
    }

    private static Region actorHeader(Actor actor, MarkerShape shape) {
        Label name = new Label(actor.name(), sideMark(shape));
        name.getStyleClass().add("coverage-actor");
        name.setWrapText(true);
        name.setMinHeight(USE_PREF_SIZE);
        // with many topics on a narrow window the column narrows, but never breaks a word ("Nort" above "hern")
        WholeWords.keep(name, ACTOR_COLUMN_WIDTH / 2);
        name.setStyle("-actor-color: " + actor.color() + ";");
        name.setMaxWidth(Double.MAX_VALUE);
        return name;
    }

    private Button cell(CoverageCell cell, MarkerShape shape, CoverageCell focused) {
        Button b = new Button(Integer.toString(cell.count()));
        b.getStyleClass().add("coverage-cell");
        if (cell.count() == 0) {
            b.getStyleClass().add("empty");
        } else {
            b.setGraphic(sideMark(shape));
            if (cell.intensity() > 0.5) {
                b.getStyleClass().add("strong");
            }
            CellInk.follow(b); // black or white, whichever reads on the side's colour at this depth
        }
        if (cell.equals(focused)) {
            b.getStyleClass().add("focused");
        }
        // the side's colour over the theme's paper: the more statements, the deeper the colour, so counts read as
        // depth of colour; over the paper, not under white, so the dark theme's light text and marks stay readable
        double depth = cell.count() == 0 ? 0 : 0.15 + 0.85 * cell.intensity();
        Color side = colorOf(cell.actor().color());
        b.setStyle(String.format(
                Locale.ROOT,
                "-actor-color: %s; -cell-tint: rgba(%d,%d,%d,%.3f);",
                cell.actor().color(),
                Math.round(side.getRed() * 255),
                Math.round(side.getGreen() * 255),
                Math.round(side.getBlue() * 255),
                depth));
        b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        b.setUserData(cell);
        String what = viewModel.describe(cell);
        b.setTooltip(new Tooltip(what));
        b.setAccessibleText(what);
        b.setOnAction(e -> viewModel.focus(cell));
        return b;
    }

    /** A side's CSS colour; grey for one JavaFX cannot read, as the timeline draws it. */
    private static Color colorOf(String css) {
        try {
            return Color.web(css);
        } catch (IllegalArgumentException notAColour) {
            return Color.GREY;
        }
    }

    private void rebuildListing() {
        listing.getChildren()
                .setAll(viewModel.focusedStatements().stream()
                        .map(l -> new ListingCard(l, compareEvent, openLink))
                        .toList());
    }
}
