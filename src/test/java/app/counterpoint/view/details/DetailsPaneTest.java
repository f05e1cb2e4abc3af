package app.counterpoint.view.details;

import static app.counterpoint.view.TopicSwatches.assertSwatch;
import static app.counterpoint.view.TopicSwatches.shapeOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.fixture.EventBuilder;
import app.counterpoint.fixture.StoryBuilder;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.view.Colours;
import app.counterpoint.view.MainWindow;
import app.counterpoint.viewmodel.common.MarkerShape;
import app.counterpoint.viewmodel.details.DetailsViewModel;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import app.counterpoint.viewmodel.settings.Theme;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The details' topic tags carry each topic's shape beside its colour, as the timeline and the filter draw it. */
@ExtendWith(ApplicationExtension.class)
class DetailsPaneTest {

    private static final String GREEN = "#009E73";
    private static final Topic WATER = new Topic("water", "Water", GREEN);
    private static final Topic TRADE = new Topic("trade", "Trade", "#E69F00");
    private static final Topic POWER = new Topic("power", "Power", GREEN);
    /** The palette's pale yellow and its black: one is lost on white paper, the other on the dark theme's. */
    private static final Topic PORTS = new Topic("ports", "Ports", "#F0E442");

    private static final Topic RAIL = new Topic("rail", "Railways", "#000000");

    private final SimpleObjectProperty<Event> selected = new SimpleObjectProperty<>();
    private DetailsPane pane;
    private Scene scene;

    @Start
    void start(Stage stage) {
        // the event lists its topics in another order than the story: the shape follows the story's
        Event talks = EventBuilder.event("talks")
                .titled("Talks")
                .on("2020-01-10")
                .topics("power", "water", "ports", "rail")
                .build();
        Story story = StoryBuilder.story("Twins")
                .topics(WATER, TRADE, POWER, PORTS, RAIL)
                .events(talks)
                .build();
        ReadOnlyObjectWrapper<Story> shown = new ReadOnlyObjectWrapper<>(story);
        pane = new DetailsPane(new DetailsViewModel(shown.getReadOnlyProperty(), selected), new LanguageViewModel());
        selected.set(talks);
        scene = new Scene(pane, 320, 500);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void twoTopicsOfOneColourHaveTagsOfDifferentShapes(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<List<Node>> swatches = new AtomicReference<>();
        robot.interact(() -> {
            pane.applyCss();
            swatches.set(List.copyOf(pane.lookupAll(".topic-tag .topic-swatch")));
        });
        assertEquals(4, swatches.get().size(), "a tag for each of the event's topics");
        assertNotEquals(
                shapeOf(swatches.get().get(0)),
                shapeOf(swatches.get().get(1)),
                "Power and Water are both green: their shapes tell them apart");
        assertSwatch(swatches.get().get(0), MarkerShape.forIndex(2), GREEN, "Power, the story's third topic");
        assertSwatch(swatches.get().get(1), MarkerShape.forIndex(0), GREEN, "Water, the story's first topic");
    }

    /** Large marks, as large text, need 3:1 against what is around them (WCAG's non-text contrast). */
    private static final double NON_TEXT = 3.0;

    @Test
    void inEveryThemeEachShapeStandsOutFromItsTag(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Theme theme : Theme.values()) {
            AtomicReference<List<Node>> tags = new AtomicReference<>();
            robot.interact(() -> {
                scene.getStylesheets().setAll(MainWindow.stylesheetsOf(theme));
                pane.applyCss();
                tags.set(List.copyOf(pane.lookupAll(".topic-tag")));
            });
            assertEquals(4, tags.get().size());
            for (Node tag : tags.get()) {
                Region swatch = (Region) tag.lookup(".topic-swatch");
                Color under =
                        (Color) ((Region) tag).getBackground().getFills().get(0).getFill();
                Color fill = (Color) swatch.getBackground().getFills().get(0).getFill();
                double best = Colours.contrast(fill, under);
                if (swatch.getBorder() != null
                        && !swatch.getBorder().getStrokes().isEmpty()) {
                    Color edge = (Color) swatch.getBorder().getStrokes().get(0).getTopStroke();
                    best = Math.max(best, Colours.contrast(Colours.over(edge, under), under));
                }
                assertTrue(
                        best >= NON_TEXT,
                        theme + ": the shape of " + tag.lookup(".label") + " in " + fill + " shows on " + under + " ("
                                + best + ")");
            }
        }
    }
}
