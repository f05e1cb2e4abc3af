package app.counterpoint.view.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Topic;
import app.counterpoint.view.MainWindow;
import app.counterpoint.viewmodel.ComparisonViewModel;
import app.counterpoint.viewmodel.PreparedStory;
import app.counterpoint.viewmodel.FilterViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The comparison pane alone, on a four-sided story built in code whose sources are web pages or not. */
@ExtendWith(ApplicationExtension.class)
class ComparisonPaneTest {

    private static final Topic TOPIC = new Topic("t", "Trade", "#E69F00");
    private static final List<Actor> SIDES = List.of(new Actor("a", "Side A", "#1F5FAD"),
            new Actor("b", "Side B", "#C0392B"), new Actor("c", "Side C", "#009E73"),
            new Actor("d", "Side D", "#6B4FA0"));
    private static final List<Source> SOURCES = List.of(
            new Source("web", "Readout", "Ministry", null, StoryDate.parse("2020-01-02"), "https://example.org/readout"),
            new Source("file", "Local copy", "Archive", null, null, "file:///etc/passwd"));

    private final List<String> opened = new ArrayList<>();
    private final ReadOnlyObjectWrapper<PreparedStory> story = new ReadOnlyObjectWrapper<>();
    private final SimpleObjectProperty<Event> selected = new SimpleObjectProperty<>();
    private final FilterViewModel filter = new FilterViewModel();
    private ComparisonPane pane;

    @Start
    void start(Stage stage) {
        ComparisonViewModel vm = new ComparisonViewModel(story.getReadOnlyProperty(), selected,
                filter.stateProperty());
        pane = new ComparisonPane(vm, opened::add);
        Scene scene = new Scene(pane, 900, 600);
        scene.getStylesheets().addAll(MainWindow.STYLESHEET, ComparisonTabs.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    private void open(int sides) {
        Event e = new Event("e", "Talks", StoryDate.parse("2020-01-01"), null, null, List.of("t"), List.of(),
                List.of());
        List<Statement> said = new ArrayList<>();
        for (int i = 0; i < sides; i++) {
            said.add(new Statement("s" + i, "e", SIDES.get(i).id(), List.of("t"), "tariffs must fall",
                    StatementKind.QUOTE, i == 0 ? "web" : "file", null));
        }
        Story s = new Story("S", null, SOURCES, SIDES.subList(0, sides), List.of(TOPIC), List.of(e), said);
        PreparedStory prepared = PreparedStory.of(s);
        filter.setStory(prepared);
        story.set(prepared);
        selected.set(e);
    }

    @Test
    void onlyAWebSourceGetsALinkAndItGoesToTheOpener(FxRobot robot) {
        robot.interact(() -> open(2));
        List<Hyperlink> links = robot.lookup(".source-link").queryAllAs(Hyperlink.class).stream().toList();
        assertEquals(1, links.size(), "the file: source is not offered as a link");
        robot.clickOn(links.get(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("https://example.org/readout"), opened);
    }

    @Test
    void threeSidesFitTheWidthFourScrollSideways(FxRobot robot) {
        ScrollPane scroll = robot.lookup(".comparison-scroll").queryAs(ScrollPane.class);
        GridPane grid = robot.lookup(".comparison-grid").queryAs(GridPane.class);
        robot.interact(() -> open(3));
        WaitForAsyncUtils.waitForFxEvents();
        double viewport = scroll.getViewportBounds().getWidth();
        assertTrue(grid.getWidth() <= viewport, grid.getWidth() + " fits in " + viewport);

        robot.interact(() -> open(4));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, robot.lookup(".comparison-column-header").queryAll().size());
        assertTrue(grid.getWidth() > scroll.getViewportBounds().getWidth(),
                grid.getWidth() + " is wider than " + scroll.getViewportBounds().getWidth());
        double before = grid.localToScene(0, 0).getX();
        robot.interact(() -> scroll.setHvalue(scroll.getHmax()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(grid.localToScene(0, 0).getX() < before, "scrolling sideways moves the table");
    }
}
