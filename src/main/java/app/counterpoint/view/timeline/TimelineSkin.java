package app.counterpoint.view.timeline;

import app.counterpoint.model.Event;
import app.counterpoint.view.timeline.layout.AxisTicks;
import app.counterpoint.view.timeline.layout.LanePlan;
import app.counterpoint.view.timeline.layout.LayoutMetrics;
import app.counterpoint.view.timeline.layout.PlacedItem;
import app.counterpoint.view.timeline.layout.TimeAxis;
import app.counterpoint.view.timeline.layout.TimedEvents;
import app.counterpoint.view.timeline.layout.TimelineFrame;
import app.counterpoint.view.timeline.layout.TimelineLayout;
import app.counterpoint.view.timeline.layout.TimelineViewport;
import app.counterpoint.view.timeline.paint.TextMeasurer;
import app.counterpoint.view.timeline.paint.TimelinePainter;
import app.counterpoint.view.timeline.paint.TimelinePalette;
import app.counterpoint.viewmodel.timeline.LaneMode;
import app.counterpoint.viewmodel.timeline.TimelineLanes;
import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;

/**
 * Shows a {@link TimelineView} on one canvas: keeps the events' index and lanes in step with the view model, lays out
 * the visible window and hands it to a {@link TimelinePainter}; {@link TimelineInput} turns input into view-model
 * calls. Every change only marks the drawing stale and asks for layout, so any number of changes in one pulse cost
 * one redraw. Lanes taller than the view scroll under the axis, with a scroll bar at the right.
 */
public class TimelineSkin extends SkinBase<TimelineView> {

    private static final System.Logger LOG = System.getLogger(TimelineSkin.class.getName());

    private final TimelineView control;
    private final TimelineViewModel vm;
    private final Canvas canvas = new Canvas();
    private final TextMeasurer text;
    private final TimelinePainter painter;

    /** The index of the events drawn, and in dim mode which of them the filter lets through. */
    private final ShownEventIndex events;

    /** In one lane, the preferred height has room for up to this many rows, one per event. */
    static final int PREFERRED_SINGLE_LANE_ROWS = 8;
    /** The preferred height is at most the axis and this many rows. */
    static final int MOST_PREFERRED_ROWS = 14;

    private TimelineLanes lanes;
    /** How many of the indexed events each lane holds in the whole story; lanes are sized from these. */
    private int[] laneCounts = {0};

    private LanePlan plan;
    private TimelineLayout layout = TimelineLayout.empty();
    private boolean stale = true;

    private final LanesScroll lanesScroll = new LanesScroll(() -> invalidate("the lanes scrolled"));

    private final TimelineInput input;

    /**
     * The one listener on everything that only makes the drawing stale (the visible window, the colours, the topics
     * shown, the search's marks), as CalendarFX's {@code MonthViewSkin} shares its {@code updateViewListener}.
     */
    private final Consumer<ObservableValue<?>> redrawListener = changed -> invalidate(nameOf(changed));

    public TimelineSkin(TimelineView control) {
        super(control);
        this.control = control;
        this.vm = control.getViewModel();
        canvas.getStyleClass().add("timeline-canvas");
        getChildren().addAll(canvas, lanesScroll.bar());
        text = new TextMeasurer(fontSizeOf(control));
        painter = new TimelinePainter(text);
        lanes = TimelineLanes.of(vm.getStory(), vm.getLaneMode());
        events = new ShownEventIndex(vm);
        rebuildIndex();
        rebuildLanes();

        // what only makes the drawing stale shares one listener; the rest first rebuild what the drawing reads
        registerChangeListener(vm.visibleStartProperty(), redrawListener);
        registerChangeListener(vm.visibleEndProperty(), redrawListener);
        registerChangeListener(vm.shownTopicIdsProperty(), redrawListener);
        registerChangeListener(control.labelMarksProperty(), redrawListener);
        registerChangeListener(control.language().datesProperty(), redrawListener);
        registerChangeListener(vm.selectedEventProperty(), o -> {
            revealLaneOf(vm.getSelectedEvent());
            redrawListener.accept(o);
        });
        registerChangeListener(vm.spotlightProperty(), redrawListener);
        registerChangeListener(vm.laneModeProperty(), o -> {
            rebuildLanes();
            redrawListener.accept(o);
        });
        registerChangeListener(vm.storyProperty(), o -> {
            painter.forgetColors();
            rebuildLanes();
            redrawListener.accept(o);
        });
        registerListChangeListener(vm.getShownEvents(), c -> {
            events.shownChanged(c);
            countLanes();
            invalidate("the shown events");
        });
        registerChangeListener(vm.filteredEventDisplayProperty(), o -> {
            rebuildIndex();
            redrawListener.accept(o);
        });
        if (!vm.showsEveryEvent()) {
            registerListChangeListener(vm.getAllEvents(), c -> {
                events.allChanged(c);
                countLanes();
                invalidate("all events");
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
            registerChangeListener(style, redrawListener);
        }
        registerChangeListener((ObservableValue<?>) control.labelFontSizeProperty(), o -> {
            text.setFontSize(fontSizeOf(control));
            sizeChanged();
        });

        input = new TimelineInput(this, control, canvas);
    }

    @Override
    public void dispose() {
        input.dispose();
        super.dispose();
    }

    // ---- state -------------------------------------------------------------------------------------------------

    /**
     * The timeline is drawn again at the next layout pass because {@code reason} changed. One place to look when it
     * redraws too often: the reasons are logged at debug level.
     */
    private void invalidate(String reason) {
        LOG.log(System.Logger.Level.DEBUG, "timeline redraw: {0}", reason);
        stale = true;
        control.requestLayout();
    }

    /** The name a property goes by in the log: "visibleStart", or its class when it has none. */
    private static String nameOf(ObservableValue<?> property) {
        return property instanceof ReadOnlyProperty<?> p && !p.getName().isEmpty()
                ? p.getName()
                : property.getClass().getSimpleName();
    }

    private void rebuildIndex() {
        events.rebuild();
        countLanes();
    }

    private void countLanes() {
        int[] counts = TimelineLayout.countPerLane(events.index().all(), lanes);
        if (!java.util.Arrays.equals(counts, laneCounts)) {
            laneCounts = counts;
            sizeChanged();
        }
    }

    /** What the rows need changed: the lanes are planned again and the parent asked for the new preferred height. */
    private void sizeChanged() {
        plan = null;
        invalidate("the rows needed");
        control.setNeededHeight(neededHeight());
    }

    /** Drawn faded: every event but a tour step's spotlight, and in dim mode those the filter does not let through. */
    private boolean dimmed(Event event) {
        Event spotlight = vm.spotlightProperty().get();
        if (spotlight != null && !spotlight.id().equals(event.id())) {
            return true;
        }
        return events.dimmed(event);
    }

    private void rebuildLanes() {
        lanes = TimelineLanes.of(vm.getStory(), vm.getLaneMode());
        lanesScroll.toTop();
        countLanes();
    }

    private double axisRowHeight() {
        return Math.ceil(text.fontSize() * 1.9);
    }

    private LayoutMetrics metrics() {
        return LayoutMetrics.forFontSize(text.fontSize(), lanes.mode() != LaneMode.SINGLE);
    }

    /**
     * The height the timeline's rows need for the story and lane mode: the axis and, in one lane, a row per event up
     * to {@value #PREFERRED_SINGLE_LANE_ROWS}, in several lanes each lane's least rows; at most the axis and
     * {@value #MOST_PREFERRED_ROWS} rows. More than this scrolls; the main window gives the comparison the rest.
     */
    double neededHeight() {
        LayoutMetrics metrics = metrics();
        double rows = LanePlan.preferredHeight(laneCounts, metrics, PREFERRED_SINGLE_LANE_ROWS);
        return 2 * axisRowHeight() + Math.min(rows, MOST_PREFERRED_ROWS * metrics.rowHeight());
    }

    /** At least the axis and one lane of two rows, so that nothing is ever drawn outside its lane. */
    double leastHeight() {
        LayoutMetrics metrics = metrics();
        return 2 * axisRowHeight() + metrics.laneHeaderHeight() + 2 * metrics.lanePadding() + 2 * metrics.rowHeight();
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + neededHeight() + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + leastHeight() + bottom;
    }

    /** Scrolls the lanes by {@code dy} pixels (positive: further down the lanes); false when they do not scroll. */
    boolean scrollLanesBy(double dy) {
        return lanesScroll.scrollBy(dy);
    }

    /** The height of the lanes' view, for scrolling by a page. */
    double lanesViewHeight() {
        return Math.max(0, control.getHeight() - 2 * axisRowHeight());
    }

    /** Scrolls so that a lane of {@code event} is in view, when none of them is. */
    private void revealLaneOf(Event event) {
        if (event != null) {
            lanesScroll.reveal(plan, lanes.lanesOf(event), lanesViewHeight());
        }
    }

    private static double fontSizeOf(TimelineView control) {
        return control.labelFontSizeProperty().getValue().doubleValue();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double axisHeight = 2 * axisRowHeight();
        double available = Math.max(0, h - axisHeight);
        if (plan == null || canvas.getHeight() != h) {
            plan = LanePlan.of(laneCounts, available, metrics());
        }
        double bar =
                lanesScroll.layout(plan, available, metrics().rowHeight(), x + w, y + axisHeight, () -> stale = true);
        boolean resized = canvas.getWidth() != w - bar || canvas.getHeight() != h;
        canvas.relocate(x, y);
        canvas.setWidth(w - bar);
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
        return layout.itemOf(event)
                .map(item -> new Point2D(
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

    /** Lays out the current window and paints it; the layout is kept for hit-testing until the next frame. */
    private void redraw() {
        stale = false;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        TimelinePalette palette = paletteOf(control);
        if (w <= 1 || h <= 1) {
            painter.paintBlank(g, w, h, palette);
            layout = TimelineLayout.empty();
            return;
        }
        double start = vm.getVisibleStart();
        double end = vm.getVisibleEnd();
        double axisRowHeight = axisRowHeight();
        double axisHeight = 2 * axisRowHeight;
        LayoutMetrics metrics = metrics();
        if (plan == null) {
            plan = LanePlan.of(laneCounts, Math.max(0, h - axisHeight), metrics);
        }
        Event selected = vm.getSelectedEvent();
        double[] contextStart = new double[1];
        TimedEvents context = TimelineLayout.context(events.index(), start, end, w, metrics, contextStart);
        layout = TimelineLayout.compute(
                context,
                contextStart[0],
                lanes,
                plan,
                new TimelineViewport(start, end, w, axisHeight, Math.max(0, h - axisHeight), lanesScroll.offset()),
                metrics,
                e -> text.width(e.title(), e.equals(selected)),
                e -> text.width(e.title(), true),
                s -> text.width(s, true));
        AxisTicks ticks = TimeAxis.compute(
                start, end, w, s -> text.width(s, true), control.language().dates());
        painter.setLabelMarks(control.labelMarksProperty().get());
        painter.setMessages(control.language().messages());
        painter.paint(
                g,
                new TimelineFrame(
                        w,
                        h,
                        axisRowHeight,
                        layout,
                        ticks,
                        lanes,
                        metrics,
                        vm.getStory(),
                        selected,
                        this::dimmed,
                        events.index().size() > 0,
                        vm::isTopicShown),
                palette);
    }

    /** The timeline's colours as its style sheet sets them, read once per frame. */
    static TimelinePalette paletteOf(TimelineView view) {
        return new TimelinePalette(
                view.backgroundColorProperty().getValue(),
                view.axisColorProperty().getValue(),
                view.gridColorProperty().getValue(),
                view.majorGridColorProperty().getValue(),
                view.laneShadeColorProperty().getValue(),
                view.textColorProperty().getValue(),
                view.mutedTextColorProperty().getValue(),
                view.selectionColorProperty().getValue());
    }
}
