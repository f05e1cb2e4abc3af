package app.counterpoint.view.compare;

import static app.counterpoint.view.TopicSwatches.assertSwatch;
import static app.counterpoint.view.TopicSwatches.shapeOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.fixture.StoryBuilder;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Topic;
import app.counterpoint.view.MainWindow;
import app.counterpoint.viewmodel.common.MarkerShape;
import app.counterpoint.viewmodel.compare.CoverageCell;
import app.counterpoint.viewmodel.compare.CoverageViewModel;
import app.counterpoint.viewmodel.filter.FilterViewModel;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The coverage matrix tells two sides of one colour apart by their shapes, in their rows' names and their cells, and
 * two topics of one colour by theirs, in their columns' names.
 */
@ExtendWith(ApplicationExtension.class)
class CoveragePaneTest {

    private static final String GREEN = "#009E73";
    /** Both topics are blue: their columns' names tell them apart by shape alone. */
    private static final String BLUE = "#0072B2";

    private CoveragePane pane;

    @Start
    void start(Stage stage) {
        Actor north = new Actor("north", "Northernmost Council", GREEN);
        Actor south = new Actor("south", "Southernmost Council", GREEN);
        Story story = StoryBuilder.story("Twins")
                .sources(new Source("src", "A report", "Wire", null, StoryDate.parse("2020"), null))
                .actors(north, south)
                .topics(new Topic("water", "Water", BLUE), new Topic("power", "Power", BLUE))
                .events(EventBuilder.event("talks")
                        .titled("Talks")
                        .on("2020-01-10")
                        .topics("water", "power")
                        .build())
                .statements(List.of(
                        new Statement(
                                "a",
                                "talks",
                                "north",
                                List.of("water"),
                                "more water",
                                StatementKind.QUOTE,
                                "src",
                                null),
                        new Statement(
                                "b",
                                "talks",
                                "south",
                                List.of("water"),
                                "less water",
                                StatementKind.QUOTE,
                                "src",
                                null),
                        new Statement(
                                "c",
                                "talks",
                                "south",
                                List.of("power"),
                                "cheap power",
                                StatementKind.QUOTE,
                                "src",
                                null)))
                .build();
        PreparedStory prepared = PreparedStory.of(story);
        FilterViewModel filter = new FilterViewModel();
        filter.setStory(prepared);
        ReadOnlyObjectWrapper<PreparedStory> shown = new ReadOnlyObjectWrapper<>(prepared);
        CoverageViewModel coverage = new CoverageViewModel(shown.getReadOnlyProperty(), filter);
        pane = new CoveragePane(coverage, new LanguageViewModel(), e -> {}, link -> {});
        Scene scene = new Scene(pane, 900, 500);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        scene.getStylesheets()
                .add(CoveragePane.class
                        .getResource("/app/counterpoint/view/compare/compare.css")
                        .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static String shapeOf(Node mark) {
        assertNotNull(mark, "a side's mark");
        SVGPath path = (SVGPath) ((Region) mark).getShape();
        assertNotNull(path, "the mark has a shape");
        return path.getContent();
    }

    @Test
    void twoSidesOfOneColourDifferByTheirShapeInNamesAndCells(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Map<String, List<Button>>> cellsBySide = new AtomicReference<>();
        AtomicReference<Map<String, Label>> names = new AtomicReference<>();
        robot.interact(() -> {
            pane.applyCss();
            cellsBySide.set(pane.lookupAll(".coverage-cell").stream()
                    .map(n -> (Button) n)
                    .collect(Collectors.groupingBy(
                            b -> ((CoverageCell) b.getUserData()).actor().id())));
            names.set(pane.lookupAll(".coverage-actor").stream()
                    .map(n -> (Label) n)
                    .collect(Collectors.toMap(Label::getText, l -> l)));
        });
        String north = shapeOf(names.get().get("Northernmost Council").getGraphic());
        String south = shapeOf(names.get().get("Southernmost Council").getGraphic());
        assertNotEquals(north, south, "the two sides' names carry different shapes");
        for (Button cell : cellsBySide.get().get("north")) {
            CoverageCell data = (CoverageCell) cell.getUserData();
            if (data.count() == 0) {
                assertNull(cell.getGraphic(), "an empty cell stays plain: " + data);
            } else {
                assertEquals(north, shapeOf(cell.getGraphic()), "North's cell has North's shape");
            }
        }
        List<Button> southCells = cellsBySide.get().get("south");
        assertTrue(southCells.stream().allMatch(b -> ((CoverageCell) b.getUserData()).count() > 0));
        for (Button cell : southCells) {
            assertEquals(south, shapeOf(cell.getGraphic()), "South's cell has South's shape");
            assertEquals(
                    Integer.toString(((CoverageCell) cell.getUserData()).count()),
                    cell.getText(),
                    "the count is still written");
        }
    }

    @Test
    void twoTopicsOfOneColourDifferByTheirShapeInTheColumnNames(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Map<String, Node>> swatches = new AtomicReference<>();
        robot.interact(() -> {
            pane.applyCss();
            swatches.set(pane.lookupAll(".coverage-topic-header").stream()
                    .collect(Collectors.toMap(
                            h -> ((Label) h.lookup(".coverage-topic")).getText(), h -> h.lookup(".topic-swatch"))));
        });
        assertEquals(2, swatches.get().size(), "a column for each topic");
        assertNotEquals(
                shapeOf(swatches.get().get("Water")),
                shapeOf(swatches.get().get("Power")),
                "Water and Power are both blue: their shapes tell them apart");
        assertSwatch(swatches.get().get("Water"), MarkerShape.forIndex(0), BLUE, "Water, the story's first topic");
        assertSwatch(swatches.get().get("Power"), MarkerShape.forIndex(1), BLUE, "Power, the story's second topic");
    }

    /** On a narrow window the sides' column narrows, but a side's name never breaks inside a word. */
    @Test
    void aNarrowWindowBreaksNoSidesNameInsideAWord(FxRobot robot) {
        // the pane narrowed, not the stage: it is the toolkit's one primary stage, shared by the test classes after
        robot.interact(() -> {
            javafx.scene.layout.StackPane narrow = new javafx.scene.layout.StackPane();
            pane.getScene().setRoot(narrow);
            narrow.getChildren().add(pane);
            pane.setMaxWidth(380);
            javafx.scene.layout.StackPane.setAlignment(pane, javafx.geometry.Pos.TOP_LEFT);
        });
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<List<String>> broken = new AtomicReference<>();
        robot.interact(() -> {
            pane.applyCss();
            pane.layout();
            List<String> found = new java.util.ArrayList<>();
            for (Node n : pane.lookupAll(".coverage-actor")) {
                Label name = (Label) n;
                double room = name.getWidth()
                        - name.snappedLeftInset()
                        - name.snappedRightInset()
                        - name.getGraphic().getLayoutBounds().getWidth()
                        - name.getGraphicTextGap();
                javafx.scene.text.Text measure = new javafx.scene.text.Text();
                measure.setFont(name.getFont());
                for (String word : name.getText().split(" ")) {
                    measure.setText(word);
                    if (measure.getLayoutBounds().getWidth() > room + 1) {
                        found.add(word + " needs " + measure.getLayoutBounds().getWidth() + " px, has " + room);
                    }
                }
            }
            broken.set(found);
        });
        assertTrue(broken.get().isEmpty(), "words broken in two: " + broken.get());
    }
}
