package app.counterpoint.view.timeline;

import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.FilterMode;
import app.counterpoint.viewmodel.LaneMode;
import app.counterpoint.viewmodel.TimelineViewModel;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.TransformationList;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Draws a {@link TimelineView} on one canvas and turns mouse, gesture and key input into view-model calls. Every
 * change only marks the drawing stale and asks for layout, so any number of changes in one pulse cost one redraw.
 */
public class TimelineSkin extends SkinBase<TimelineView> {

    /** Longer titles are cut with an ellipsis (whole in the tooltip): one label must not push a crowd into clusters. */
    private static final int MAX_LABEL_CHARS = 64;
    private static final int MAX_CACHED_WIDTHS = 20_000;
    /** How strongly events the filter leaves out show in dim mode: there, but clearly in the background. */
    private static final double DIMMED_ALPHA = 0.22;
    private static final Color NEUTRAL_ITEM = Color.web("#6b7280");

    private final TimelineView control;
    private final TimelineViewModel vm;
    private final Canvas canvas = new Canvas();
    private final Text measurer = new Text();
    private final Map<String, Double> plainWidths = new HashMap<>();
    private final Map<String, Double> boldWidths = new HashMap<>();
    private final Map<String, Color> colors = new HashMap<>();

    private TimelineEventIndex index = TimelineEventIndex.of(List.of());
    /** Every event of the story, when the timeline has a filter; cut down to the shown ones on a filter change. */
    private TimelineEventIndex allIndex;
    /** The events the filter lets through, in dim mode only; null when filtered-out events are hidden. */
    private Set<Event> shown;
    private TimelineLanes lanes;
    private TimelineLayout layout = TimelineLayout.empty();
    private boolean stale = true;
    private Font font;
    private Font boldFont;
    private double fontSize;


    private final TimelineInput input;

    public TimelineSkin(TimelineView control) {
        super(control);
        this.control = control;
        this.vm = control.getViewModel();
        canvas.getStyleClass().add("timeline-canvas");
        getChildren().add(canvas);
        rebuildIndex();
        rebuildLanes();
        updateFonts();

        registerChangeListener(vm.visibleStartProperty(), o -> invalidate());
        registerChangeListener(vm.visibleEndProperty(), o -> invalidate());
        registerChangeListener(vm.selectedEventProperty(), o -> invalidate());
        registerChangeListener(vm.laneModeProperty(), o -> {
            rebuildLanes();
            invalidate();
        });
        registerChangeListener(vm.storyProperty(), o -> {
            colors.clear();
            rebuildLanes();
            invalidate();
        });
        registerListChangeListener(vm.getShownEvents(), c -> {
            rebuildIndex();
            invalidate();
        });
        registerChangeListener(vm.filterModeProperty(), o -> {
            rebuildIndex();
            invalidate();
        });
        if (vm.getAllEvents() != vm.getShownEvents()) {
            registerListChangeListener(vm.getAllEvents(), c -> {
                rebuildIndex();
                invalidate();
            });
        }
        for (ObservableValue<?> style : List.of(
                (ObservableValue<?>) control.backgroundColorProperty(),
                (ObservableValue<?>) control.axisColorProperty(),
                (ObservableValue<?>) control.gridColorProperty(),
                (ObservableValue<?>) control.majorGridColorProperty(),
                (ObservableValue<?>) control.laneShadeColorProperty(),
                (ObservableValue<?>) control.textColorProperty(),
                (ObservableValue<?>) control.mutedTextColorProperty(),
                (ObservableValue<?>) control.selectionColorProperty())) {
            registerChangeListener(style, o -> invalidate());
        }
        registerChangeListener((ObservableValue<?>) control.labelFontSizeProperty(), o -> {
            updateFonts();
            invalidate();
        });

        input = new TimelineInput(this, control, canvas);
    }

    @Override
    public void dispose() {
        input.dispose();
        super.dispose();
    }

    // ---- state -------------------------------------------------------------------------------------------------

    private void invalidate() {
        stale = true;
        control.requestLayout();
    }

    /** In dim mode the index holds every event and {@code shown} tells which ones the filter lets through. */
    private void rebuildIndex() {
        if (vm.getAllEvents() == vm.getShownEvents()) {
            index = TimelineEventIndex.of(vm.getShownEvents());
            shown = null;
        } else if (vm.getFilterMode() == FilterMode.DIM) {
            index = allIndex();
            shown = Collections.newSetFromMap(new IdentityHashMap<>(vm.getShownEvents().size() * 2));
            shown.addAll(vm.getShownEvents());
        } else {
            index = filteredIndex().orElseGet(() -> TimelineEventIndex.of(vm.getShownEvents()));
            shown = null;
        }
    }

    /** The index of every event; rebuilt when the events it holds are no longer the story's. */
    private TimelineEventIndex allIndex() {
        List<Event> all = vm.getAllEvents();
        if (allIndex == null || allIndex.size() != all.size()
                || (!all.isEmpty() && allIndex.subset(all.subList(0, 1), new int[] {0}).isEmpty())) {
            allIndex = TimelineEventIndex.of(all);
        }
        return allIndex;
    }

    /**
     * When the shown events are a filtered view of all events, their index is cut from the index of all events:
     * a filter change then costs a copy rather than recomputing every event's instants.
     */
    private Optional<TimelineEventIndex> filteredIndex() {
        if (!(vm.getShownEvents() instanceof TransformationList<?, ?> filtered)
                || filtered.getSource() != vm.getAllEvents()) {
            return Optional.empty();
        }
        int[] positions = new int[filtered.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = filtered.getSourceIndex(i);
        }
        Optional<TimelineEventIndex> cut = allIndex().subset(vm.getShownEvents(), positions);
        if (cut.isEmpty()) {
            // The story changed under a stale index: build it again once.
            allIndex = TimelineEventIndex.of(vm.getAllEvents());
            cut = allIndex.subset(vm.getShownEvents(), positions);
        }
        return cut;
    }

    private boolean dimmed(Event event) {
        return shown != null && !shown.contains(event);
    }

    private void rebuildLanes() {
        lanes = TimelineLanes.of(vm.getStory(), vm.getLaneMode());
    }

    private void updateFonts() {
        fontSize = Math.max(8, control.labelFontSizeProperty().getValue().doubleValue());
        font = Font.font(Font.getDefault().getFamily(), FontWeight.NORMAL, fontSize);
        boldFont = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, fontSize);
        plainWidths.clear();
        boldWidths.clear();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        boolean resized = canvas.getWidth() != w || canvas.getHeight() != h;
        canvas.relocate(x, y);
        canvas.setWidth(w);
        canvas.setHeight(h);
        if (resized || stale) {
            redraw();
        }
    }

    Optional<Event> eventAt(double x, double y) {
        redrawIfStale();
        return layout.itemAt(x - canvas.getLayoutX(), y - canvas.getLayoutY()).map(PlacedItem::event);
    }

    Optional<Point2D> positionOf(Event event) {
        redrawIfStale();
        return layout.itemOf(event).map(item -> new Point2D(
                (item.point() ? item.x0() : Math.max(item.x0(), 0) + Math.min(10, (item.x1() - item.x0()) / 2))
                        + canvas.getLayoutX(),
                item.centerY() + canvas.getLayoutY()));
    }

    /** The layout of the current frame, brought up to date first; for hit-testing input. */
    TimelineLayout currentLayout() {
        redrawIfStale();
        return layout;
    }

    private void redrawIfStale() {
        if (stale) {
            redraw();
        }
    }

    // ---- drawing -----------------------------------------------------------------------------------------------

    private double axisRowHeight() {
        return Math.ceil(fontSize * 1.9);
    }

    private void redraw() {
        stale = false;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(control.backgroundColorProperty().getValue());
        g.fillRect(0, 0, w, h);
        if (w <= 1 || h <= 1) {
            layout = TimelineLayout.empty();
            return;
        }
        double start = vm.getVisibleStart();
        double end = vm.getVisibleEnd();
        double axisHeight = 2 * axisRowHeight();
        boolean named = lanes.mode() != LaneMode.SINGLE;
        LayoutMetrics metrics = LayoutMetrics.forFontSize(fontSize, named);
        Event selected = vm.getSelectedEvent();
        TimedEvents visible = index.overlappingTimed(start, end);
        layout = TimelineLayout.compute(visible, lanes, start, end, w, axisHeight, h - axisHeight, metrics,
                e -> textWidth(labelText(e), e.equals(selected)), s -> textWidth(s, true));

        drawLaneBands(g, w, metrics);
        AxisTicks ticks = TimeAxis.compute(start, end, w, s -> textWidth(s, true));
        drawGrid(g, ticks, h, axisHeight);
        drawAxis(g, ticks, w, axisHeight);
        drawLaneNames(g, metrics);
        g.setTextBaseline(VPos.CENTER);
        for (PlacedItem item : layout.items()) {
            boolean faded = dimmed(item.event());
            g.setGlobalAlpha(faded ? DIMMED_ALPHA : 1);
            drawItem(g, item, metrics, item.event().equals(selected));
        }
        g.setGlobalAlpha(1);
        for (ClusterMarker cluster : layout.clusters()) {
            drawCluster(g, cluster, metrics);
        }
        drawEmptyMessage(g, w, h, axisHeight);
    }

    private void drawLaneBands(GraphicsContext g, double w, LayoutMetrics metrics) {
        List<LaneBand> bands = layout.bands();
        for (int i = 0; i < bands.size(); i++) {
            LaneBand band = bands.get(i);
            if (i % 2 == 1) {
                g.setFill(control.laneShadeColorProperty().getValue());
                g.fillRect(0, band.top(), w, band.bottom() - band.top());
            }
            if (i > 0) {
                g.setStroke(control.majorGridColorProperty().getValue());
                g.setLineWidth(1);
                g.strokeLine(0, snap(band.top()), w, snap(band.top()));
            }
        }
    }

    private void drawLaneNames(GraphicsContext g, LayoutMetrics metrics) {
        if (lanes.mode() == LaneMode.SINGLE) {
            return;
        }
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (LaneBand band : layout.bands()) {
            double y = band.top() + metrics.laneHeaderHeight() / 2 + 2;
            Color color = colorOf(band.lane().color(), NEUTRAL_ITEM);
            g.setFill(color);
            g.fillRoundRect(10, y - fontSize * 0.5, 5, fontSize, 3, 3);
            g.setFont(boldFont);
            g.setFill(control.textColorProperty().getValue());
            g.fillText(band.lane().label(), 22, y);
        }
    }

    private void drawGrid(GraphicsContext g, AxisTicks ticks, double h, double axisHeight) {
        g.setLineWidth(1);
        g.setStroke(control.gridColorProperty().getValue());
        for (AxisTick tick : ticks.minor()) {
            g.strokeLine(snap(tick.x()), axisHeight / 2, snap(tick.x()), h);
        }
        g.setStroke(control.majorGridColorProperty().getValue());
        for (AxisTick tick : ticks.major()) {
            if (tick.x() >= 0) {
                g.strokeLine(snap(tick.x()), 0, snap(tick.x()), h);
            }
        }
    }

    private void drawAxis(GraphicsContext g, AxisTicks ticks, double w, double axisHeight) {
        double row = axisRowHeight();
        Color axisBackground = control.axisColorProperty().getValue();
        g.setFill(axisBackground);
        g.fillRect(0, 0, w, axisHeight);
        g.setStroke(control.majorGridColorProperty().getValue());
        g.setLineWidth(1);
        for (AxisTick tick : ticks.major()) {
            if (tick.x() >= 0) {
                g.strokeLine(snap(tick.x()), 0, snap(tick.x()), axisHeight);
            }
        }
        g.setStroke(control.gridColorProperty().getValue().darker());
        for (AxisTick tick : ticks.minor()) {
            g.strokeLine(snap(tick.x()), axisHeight - row * 0.35, snap(tick.x()), axisHeight);
        }
        g.setStroke(control.majorGridColorProperty().getValue());
        g.strokeLine(0, snap(axisHeight), w, snap(axisHeight));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(boldFont);
        g.setFill(control.textColorProperty().getValue());
        for (AxisTick tick : ticks.major()) {
            if (tick.hasLabel()) {
                g.fillText(tick.label(), tick.labelX(), row / 2);
            }
        }
        g.setFont(font);
        g.setFill(control.mutedTextColorProperty().getValue());
        for (AxisTick tick : ticks.minor()) {
            if (tick.hasLabel()) {
                g.fillText(tick.label(), tick.labelX(), row + row / 2 - 2);
            }
        }
    }

    private void drawItem(GraphicsContext g, PlacedItem item, LayoutMetrics metrics, boolean selected) {
        Event event = item.event();
        Color color = itemColor(event, item.lane());
        Color selection = control.selectionColorProperty().getValue();
        double y = item.centerY();
        double r = metrics.markerRadius();
        if (item.point()) {
            boolean timed = event.start().precision().compareTo(DatePrecision.MINUTE) >= 0;
            if (selected) {
                g.setFill(selection.deriveColor(0, 1, 1, 0.14));
                g.fillOval(item.x0() - r - 6, y - r - 6, 2 * r + 12, 2 * r + 12);
            }
            g.setFill(color);
            g.setStroke(control.backgroundColorProperty().getValue());
            g.setLineWidth(2);
            if (timed) {
                double d = r * 1.25;
                double[] xs = {item.x0(), item.x0() + d, item.x0(), item.x0() - d};
                double[] ys = {y - d, y, y + d, y};
                g.fillPolygon(xs, ys, 4);
                g.strokePolygon(xs, ys, 4);
            } else {
                g.fillOval(item.x0() - r, y - r, 2 * r, 2 * r);
                g.strokeOval(item.x0() - r, y - r, 2 * r, 2 * r);
            }
            if (selected) {
                g.setStroke(selection);
                g.setLineWidth(2.5);
                g.strokeOval(item.x0() - r - 4, y - r - 4, 2 * r + 8, 2 * r + 8);
            }
        } else {
            double left = Math.max(item.x0(), -r);
            double right = Math.min(item.x1(), canvas.getWidth() + r);
            double bh = metrics.barHeight();
            g.setFill(blend(color, control.backgroundColorProperty().getValue(), 0.24));
            g.fillRoundRect(left, y - bh / 2, right - left, bh, bh * 0.6, bh * 0.6);
            g.setStroke(color);
            g.setLineWidth(1.5);
            g.strokeRoundRect(left, y - bh / 2, right - left, bh, bh * 0.6, bh * 0.6);
            g.setFill(color);
            g.fillRoundRect(left, y - bh / 2, Math.min(5, right - left), bh, 4, 4);
            if (selected) {
                g.setStroke(selection);
                g.setLineWidth(2.5);
                g.strokeRoundRect(left - 3, y - bh / 2 - 3, right - left + 6, bh + 6, bh * 0.7, bh * 0.7);
            }
        }
        String label = labelText(event);
        g.setFont(selected ? boldFont : font);
        g.setTextAlign(TextAlignment.LEFT);
        if (!item.labelInside()) {
            // A backing keeps labels readable over gridlines and long bars of other rows.
            g.setFill(control.backgroundColorProperty().getValue().deriveColor(0, 1, 1, 0.85));
            g.fillRoundRect(item.labelX() - 2, y - fontSize * 0.65, textWidth(label, selected) + 4, fontSize * 1.3,
                    4, 4);
        }
        g.setFill(control.textColorProperty().getValue());
        g.fillText(label, item.labelX(), y);
    }

    private void drawCluster(GraphicsContext g, ClusterMarker cluster, LayoutMetrics metrics) {
        double bh = metrics.barHeight();
        double y = cluster.centerY();
        double width = cluster.boxRight() - cluster.boxLeft();
        Color muted = control.mutedTextColorProperty().getValue();
        g.setFill(blend(muted, control.backgroundColorProperty().getValue(), 0.16));
        g.fillRoundRect(cluster.boxLeft(), y - bh / 2, width, bh, bh, bh);
        g.setStroke(muted);
        g.setLineWidth(1.25);
        g.strokeRoundRect(cluster.boxLeft(), y - bh / 2, width, bh, bh, bh);
        g.setFill(control.textColorProperty().getValue());
        g.setFont(boldFont);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(cluster.label(), cluster.boxLeft() + width / 2, y);
        g.setTextAlign(TextAlignment.LEFT);
    }

    private void drawEmptyMessage(GraphicsContext g, double w, double h, double axisHeight) {
        String message;
        if (index.size() == 0) {
            message = "No events to show";
        } else if (layout.items().isEmpty() && layout.clusters().isEmpty()) {
            message = "No events in this period \u2014 press F to see them all";
        } else {
            return;
        }
        g.setFont(font);
        g.setFill(control.mutedTextColorProperty().getValue());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(message, w / 2, axisHeight + (h - axisHeight) / 2);
        g.setTextAlign(TextAlignment.LEFT);
    }

    /** The event's first topic colour; else its lane's; else a neutral grey. */
    private Color itemColor(Event event, int lane) {
        Story story = vm.getStory();
        if (story != null && !event.topicIds().isEmpty()) {
            String css = story.topic(event.topicIds().get(0)).map(t -> t.color()).orElse(null);
            if (css != null) {
                return colorOf(css, NEUTRAL_ITEM);
            }
        }
        return colorOf(lanes.lanes().get(lane).color(), NEUTRAL_ITEM);
    }

    private Color colorOf(String css, Color fallback) {
        if (css == null) {
            return fallback;
        }
        return colors.computeIfAbsent(css, c -> {
            try {
                return Color.web(c);
            } catch (IllegalArgumentException e) {
                return fallback;
            }
        });
    }

    /** A colour mixed toward the background: a light tint that keeps dark text on it readable. */
    private static Color blend(Color color, Color background, double amount) {
        return background.interpolate(color, amount);
    }

    private static double snap(double v) {
        return Math.floor(v) + 0.5;
    }

    private static String labelText(Event event) {
        String title = event.title();
        return title.length() <= MAX_LABEL_CHARS ? title : title.substring(0, MAX_LABEL_CHARS - 1).strip() + "\u2026";
    }

    private double textWidth(String text, boolean bold) {
        Map<String, Double> cache = bold ? boldWidths : plainWidths;
        Double cached = cache.get(text);
        if (cached != null) {
            return cached;
        }
        if (cache.size() > MAX_CACHED_WIDTHS) {
            cache.clear();
        }
        measurer.setFont(bold ? boldFont : font);
        measurer.setText(text);
        double width = Math.ceil(measurer.getLayoutBounds().getWidth());
        cache.put(text, width);
        return width;
    }
}
