package app.counterpoint.view.compare;

import app.counterpoint.viewmodel.events.EventRow;
import app.counterpoint.viewmodel.events.EventsListViewModel;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Events list tab: a sortable table of the events the filter shows, what a keyboard or a screen reader works
 * with instead of the canvas timeline. Its selection is the window's: choosing a row selects the event everywhere,
 * and selecting it elsewhere selects its row.
 */
public final class EventsListPane extends VBox {

    private final EventsListViewModel viewModel;
    private final TableView<EventRow> table = new TableView<>();
    /** True while the table follows the shared selection, so that its own change is not sent back. */
    private boolean following;

    public EventsListPane(EventsListViewModel viewModel, LanguageViewModel language) {
        this.viewModel = viewModel;
        setId("events-list");
        getStyleClass().add("events-list-pane");
        table.setId("events-table");
        table.setItems(new javafx.collections.transformation.SortedList<>(viewModel.rows()));
        ((javafx.collections.transformation.SortedList<EventRow>) table.getItems())
                .comparatorProperty()
                .bind(table.comparatorProperty());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // dates sort in time order, not as text ("10 May" after "9 May")
        TableColumn<EventRow, EventRow> when = new TableColumn<>();
        when.textProperty().bind(language.text("events.column.date"));
        when.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        when.setComparator((a, b) -> Double.compare(a.startSecond(), b.startSecond()));
        when.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(EventRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.date());
            }
        });
        when.setPrefWidth(150);
        TableColumn<EventRow, String> title = column(language, "events.column.title", EventRow::title);
        title.setPrefWidth(260);
        TableColumn<EventRow, String> topics = column(language, "events.column.topics", EventRow::topics);
        TableColumn<EventRow, String> sides = column(language, "events.column.sides", EventRow::sides);
        TableColumn<EventRow, Integer> statements = new TableColumn<>();
        statements.textProperty().bind(language.text("events.column.statements"));
        statements.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().statements()));
        table.getColumns().setAll(java.util.List.of(when, title, topics, sides, statements));
        Label placeholder = new Label();
        placeholder.textProperty().bind(language.text("events.placeholder"));
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(EventRow row, boolean empty) {
                super.updateItem(row, empty);
                setAccessibleText(empty || row == null ? null : row.spoken(viewModel.statementsText(row)));
            }
        });
        table.setAccessibleRole(AccessibleRole.TABLE_VIEW);
        table.accessibleTextProperty().bind(language.text("events.accessible"));
        table.accessibleHelpProperty().bind(language.text("events.accessibleHelp"));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().add(table);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!following) {
                viewModel.choose(row);
            }
        });
        viewModel.selectedEventProperty().addListener((Observable o) -> followSelection());
        viewModel.rows().addListener((Observable o) -> followSelection());
        followSelection();
    }

    /** The table for tests and the keyboard: its rows as shown, sorted. */
    public TableView<EventRow> table() {
        return table;
    }

    private void followSelection() {
        following = true;
        try {
            EventRow row = viewModel.selectedRow();
            if (row == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).event().id().equals(row.event().id())) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.scrollTo(i);
                    return;
                }
            }
        } finally {
            following = false;
        }
    }

    private static TableColumn<EventRow, String> column(
            LanguageViewModel language, String key, Function<EventRow, String> value) {
        TableColumn<EventRow, String> column = new TableColumn<>();
        column.textProperty().bind(language.text(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }
}
