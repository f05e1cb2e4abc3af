package app.counterpoint.view.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.i18n.Language;
import app.counterpoint.view.MainWindowFixture;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.events.EventRow;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Events list tab in the window: reachable, announced, sortable, its selection the window's both ways. */
@ExtendWith(ApplicationExtension.class)
class EventsListPaneTest {

    private MainViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = MainWindowFixture.onBundledStory(stage, 1024, 768).viewModel();
    }

    @SuppressWarnings("unchecked")
    private TableView<EventRow> openTheTab(FxRobot robot) {
        TabPane tabs = robot.lookup("#comparison-tabs").queryAs(TabPane.class);
        Tab events = tabs.getTabs().stream()
                .filter(t -> "tab-events-list".equals(t.getId()))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(events));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#events-table").queryAs(TableView.class);
    }

    @Test
    void theTabListsTheStorysEventsAndIsAnnouncedInTheWindowsLanguage(FxRobot robot) {
        TableView<EventRow> table = openTheTab(robot);
        assertEquals(
                viewModel.storyProperty().get().events().size(),
                table.getItems().size());
        assertEquals(AccessibleRole.TABLE_VIEW, table.getAccessibleRole());
        assertTrue(table.getAccessibleText().startsWith("Events list"), table.getAccessibleText());
        assertTrue(table.getAccessibleHelp().contains("Up and Down"), table.getAccessibleHelp());
        robot.interact(() -> viewModel.language().languageProperty().set(Language.GERMAN));
        assertTrue(table.getAccessibleText().startsWith("Ereignisliste"), table.getAccessibleText());
        assertEquals("Datum", table.getColumns().get(0).getText());
    }

    @Test
    void aRowChosenSelectsItsEventAndAnEventSelectedElsewhereSelectsItsRow(FxRobot robot) {
        TableView<EventRow> table = openTheTab(robot);
        robot.interact(() -> table.getSelectionModel().select(2));
        assertEquals(
                table.getItems().get(2).event(),
                viewModel.selectedEventProperty().get());
        var first = viewModel.storyProperty().get().events().stream()
                .min(java.util.Comparator.comparing(e -> e.start()))
                .orElseThrow();
        robot.interact(() -> viewModel.selectedEventProperty().set(first));
        assertEquals(
                first.id(), table.getSelectionModel().getSelectedItem().event().id());
    }

    @Test
    void theDateColumnSortsInTimeOrderAndTheCountsSortAsNumbers(FxRobot robot) {
        TableView<EventRow> table = openTheTab(robot);
        @SuppressWarnings("unchecked")
        TableColumn<EventRow, ?> date = table.getColumns().get(0);
        robot.interact(() -> {
            date.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(date));
        });
        List<Double> starts =
                table.getItems().stream().map(EventRow::startSecond).toList();
        for (int i = 1; i < starts.size(); i++) {
            assertTrue(starts.get(i - 1) >= starts.get(i), "latest first: " + starts);
        }
        TableColumn<EventRow, ?> statements = table.getColumns().get(4);
        robot.interact(() -> {
            statements.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(statements));
        });
        List<Integer> counts =
                table.getItems().stream().map(EventRow::statements).toList();
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i - 1) >= counts.get(i), "most statements first: " + counts);
        }
    }

    /** View › Events list opens the tab with the keyboard in its table, for a keyboard or screen reader user. */
    @Test
    void theViewMenuOpensTheListWithTheKeyboardInIt(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem item = bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-events-list".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        assertTrue(
                item.getText().startsWith("Events as a list") || item.getText().startsWith("Events as a List"),
                item.getText());
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#comparison-tabs").queryAs(TabPane.class);
        assertEquals(
                "tab-events-list", tabs.getSelectionModel().getSelectedItem().getId());
        TableView<?> table = robot.lookup("#events-table").queryAs(TableView.class);
        assertTrue(table.isFocused(), "the keyboard is in the table");
        robot.interact(() -> viewModel.language().languageProperty().set(Language.GERMAN));
        assertTrue(item.getText().startsWith("Ereignisse als Liste"), item.getText());
    }
}
