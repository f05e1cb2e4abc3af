package app.counterpoint.view.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import app.counterpoint.i18n.Language;
import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.common.MarkerShape;
import app.counterpoint.viewmodel.filter.ToggleChoice;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A topic chip's swatch is the topic's shape in its colour: two topics of one colour still look different. */
@ExtendWith(ApplicationExtension.class)
class TopicChipTest {

    private TopicChip first;
    private TopicChip second;
    private final LanguageViewModel language = new LanguageViewModel(Language.ENGLISH);

    @Start
    void start(Stage stage) {
        Topic water = new Topic("water", "Water", "#009E73");
        Topic power = new Topic("power", "Power", "#009E73");
        first = new TopicChip(
                new ToggleChoice<>(water, "water", "Water", "#009E73", MarkerShape.forIndex(0), 2), language);
        second = new TopicChip(
                new ToggleChoice<>(power, "power", "Power", "#009E73", MarkerShape.forIndex(1), 1), language);
        stage.setScene(new Scene(new HBox(first, second), 400, 80));
        stage.show();
    }

    @Test
    void twoTopicsOfOneColourHaveSwatchesOfDifferentShapes(FxRobot robot) {
        AtomicReference<Shape> a = new AtomicReference<>();
        AtomicReference<Shape> b = new AtomicReference<>();
        robot.interact(() -> {
            a.set(((Region) first.lookup(".chip-swatch")).getShape());
            b.set(((Region) second.lookup(".chip-swatch")).getShape());
        });
        assertNotNull(a.get(), "the first swatch has a shape");
        assertNotNull(b.get(), "the second swatch has a shape");
        assertEquals(MarkerShape.CIRCLE.svgPath(), ((SVGPath) a.get()).getContent(), "the first topic's circle");
        assertEquals(MarkerShape.SQUARE.svgPath(), ((SVGPath) b.get()).getContent(), "the second topic's square");
        assertNotEquals(((SVGPath) a.get()).getContent(), ((SVGPath) b.get()).getContent());
    }

    /** What a chip tells a screen reader and its tooltip is in the window's language, with its plural. */
    @Test
    void aChipsCountIsToldInTheWindowsLanguage(FxRobot robot) {
        assertEquals("Water, 2 events", first.getAccessibleText());
        assertEquals(
                "Power: 1 event. Click to show or hide them.",
                second.getTooltip().getText());
        robot.interact(() -> language.languageProperty().set(Language.GERMAN));
        assertEquals("Water, 2 Ereignisse", first.getAccessibleText());
        assertEquals(
                "Power: 1 Ereignis. Klicken, um sie zu zeigen oder auszublenden.",
                second.getTooltip().getText());
    }
}
