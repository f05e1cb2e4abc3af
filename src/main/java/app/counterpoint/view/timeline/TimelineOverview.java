package app.counterpoint.view.timeline;

import app.counterpoint.viewmodel.TimelineViewModel;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

import java.util.Objects;

/**
 * The overview strip under the timeline: how many shown events fall in each stretch of the whole story, with the
 * timeline's visible window as a brush. Drag the brush to pan, drag its edges to zoom, click elsewhere to centre the
 * window there. It shares the {@link TimelineViewModel} with the {@link TimelineView} above it.
 */
public class TimelineOverview extends Control {

    private final TimelineViewModel viewModel;

    public TimelineOverview(TimelineViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        getStyleClass().add("timeline-overview");
        setAccessibleText("Overview of the whole story; the highlighted window is the part the timeline shows");
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
        return Objects.requireNonNull(TimelineView.class.getResource("timeline.css")).toExternalForm();
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
