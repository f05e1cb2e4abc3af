package app.counterpoint.view.compare;

import static app.counterpoint.fixture.EventBuilder.event;
import static app.counterpoint.fixture.StoryBuilder.story;
import static app.counterpoint.view.TopicSwatches.assertSwatch;
import static app.counterpoint.view.TopicSwatches.shapeOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Topic;
import app.counterpoint.view.MainWindow;
import app.counterpoint.viewmodel.common.MarkerShape;
import app.counterpoint.viewmodel.compare.ComparisonFixture;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
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
    private static final List<Actor> SIDES = List.of(
            new Actor("a", "Side A", "#1F5FAD"),
            new Actor("b", "Side B", "#C0392B"),
            new Actor("c", "Side C", "#009E73"),
            new Actor("d", "Side D", "#6B4FA0"));
    private static final List<Source> SOURCES = List.of(
            new Source(
                    "web", "Readout", "Ministry", null, StoryDate.parse("2020-01-02"), "https://example.org/readout"),
            new Source("file", "Local copy", "Archive", null, null, "file:///etc/passwd"));

    private final List<String> opened = new ArrayList<>();
    private final ComparisonFixture comparison = new ComparisonFixture();
    private ComparisonPane pane;

    @Start
    void start(Stage stage) {
        pane = new ComparisonPane(
                comparison.comparison(), new app.counterpoint.viewmodel.settings.LanguageViewModel(), opened::add);
        Scene scene = new Scene(pane, 900, 600);
        scene.getStylesheets().addAll(MainWindow.STYLESHEET, ComparisonTabs.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    private void open(int sides) {
        Event e = event("e").titled("Talks").on("2020-01-01").topics("t").build();
        List<Statement> said = new ArrayList<>();
        for (int i = 0; i < sides; i++) {
            said.add(new Statement(
                    "s" + i,
                    "e",
                    SIDES.get(i).id(),
                    List.of("t"),
                    "tariffs must fall",
                    StatementKind.QUOTE,
                    i == 0 ? "web" : "file",
                    null));
        }
        comparison.open(
                story("S")
                        .sources(SOURCES)
                        .actors(SIDES.subList(0, sides))
                        .topics(TOPIC)
                        .events(e)
                        .statements(said)
                        .build(),
                e);
    }

    /** One event on which every side speaks at length on every topic: far taller than the pane. */
    private void openLong(int sides, int topics) {
        Event e = event("e").titled("Talks").on("2020-01-01").build();
        List<Topic> all = new ArrayList<>();
        List<Statement> said = new ArrayList<>();
        for (int t = 0; t < topics; t++) {
            all.add(new Topic("t" + t, "Topic " + t, "#E69F00"));
            for (int i = 0; i < sides; i++) {
                said.add(new Statement(
                        "s" + t + "-" + i,
                        "e",
                        SIDES.get(i).id(),
                        List.of("t" + t),
                        "On topic " + t + " the side said a long sentence that wraps over more than one line here",
                        StatementKind.QUOTE,
                        "web",
                        null));
            }
        }
        comparison.open(
                story("S")
                        .sources(SOURCES)
                        .actors(SIDES.subList(0, sides))
                        .topics(all)
                        .events(e)
                        .statements(said)
                        .build(),
                e);
    }

    private static Bounds sceneBounds(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    /** The cells of one side's column, by the grid column they sit in. */
    private static List<Node> column(FxRobot robot, int side) {
        return robot.lookup(".comparison-cell").queryAll().stream()
                .filter(n -> Integer.valueOf(side + 1).equals(GridPane.getColumnIndex(n)))
                .toList();
    }

    /** Each header is inside the viewport, drawn on top of the rows, and as wide as its column and in line. */
    private static void assertHeadersPinnedAndAligned(FxRobot robot, ScrollPane scroll, int sides) {
        Bounds viewport = sceneBounds(scroll.lookup(".viewport"));
        List<Node> headers =
                List.copyOf(robot.lookup(".comparison-column-header").queryAll());
        assertEquals(sides, headers.size());
        WritableImage shot = new WritableImage(
                (int) scroll.getScene().getWidth(), (int) scroll.getScene().getHeight());
        robot.interact(() -> scroll.getScene().snapshot(shot));
        for (int side = 0; side < sides; side++) {
            Node header = headers.get(side);
            assertEquals(side + 1, GridPane.getColumnIndex(header));
            Bounds h = sceneBounds(header);
            Label name = (Label) header.lookup(".actor-name");
            Bounds label = sceneBounds(name);
            assertTrue(
                    label.getMinY() >= viewport.getMinY() - 0.5 && label.getMaxY() <= viewport.getMaxY() + 0.5,
                    name.getText() + " " + label + " is inside the viewport " + viewport);
            assertEquals(viewport.getMinY(), h.getMinY(), 1.0, name.getText() + " sits at the top of the viewport");
            for (Node cell : column(robot, side)) {
                Bounds c = sceneBounds(cell);
                assertEquals(c.getMinX(), h.getMinX(), 0.5, name.getText() + " starts where its column starts");
                assertEquals(c.getWidth(), h.getWidth(), 0.5, name.getText() + " is as wide as its column");
            }
            if (h.getMaxX() - 6 >= viewport.getMinX() && h.getMaxX() - 6 < viewport.getMaxX()) {
                // the header's own colour shows in its right padding: it is painted over the rows, not under them
                Color seen = shot.getPixelReader().getColor((int) h.getMaxX() - 6, (int) h.getCenterY());
                Color side0 = Color.web(SIDES.get(side).color());
                assertEquals(side0.getRed(), seen.getRed(), 0.02, name.getText() + " painted on top: " + seen);
                assertEquals(side0.getGreen(), seen.getGreen(), 0.02, name.getText() + " painted on top: " + seen);
                assertEquals(side0.getBlue(), seen.getBlue(), 0.02, name.getText() + " painted on top: " + seen);
            }
        }
    }

    @Test
    void theSideHeadersStayInViewWhileALongComparisonScrolls(FxRobot robot) {
        ScrollPane scroll = robot.lookup(".comparison-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> openLong(2, 14));
        WaitForAsyncUtils.waitForFxEvents();
        Node firstTopic =
                robot.lookup(".comparison-row-header").queryAll().iterator().next();
        Bounds viewport = sceneBounds(scroll.lookup(".viewport"));
        double headerTop =
                sceneBounds(robot.lookup(".comparison-column-header").query()).getMinY();
        assertTrue(sceneBounds(firstTopic).getMinY() > headerTop, "the first row starts below the headers");

        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(sceneBounds(firstTopic).getMaxY() < viewport.getMinY(), "the first row has scrolled out of view");
        assertHeadersPinnedAndAligned(robot, scroll, 2);

        robot.interact(() -> scroll.setVvalue(scroll.getVmin()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                headerTop,
                sceneBounds(robot.lookup(".comparison-column-header").query()).getMinY(),
                0.5,
                "back at the top, the headers are where they started");
        assertTrue(sceneBounds(firstTopic).getMinY() > headerTop);
    }

    @Test
    void withFourSidesThePinnedHeadersFollowTheColumnsSideways(FxRobot robot) {
        ScrollPane scroll = robot.lookup(".comparison-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> openLong(4, 14));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            scroll.setVvalue(scroll.getVmax());
            scroll.setHvalue(scroll.getHmax());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertHeadersPinnedAndAligned(robot, scroll, 4);
        Bounds viewport = sceneBounds(scroll.lookup(".viewport"));
        List<Node> headers =
                List.copyOf(robot.lookup(".comparison-column-header").queryAll());
        Bounds last = sceneBounds(headers.get(3));
        assertTrue(
                last.getMaxX() <= viewport.getMaxX() + 0.5 && last.getMinX() >= viewport.getMinX(),
                "scrolled to the right end, the last side's header is in view: " + last + " in " + viewport);
        assertTrue(
                sceneBounds(headers.get(0)).getMinX() < viewport.getMinX(),
                "the first side's header has moved left with its column");
    }

    @Test
    void onlyAWebSourceGetsALinkAndItGoesToTheOpener(FxRobot robot) {
        robot.interact(() -> open(2));
        List<Hyperlink> links = robot.lookup(".source-link").queryAllAs(Hyperlink.class).stream()
                .toList();
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
        assertTrue(
                grid.getWidth() > scroll.getViewportBounds().getWidth(),
                grid.getWidth() + " is wider than " + scroll.getViewportBounds().getWidth());
        double before = grid.localToScene(0, 0).getX();
        robot.interact(() -> scroll.setHvalue(scroll.getHmax()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(grid.localToScene(0, 0).getX() < before, "scrolling sideways moves the table");
    }

    @Test
    void theOriginalsSwitchShowsTheWordsAsTheyWereSaidEachInItsDirection(FxRobot robot) {
        LoadResult read = new StoryOpener().openResource("stories/valid/translated.json");
        assertTrue(read.isValid(), read.problems()::toString);
        robot.interact(() -> comparison.open(read.story(), "talks"));
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox originals = robot.lookup("#show-originals").queryAs(CheckBox.class);
        assertTrue(originals.isVisible(), "the event has statements with their original words");
        assertEquals(0, robot.lookup(".statement-original").queryAll().size(), "off at first");
        assertTrue(
                robot.lookup(".statement-kind").queryAllAs(Label.class).stream()
                        .anyMatch(kind -> kind.getText().equals("TRANSLATED QUOTE")),
                "the quote without its original words is marked");

        robot.clickOn(originals);
        WaitForAsyncUtils.waitForFxEvents();

        List<Node> shown = List.copyOf(robot.lookup(".statement-original-words").queryAll());
        assertEquals(2, shown.size(), "the two statements whose words the story has");
        List<String> captions = robot.lookup(".statement-original-language").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .sorted()
                .toList();
        assertEquals(List.of("Said in Arabic:", "Said in German:"), captions);
        Node arabic = shown.stream()
                .filter(n -> n.getNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the Arabic words are not set right to left"));
        Node card = arabic.getParent();
        assertTrue(card.getAccessibleText().contains("حقولنا"), "a screen reader hears the original too");
        Bounds words = sceneBounds(arabic);
        Bounds inCard = sceneBounds(card);
        assertTrue(
                words.getMinX() >= inCard.getMinX() && words.getMaxX() <= inCard.getMaxX(),
                "the Arabic words " + words + " stay inside their card " + inCard);

        robot.interact(() -> comparison.open(
                story("S")
                        .topics(TOPIC)
                        .actors(SIDES.get(0))
                        .events(event("e")
                                .titled("Talks")
                                .on("2020-01-01")
                                .topics("t")
                                .build())
                        .statements(List.of(
                                new Statement("s", "e", "a", List.of("t"), "words", StatementKind.QUOTE, null, null)))
                        .build(),
                "e"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(originals.isVisible(), "no switch where there is nothing to show");
    }

    /** Every topic of the long comparison is the same orange: each row's name carries its topic's own shape. */
    @Test
    void topicsOfOneColourHaveRowNamesOfDifferentShapes(FxRobot robot) {
        robot.interact(() -> openLong(2, 3));
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> headers =
                new ArrayList<>(robot.lookup(".comparison-row-header").queryAll());
        headers.sort(java.util.Comparator.comparing(GridPane::getRowIndex));
        assertEquals(3, headers.size(), "a row for each topic");
        List<String> shapes = new ArrayList<>();
        for (int t = 0; t < headers.size(); t++) {
            Node swatch = headers.get(t).lookup(".topic-swatch");
            assertSwatch(swatch, MarkerShape.forIndex(t), "#E69F00", "Topic " + t);
            shapes.add(shapeOf(swatch));
        }
        assertEquals(3, shapes.stream().distinct().count(), "three topics of one colour, three shapes: " + shapes);
    }
}
