package app.counterpoint.view.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Event;
import app.counterpoint.view.MainWindowFixture;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.compare.CoverageCell;
import app.counterpoint.viewmodel.filter.ToggleChoice;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The comparison tabs in the real main window on the bundled story, at the classroom size of 1280x720. */
@ExtendWith(ApplicationExtension.class)
class ComparisonTabsTest {

    private MainViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = MainWindowFixture.onBundledStory(stage, 1280, 720).viewModel();
    }

    private static List<String> rowTopics(FxRobot robot) {
        return robot.lookup("#comparison .comparison-row-header .topic-name").queryAll().stream()
                .map(n -> ((Label) n).getText())
                .toList();
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream()
                .map(n -> ((Label) n).getText())
                .toList();
    }

    private static List<String> marked(FxRobot robot) {
        return robot.lookup("#comparison .statement-text").queryAll().stream()
                .flatMap(n -> ((HighlightedText) n).markedWords().stream())
                .toList();
    }

    private Event event(String id) {
        return viewModel.storyProperty().get().event(id).orElseThrow();
    }

    private void selectTab(FxRobot robot, String id) {
        TabPane tabs = robot.lookup("#comparison-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel()
                .select(tabs.getTabs().stream()
                        .filter(t -> id.equals(t.getId()))
                        .findFirst()
                        .orElseThrow()));
    }

    @Test
    void theCallShowsBothSidesAndThreeTopicRows(FxRobot robot) {
        assertEquals(List.of("White House", "Kremlin"), texts(robot, "#comparison .actor-name"));
        assertEquals(List.of("Syria", "Terrorism", "North Korea"), rowTopics(robot));
        assertTrue(
                robot.lookup("#comparison .not-mentioned").queryAll().isEmpty(),
                "both sides speak on every topic of the call");
    }

    @Test
    void theTabsNobodyLooksAtDoNoWork(FxRobot robot) {
        // the comparison is shown: coverage, across events and the events list wait until their tab is chosen
        assertFalse(viewModel.coverage().activeProperty().get());
        assertFalse(viewModel.actorTimeline().activeProperty().get());
        assertFalse(viewModel.eventsList().activeProperty().get());
    }

    @Test
    void uncheckingTerrorismRemovesItsRow(FxRobot robot) {
        robot.clickOn(robot.lookup("#topic-chip-terrorism").queryAs(ToggleButton.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Syria", "North Korea"), rowTopics(robot));
    }

    @Test
    void sharedWordsAreMarkedAndTheToggleClearsThem(FxRobot robot) {
        List<String> before = marked(robot);
        assertTrue(before.stream().anyMatch(w -> w.equalsIgnoreCase("terrorism")), before.toString());
        assertTrue(before.contains("North Korea"), before.toString());

        robot.clickOn(robot.lookup("#highlight-shared").queryAs(CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(viewModel.comparison().highlightSharedProperty().get());
        assertEquals(List.of(), marked(robot));
    }

    @Test
    void clickingACoverageCellFiltersToThoseStatements(FxRobot robot) {
        selectTab(robot, "tab-coverage");
        Button cell = robot.lookup("#coverage .coverage-cell").queryAllAs(Button.class).stream()
                .filter(b -> b.getUserData() instanceof CoverageCell c
                        && c.actor().id().equals("kremlin")
                        && c.topic().id().equals("north-korea"))
                .findFirst()
                .orElseThrow();
        assertEquals("1", cell.getText());
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(
                List.of("north-korea"),
                viewModel.filter().topics().stream()
                        .filter(ToggleChoice::isSelected)
                        .map(ToggleChoice::id)
                        .toList());
        assertEquals(
                List.of("kremlin"),
                viewModel.filter().actors().stream()
                        .filter(ToggleChoice::isSelected)
                        .map(ToggleChoice::id)
                        .toList());
        assertEquals(
                "Kremlin on North Korea: 1 statement",
                robot.lookup(".coverage-focus-title").queryAs(Label.class).getText());
        assertEquals(1, robot.lookup("#coverage .listing-card").queryAll().size());
        // the comparison behind follows the filter: one side, one row
        assertEquals(List.of("Kremlin"), texts(robot, "#comparison .actor-name"));
        assertEquals(List.of("North Korea"), rowTopics(robot));

        robot.clickOn("#coverage-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Syria", "Terrorism", "North Korea"), rowTopics(robot));
    }

    @Test
    void aListedStatementOpensItsEventInTheComparison(FxRobot robot) {
        robot.interact(() -> viewModel.selectedEventProperty().set(null));
        selectTab(robot, "tab-across-events");
        @SuppressWarnings("unchecked")
        ComboBox<app.counterpoint.model.Actor> actor =
                robot.lookup("#across-events-actor").queryAs(ComboBox.class);
        robot.interact(() -> actor.getSelectionModel().select(1));
        assertEquals("Kremlin", viewModel.actorTimeline().actorProperty().get().name());
        List<Node> headings =
                List.copyOf(robot.lookup("#across-events .listing-heading").queryAll());
        assertFalse(headings.isEmpty());
        robot.interact(() -> ((Hyperlink) headings.get(0)).fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(
                "trump-putin-phone-call",
                viewModel.selectedEventProperty().get().id());
        TabPane tabs = robot.lookup("#comparison-tabs").queryAs(TabPane.class);
        assertEquals(
                "tab-comparison", tabs.getSelectionModel().getSelectedItem().getId());
    }

    @Test
    void anEventWithoutStatementsOffersTheNearestThatHasSome(FxRobot robot) {
        robot.interact(() -> viewModel.selectedEventProperty().set(event("us-strike-shayrat-airfield")));
        assertEquals(
                "No statements are recorded for this event.",
                robot.lookup("#comparison .comparison-placeholder")
                        .queryAs(Label.class)
                        .getText());
        Hyperlink later = robot.lookup("#comparison .nearby-event").queryAs(Hyperlink.class);
        assertTrue(later.getText().startsWith("Trump and Putin speak by phone"), later.getText());
        robot.clickOn(later);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "trump-putin-phone-call",
                viewModel.selectedEventProperty().get().id());
        assertEquals(3, rowTopics(robot).size());
    }

    private static String clipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    @Test
    void theWholeComparisonAndOneRowCopyForAHandout(FxRobot robot) {
        robot.clickOn("#copy-comparison-markdown");
        String markdown = clipboard(robot);
        assertTrue(
                markdown.startsWith(
                        "## Trump and Putin speak by phone \u00B7 2 May 2017\n\n| Topic | White House | Kremlin |"),
                markdown);
        assertEquals(7, markdown.lines().count(), markdown);

        // the first row: the one visible at 1280x720 without scrolling
        Node syria = robot.lookup("#comparison .comparison-row-header").queryAll().stream()
                .filter(n -> n.lookup(".topic-name") instanceof Label l
                        && l.getText().equals("Syria"))
                .findFirst()
                .orElseThrow();
        // Monocle turns no right-click into a context-menu request, so the test asks for the menu as the OS would
        robot.interact(() -> {
            var b = syria.localToScreen(syria.getBoundsInLocal());
            syria.fireEvent(new ContextMenuEvent(
                    ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, b.getMinX() + 10, b.getMinY() + 10, false, null));
        });
        robot.clickOn("Copy \u201CSyria\u201D as text");
        String row = clipboard(robot);
        assertTrue(row.startsWith("SYRIA\n  White House:\n"), row);
        assertTrue(row.contains("  Kremlin:\n"), row);
        assertFalse(row.contains("TERRORISM"), row);
    }
}
