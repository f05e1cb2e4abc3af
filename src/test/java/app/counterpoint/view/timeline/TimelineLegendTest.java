package app.counterpoint.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.view.timeline.paint.LegendPainter;
import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The legend of the timeline's marks, reachable from its toolbar and drawn by its own painter. */
@ExtendWith(ApplicationExtension.class)
class TimelineLegendTest {

    private TimelineView view;
    private VBox root;

    @Start
    void start(Stage stage) {
        TimelineViewModel vm = new TimelineViewModel(
                new SimpleObjectProperty<Story>(),
                FXCollections.<Event>observableArrayList(),
                new SimpleObjectProperty<Event>());
        view = new TimelineView(vm);
        root = new VBox(new TimelineToolbar(view, new app.counterpoint.viewmodel.settings.LanguageViewModel()), view);
        stage.setScene(new Scene(root, 900, 300));
        stage.show();
    }

    @Test
    void theToolbarsLegendShowsEveryMarkDrawn(FxRobot robot) {
        Button button = (Button) root.lookup("#timeline-legend");
        assertNotNull(button, "a Legend button in the timeline toolbar");
        robot.interact(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<TimelineLegend> shown = new AtomicReference<>();
        robot.interact(() -> javafx.stage.Window.getWindows().stream()
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot().lookup(".timeline-legend"))
                .filter(n -> n instanceof TimelineLegend)
                .findFirst()
                .ifPresent(n -> shown.set((TimelineLegend) n)));
        TimelineLegend legend = shown.get();
        assertNotNull(legend, "the legend pops up");
        for (LegendPainter.Mark mark : LegendPainter.Mark.values()) {
            Canvas sample = (Canvas) legend.lookup("#legend-" + mark.name().toLowerCase(java.util.Locale.ROOT));
            assertNotNull(sample, mark.toString());
            AtomicReference<PixelReader> pixels = new AtomicReference<>();
            robot.interact(() -> pixels.set(sample.snapshot(null, null).getPixelReader()));
            int drawn = 0;
            Color background = pixels.get().getColor(0, 0);
            for (int x = 0; x < sample.getWidth(); x++) {
                for (int y = 0; y < sample.getHeight(); y++) {
                    drawn += pixels.get().getColor(x, y).equals(background) ? 0 : 1;
                }
            }
            assertTrue(drawn > 20, mark + " is drawn: " + drawn + " pixels");
        }
        assertEquals(LegendPainter.Mark.values().length, TimelineLegend.MEANINGS.size(), "every mark explained");
        robot.interact(button::fire);
    }

    /** Two topics of one colour: the legend names each beside its own mark, and the marks differ in shape. */
    @Test
    void theLegendShowsEachTopicInItsOwnShape(FxRobot robot) {
        Story story = app.counterpoint.fixture.StoryBuilder.story("Twins")
                .topics(
                        new app.counterpoint.model.Topic("a", "Water", "#009E73"),
                        new app.counterpoint.model.Topic("b", "Power", "#009E73"))
                .build();
        TimelineViewModel vm = new TimelineViewModel(
                new SimpleObjectProperty<>(story),
                FXCollections.<Event>observableArrayList(),
                new SimpleObjectProperty<Event>());
        AtomicReference<TimelineLegend> legend = new AtomicReference<>();
        robot.interact(() -> legend.set(
                new TimelineLegend(new TimelineView(vm), new app.counterpoint.viewmodel.settings.LanguageViewModel())));
        Canvas water = (Canvas) legend.get().lookup("#legend-topic-a");
        Canvas power = (Canvas) legend.get().lookup("#legend-topic-b");
        assertNotNull(water, "a mark for the first topic");
        assertNotNull(power, "a mark for the second topic");
        assertTrue(
                legend.get().getChildren().stream()
                        .anyMatch(n -> n instanceof javafx.scene.control.Label l
                                && l.getText().equals("Power")),
                "the topic named beside its mark");
        AtomicReference<PixelReader> a = new AtomicReference<>();
        AtomicReference<PixelReader> b = new AtomicReference<>();
        robot.interact(() -> {
            a.set(water.snapshot(null, null).getPixelReader());
            b.set(power.snapshot(null, null).getPixelReader());
        });
        int differing = 0;
        for (int x = 0; x < water.getWidth(); x++) {
            for (int y = 0; y < water.getHeight(); y++) {
                differing += a.get().getColor(x, y).equals(b.get().getColor(x, y)) ? 0 : 1;
            }
        }
        assertTrue(differing > 20, "the two marks differ although their colour is the same: " + differing);
    }
}
