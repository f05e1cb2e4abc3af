package app.counterpoint.viewmodel.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.StoryReader;
import app.counterpoint.settings.SettingsStore;
import app.counterpoint.viewmodel.MainViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** View › Text Size: its steps and limits, how it combines with the presentation's size, and that it lasts. */
class TextSizeViewModelTest {

    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(false);
    private final SimpleDoubleProperty presentationScale = new SimpleDoubleProperty(1.5);
    private final TextSizeViewModel size = new TextSizeViewModel(presenting.getReadOnlyProperty(), presentationScale);

    private final Preferences node = Preferences.userRoot().node("counterpoint-test/" + UUID.randomUUID());

    @AfterEach
    void clean() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void largerStepsUpTo200PercentAndStops() {
        List<Double> seen = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            size.enlarge();
            seen.add(size.scaleProperty().get());
        }
        assertEquals(List.of(1.1, 1.25, 1.5, 1.75, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0), seen);
        assertFalse(size.canEnlargeProperty().get());
        assertTrue(size.canShrinkProperty().get());
        assertEquals("200 %", size.percentTextProperty().get());
    }

    @Test
    void smallerStepsDownTo80PercentAndResetGoesBackTo100() {
        size.shrink();
        assertEquals(0.9, size.scaleProperty().get());
        size.shrink();
        size.shrink();
        assertEquals(0.8, size.scaleProperty().get());
        assertFalse(size.canShrinkProperty().get());
        size.reset();
        assertEquals(1.0, size.scaleProperty().get());
        assertEquals("100 %", size.percentTextProperty().get());
    }

    @Test
    void aSizeBetweenStepsStepsToTheNextOne() {
        size.scaleProperty().set(1.3);
        size.enlarge();
        assertEquals(1.5, size.scaleProperty().get());
        size.scaleProperty().set(1.3);
        size.shrink();
        assertEquals(1.25, size.scaleProperty().get());
    }

    @Test
    void sizesOutsideTheRangeAreBroughtIntoIt() {
        size.scaleProperty().set(5);
        assertEquals(2.0, size.scaleProperty().get());
        size.scaleProperty().set(0.1);
        assertEquals(0.8, size.scaleProperty().get());
        size.scaleProperty().set(Double.NaN);
        assertEquals(1.0, size.scaleProperty().get());
    }

    @Test
    void thePresentationSizeMultipliesOnTopOnlyWhilePresenting() {
        size.scaleProperty().set(1.25);
        assertEquals(1.25, size.windowScaleProperty().get(), 1e-9);
        assertEquals(1.25, size.timelineScaleProperty().get(), 1e-9);

        presenting.set(true);
        assertEquals(1.25 * 1.5, size.windowScaleProperty().get(), 1e-9);
        assertEquals(1.25 * 1.4, size.timelineScaleProperty().get(), 1e-9, "the timeline's part is capped");
        presentationScale.set(1.2);
        assertEquals(1.25 * 1.2, size.timelineScaleProperty().get(), 1e-9);

        presenting.set(false);
        assertEquals(1.25, size.windowScaleProperty().get(), 1e-9);
        assertEquals(1.2, presentationScale.get(), "the two sizes stay apart");
    }

    @Test
    void theTypeSizesInPixelsAreTheBaseSizeTimesTheScales() {
        size.scaleProperty().set(1.25);
        presenting.set(true);
        assertEquals(15 * 1.25 * 1.5, size.windowFontSizeProperty().get(), 1e-9);
        assertEquals(15 * 1.25 * 1.4, size.timelineFontSizeProperty().get(), 1e-9);
        presenting.set(false);
        assertEquals(15 * 1.25, size.windowFontSizeProperty().get(), 1e-9);
        assertEquals(15 * 1.25, size.timelineFontSizeProperty().get(), 1e-9);
    }

    @Test
    void theSizeLastsUntilTheNextLaunchApartFromThePresentationSize() {
        MainViewModel first = launch();
        first.settings().saveOnChange();
        first.textSize().enlarge();
        first.textSize().enlarge();

        MainViewModel second = launch();
        assertEquals(1.25, second.textSize().scaleProperty().get());
        assertEquals(1.5, second.presentation().fontScaleProperty().get(), "the presentation's own default");
    }

    @Test
    void aDamagedStoredSizeIsTheNormalSize() {
        node.putDouble("textScale", 9);
        assertEquals(1.0, launch().textSize().scaleProperty().get());
        node.put("textScale", "big");
        assertEquals(1.0, launch().textSize().scaleProperty().get());
    }

    private MainViewModel launch() {
        MainViewModel main =
                new MainViewModel(new StoryReader(), Runnable::run, Runnable::run, new SettingsStore(node));
        main.settings().load();
        return main;
    }
}
