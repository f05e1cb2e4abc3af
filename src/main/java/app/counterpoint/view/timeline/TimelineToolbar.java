package app.counterpoint.view.timeline;

import static app.counterpoint.view.Texts.label;
import static app.counterpoint.view.Texts.tooltip;

import app.counterpoint.viewmodel.settings.LanguageViewModel;
import app.counterpoint.viewmodel.timeline.FilteredEventDisplay;
import app.counterpoint.viewmodel.timeline.LaneMode;
import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.PopOver;
import org.controlsfx.control.SegmentedButton;

/**
 * The small bar above the timeline: lanes (one lane, by side, by topic), whether filtered-out events are dimmed or
 * hidden, the two zoom shortcuts and the legend of the marks. Every control is bound to the {@link TimelineViewModel}.
 */
public class TimelineToolbar extends HBox {

    private PopOver legendPopOver;

    private final Map<LaneMode, ToggleButton> laneButtons = new EnumMap<>(LaneMode.class);

    public TimelineToolbar(TimelineView timeline, LanguageViewModel language) {
        TimelineViewModel vm = timeline.getViewModel();
        getStyleClass().add("timeline-toolbar");
        getStylesheets().add(timeline.getUserAgentStylesheet());

        laneButtons.put(LaneMode.SINGLE, label(language, "timeline.lanes.one", new ToggleButton()));
        laneButtons.put(LaneMode.BY_ACTOR, label(language, "timeline.lanes.bySide", new ToggleButton()));
        laneButtons.put(LaneMode.BY_TOPIC, label(language, "timeline.lanes.byTopic", new ToggleButton()));
        SegmentedButton lanes = new SegmentedButton(laneButtons.values().toArray(new ToggleButton[0]));
        lanes.getStyleClass().add("timeline-lanes");
        laneButtons.forEach((mode, button) -> {
            button.setUserData(mode);
            button.setFocusTraversable(true);
            // A mnemonic (Alt+O, Alt+S, Alt+T) only fires the action; a segment's action is to be the one chosen.
            button.setOnAction(e -> button.setSelected(true));
        });
        laneButtons.get(vm.getLaneMode()).setSelected(true);
        lanes.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // A segmented choice always has one segment on: clicking the current one keeps it.
                old.setSelected(true);
            } else {
                vm.setLaneMode((LaneMode) now.getUserData());
            }
        });
        vm.laneModeProperty()
                .addListener((obs, old, mode) -> laneButtons.get(mode).setSelected(true));

        CheckBox dim = label(language, "timeline.dim", new CheckBox());
        dim.setId("dim-filtered");
        dim.setTooltip(tooltip(language, "timeline.dim.tooltip"));
        dim.setSelected(vm.getFilteredEventDisplay() == FilteredEventDisplay.DIM);
        dim.selectedProperty()
                .addListener((obs, old, on) ->
                        vm.setFilteredEventDisplay(on ? FilteredEventDisplay.DIM : FilteredEventDisplay.HIDE));
        vm.filteredEventDisplayProperty()
                .addListener((obs, old, mode) -> dim.setSelected(mode == FilteredEventDisplay.DIM));

        Button fit = label(language, "timeline.fit", new Button());
        fit.setId("zoom-to-fit");
        fit.setTooltip(tooltip(language, "timeline.fit.tooltip"));
        fit.setOnAction(e -> timeline.zoomToFit());
        Button toSelection = label(language, "timeline.toSelection", new Button());
        toSelection.setId("zoom-to-selection");
        toSelection.setTooltip(tooltip(language, "timeline.toSelection.tooltip"));
        toSelection.disableProperty().bind(Bindings.isNull(vm.selectedEventProperty()));
        toSelection.setOnAction(e -> timeline.zoomToSelection());

        Button legend = label(language, "timeline.legend", new Button());
        legend.setId("timeline-legend");
        legend.setTooltip(tooltip(language, "timeline.legend.tooltip"));
        legend.setOnAction(e -> showLegend(timeline, legend, language));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(lanes, dim, spacer, fit, toSelection, legend);
    }

    /** The legend in a pop-over under its button, drawn afresh so it shows the current theme's colours. */
    private void showLegend(TimelineView timeline, Button button, LanguageViewModel language) {
        if (legendPopOver != null && legendPopOver.isShowing()) {
            legendPopOver.hide();
            return;
        }
        TimelineLegend content = new TimelineLegend(timeline, language);
        content.setStyle("-fx-padding: 12;");
        legendPopOver = new PopOver(content);
        legendPopOver.setTitle(language.get("timeline.legend.title"));
        legendPopOver.setHeaderAlwaysVisible(true);
        legendPopOver.setDetachable(false);
        legendPopOver.setArrowLocation(PopOver.ArrowLocation.TOP_RIGHT);
        legendPopOver.show(button);
    }
}
