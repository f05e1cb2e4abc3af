package app.counterpoint.view.timeline;

import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import java.util.List;
import java.util.Objects;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;

/**
 * The overview strip under the timeline: how many shown events fall in each stretch of the whole story, with the
 * timeline's visible window as a brush. Drag the brush to pan, drag its edges to zoom, click elsewhere to centre the
 * window there. It shares the {@link TimelineViewModel} with the {@link TimelineView} above it.
 */
public class TimelineOverview extends Control {

    private static final StyleablePropertyFactory<TimelineOverview> STYLES =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    // the light theme's colours as defaults; timeline.css and the themes set them
    private final StyleableProperty<Color> backgroundColor = STYLES.createStyleableColorProperty(
            this, "backgroundColor", "-overview-background", v -> v.backgroundColor, Color.web("#f5f6f8"));
    private final StyleableProperty<Color> barColor = STYLES.createStyleableColorProperty(
            this, "barColor", "-overview-bars", v -> v.barColor, Color.web("#8b95a1"));
    private final StyleableProperty<Color> brushFill = STYLES.createStyleableColorProperty(
            this, "brushFill", "-overview-brush-fill", v -> v.brushFill, Color.web("#4c8bf5", 0.16));
    private final StyleableProperty<Color> brushEdge = STYLES.createStyleableColorProperty(
            this, "brushEdge", "-overview-brush-edge", v -> v.brushEdge, Color.web("#2f6fd6"));
    private final StyleableProperty<Color> outsideShade = STYLES.createStyleableColorProperty(
            this, "outsideShade", "-overview-shade", v -> v.outsideShade, Color.web("#ffffff", 0.55));

    private final TimelineViewModel viewModel;

    public TimelineOverview(TimelineViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        getStyleClass().add("timeline-overview");
    }

    public TimelineViewModel getViewModel() {
        return viewModel;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineOverviewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return TimelineView.stylesheet();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    /** The strip behind the bars. */
    StyleableProperty<Color> backgroundColorProperty() {
        return backgroundColor;
    }

    /** The bars of the histogram. */
    StyleableProperty<Color> barColorProperty() {
        return barColor;
    }

    /** Inside the brush, laid over the bars. */
    StyleableProperty<Color> brushFillProperty() {
        return brushFill;
    }

    /** The brush's outline and handles. */
    StyleableProperty<Color> brushEdgeProperty() {
        return brushEdge;
    }

    /** Laid over what lies outside the brush, so the shown window stands out. */
    StyleableProperty<Color> outsideShadeProperty() {
        return outsideShade;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 44;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 44;
    }

    @Override
    protected double computeMaxHeight(double width) {
        return 44;
    }
}
