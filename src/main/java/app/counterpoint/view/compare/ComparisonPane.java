package app.counterpoint.view.compare;

import app.counterpoint.model.Actor;
import app.counterpoint.viewmodel.ComparisonCell;
import app.counterpoint.viewmodel.ComparisonRow;
import app.counterpoint.viewmodel.ComparisonViewModel;
import javafx.beans.Observable;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The side-by-side comparison: a header per side, a row per topic, every statement with its kind and source, and a
 * muted "not mentioned" cell where a side said nothing on a topic. Rebuilt from {@link ComparisonViewModel}.
 */
public final class ComparisonPane extends VBox {

    private static final double TOPIC_COLUMN_WIDTH = 150;
    private static final double MIN_SIDE_WIDTH = 280;

    private final ComparisonViewModel viewModel;
    private final GridPane grid = new GridPane();
    private final Label placeholder = new Label();

    public ComparisonPane(ComparisonViewModel viewModel) {
        this.viewModel = viewModel;
        setId("comparison");
        getStyleClass().add("comparison-pane");

        Label heading = new Label();
        heading.getStyleClass().add("pane-heading");
        heading.textProperty().bind(viewModel.titleProperty());
        heading.setWrapText(true);
        Label caption = new Label("What each side said");
        caption.getStyleClass().add("pane-caption");

        grid.getStyleClass().add("comparison-grid");
        placeholder.getStyleClass().add("comparison-placeholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(viewModel.placeholderProperty());
        placeholder.visibleProperty().bind(viewModel.placeholderProperty().isNotEmpty());
        placeholder.managedProperty().bind(placeholder.visibleProperty());

        VBox body = new VBox(12, placeholder, grid);
        body.getStyleClass().add("comparison-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("comparison-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        getChildren().addAll(caption, heading, scroll);
        viewModel.rows().addListener((Observable o) -> rebuild());
        viewModel.columns().addListener((Observable o) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        if (viewModel.columns().isEmpty()) {
            return;
        }
        ColumnConstraints topicColumn = new ColumnConstraints(TOPIC_COLUMN_WIDTH, TOPIC_COLUMN_WIDTH, TOPIC_COLUMN_WIDTH);
        grid.getColumnConstraints().add(topicColumn);
        for (int c = 0; c < viewModel.columns().size(); c++) {
            ColumnConstraints side = new ColumnConstraints();
            side.setMinWidth(MIN_SIDE_WIDTH);
            // equal preferred widths, so the sides share the room equally whatever they said
            side.setPrefWidth(MIN_SIDE_WIDTH);
            side.setHgrow(Priority.ALWAYS);
            side.setFillWidth(true);
            grid.getColumnConstraints().add(side);
        }
        RowConstraints header = new RowConstraints();
        header.setValignment(VPos.BOTTOM);
        grid.getRowConstraints().add(header);

        for (int c = 0; c < viewModel.columns().size(); c++) {
            grid.add(actorHeader(viewModel.columns().get(c)), c + 1, 0);
        }
        int r = 1;
        for (ComparisonRow row : viewModel.rows()) {
            RowConstraints rc = new RowConstraints();
            rc.setValignment(VPos.TOP);
            rc.setVgrow(Priority.NEVER);
            grid.getRowConstraints().add(rc);
            grid.add(topicHeader(row), 0, r);
            for (int c = 0; c < row.cells().size(); c++) {
                grid.add(cell(row.cells().get(c)), c + 1, r);
            }
            r++;
        }
    }

    private static Region actorHeader(Actor actor) {
        Label name = new Label(actor.name());
        name.getStyleClass().add("actor-name");
        StackPane header = new StackPane(name);
        header.getStyleClass().add("comparison-column-header");
        header.setStyle("-actor-color: " + actor.color() + ";");
        header.setMaxWidth(Double.MAX_VALUE);
        return header;
    }

    private static Region topicHeader(ComparisonRow row) {
        Region swatch = new Region();
        swatch.getStyleClass().add("topic-swatch");
        Label label = new Label(row.topic().label());
        label.getStyleClass().add("topic-name");
        label.setWrapText(true);
        HBox header = new HBox(8, swatch, label);
        header.getStyleClass().add("comparison-row-header");
        header.setStyle("-topic-color: " + row.topic().color() + ";");
        return header;
    }

    private static Region cell(ComparisonCell cell) {
        VBox box = new VBox(8);
        box.getStyleClass().add("comparison-cell");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setStyle("-actor-color: " + cell.actor().color() + ";");
        if (cell.isNotMentioned()) {
            Label none = new Label("Not mentioned");
            none.getStyleClass().add("not-mentioned-text");
            box.getStyleClass().add("not-mentioned");
            box.getChildren().add(none);
            box.setAccessibleText(cell.actor().name() + " did not mention this topic");
        } else {
            cell.entries().forEach(e -> box.getChildren().add(new StatementCard(e)));
        }
        return box;
    }
}
