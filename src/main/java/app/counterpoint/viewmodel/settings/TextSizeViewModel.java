package app.counterpoint.viewmodel.settings;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;

/**
 * View › Text Size: the size of all the window's text, 80 % to 200 % in the steps a browser's zoom takes, kept
 * apart from the presentation text size, which multiplies on top of it while presenting. The view only applies
 * {@link #windowScaleProperty()} and {@link #timelineScaleProperty()} to its base type size.
 */
public final class TextSizeViewModel {

    public static final double MIN = 0.8;
    public static final double MAX = 2.0;
    public static final double DEFAULT = 1.0;

    /** The type size, in pixels, every em in the stylesheets refers to at 100 %; presenting multiplies it. */
    public static final double BASE_FONT_SIZE = 15;

    /** The sizes Larger and Smaller step through. */
    static final double[] STEPS = {0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0};

    /** While presenting, the timeline's labels grow less than the text: it must still show the events around. */
    static final double MAX_TIMELINE_PRESENTATION_SCALE = 1.4;

    private static final double EPSILON = 1e-6;

    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", DEFAULT) {
        @Override
        public void set(double value) {
            super.set(clamp(value));
        }
    };

    private final DoubleBinding windowScale;
    private final DoubleBinding timelineScale;
    private final DoubleBinding windowFontSize;
    private final DoubleBinding timelineFontSize;
    private final BooleanBinding canEnlarge = Bindings.createBooleanBinding(() -> scale.get() < MAX - EPSILON, scale);
    private final BooleanBinding canShrink = Bindings.createBooleanBinding(() -> scale.get() > MIN + EPSILON, scale);
    private final ObservableStringValue percentText = Bindings.createStringBinding(
            () -> String.format(Locale.ROOT, "%d %%", Math.round(scale.get() * 100)), scale);

    /**
     * @param presenting        whether presentation mode is on
     * @param presentationScale the presentation text size, applied on top while presenting
     */
    public TextSizeViewModel(ReadOnlyBooleanProperty presenting, ObservableDoubleValue presentationScale) {
        windowScale = Bindings.createDoubleBinding(
                () -> scale.get() * (presenting.get() ? presentationScale.get() : 1),
                scale,
                presenting,
                presentationScale);
        timelineScale = Bindings.createDoubleBinding(
                () -> scale.get()
                        * (presenting.get() ? Math.min(presentationScale.get(), MAX_TIMELINE_PRESENTATION_SCALE) : 1),
                scale,
                presenting,
                presentationScale);
        windowFontSize = windowScale.multiply(BASE_FONT_SIZE);
        timelineFontSize = timelineScale.multiply(BASE_FONT_SIZE);
    }

    /** A stored or typed size brought into range: anything unreadable is the default size. */
    public static double clamp(double value) {
        if (!Double.isFinite(value)) {
            return DEFAULT;
        }
        return Math.max(MIN, Math.min(MAX, value));
    }

    /** One step larger (Ctrl +), up to 200 %. */
    public void enlarge() {
        for (double step : STEPS) {
            if (step > scale.get() + EPSILON) {
                scale.set(step);
                return;
            }
        }
    }

    /** One step smaller (Ctrl −), down to 80 %. */
    public void shrink() {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < scale.get() - EPSILON) {
                scale.set(STEPS[i]);
                return;
            }
        }
    }

    /** Back to 100 % (Ctrl 0). */
    public void reset() {
        scale.set(DEFAULT);
    }

    /** The chosen size, 0.8 to 2.0; remembered in the settings. */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    /** What every text in the window is multiplied by: the size chosen, times the presentation's while presenting. */
    public ObservableDoubleValue windowScaleProperty() {
        return windowScale;
    }

    /** What the timeline's labels are multiplied by (the presentation's part capped, so the timeline keeps room). */
    public ObservableDoubleValue timelineScaleProperty() {
        return timelineScale;
    }

    /** The window's type size in pixels: {@link #BASE_FONT_SIZE} times {@link #windowScaleProperty()}. */
    public ObservableDoubleValue windowFontSizeProperty() {
        return windowFontSize;
    }

    /** The timeline labels' type size in pixels: {@link #BASE_FONT_SIZE} times {@link #timelineScaleProperty()}. */
    public ObservableDoubleValue timelineFontSizeProperty() {
        return timelineFontSize;
    }

    public BooleanBinding canEnlargeProperty() {
        return canEnlarge;
    }

    public BooleanBinding canShrinkProperty() {
        return canShrink;
    }

    /** "110 %", for the menu. */
    public ObservableStringValue percentTextProperty() {
        return percentText;
    }
}
