package app.counterpoint.view.timeline;

import app.counterpoint.view.timeline.layout.OverviewDomain;
import app.counterpoint.view.timeline.layout.TimelineEventIndex;
import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Draws a {@link TimelineOverview}: a histogram of the shown events per pixel column and the visible window as a
 * brush. Events are binned again only when they change (O(n)); a frame costs O(width).
 */
public class TimelineOverviewSkin extends SkinBase<TimelineOverview> {

    /** How close to a brush edge the pointer must be to resize rather than move. */
    private static final double EDGE_GRAB = 6;
    /** The narrowest brush drawn, so a one-minute window is still visible and grabbable. */
    private static final double LEAST_BRUSH = 8;

    private enum Grab {
        NONE,
        MOVE,
        LEFT_EDGE,
        RIGHT_EDGE
    }

    private final TimelineOverview control;
    private final TimelineViewModel vm;
    private final Canvas canvas = new Canvas();
    private TimelineEventIndex index = TimelineEventIndex.of(List.of());
    private TimelineEventIndex allIndex = index;
    private OverviewDomain domain = OverviewDomain.around(0, 0);
    private int[] bins = new int[0];
    private int tallest;
    private boolean binsStale = true;

    private Grab grab = Grab.NONE;
    private double grabOffset;

    private final EventHandler<MouseEvent> pressed = this::onPressed;
    private final EventHandler<MouseEvent> dragged = this::onDragged;
    private final EventHandler<MouseEvent> released = e -> grab = Grab.NONE;
    private final EventHandler<MouseEvent> moved = this::onMoved;

    public TimelineOverviewSkin(TimelineOverview control) {
        super(control);
        this.control = control;
        this.vm = control.getViewModel();
        canvas.getStyleClass().add("timeline-overview-canvas");
        getChildren().add(canvas);
        rebuild();
        registerListChangeListener(vm.getShownEvents(), c -> {
            // an edit's few replaced, removed or inserted events are spliced in; anything more, built again
            index = FollowedIndex.after(index, c)
                    .orElseGet(() -> TimelineEventIndex.of(vm.getShownEvents(), index, vm.knownInstants()));
            if (vm.showsEveryEvent()) {
                allIndex = index;
            }
            rescale();
        });
        if (!vm.showsEveryEvent()) {
            registerListChangeListener(vm.getAllEvents(), c -> {
                allIndex = FollowedIndex.after(allIndex, c)
                        .orElseGet(() -> TimelineEventIndex.of(vm.getAllEvents(), allIndex, vm.knownInstants()));
                rescale();
            });
        }
        registerChangeListener(vm.visibleStartProperty(), o -> redraw());
        registerChangeListener(vm.visibleEndProperty(), o -> redraw());
        // a theme switch restyles the strip
        for (var colour : List.of(
                control.backgroundColorProperty(),
                control.barColorProperty(),
                control.brushFillProperty(),
                control.brushEdgeProperty(),
                control.outsideShadeProperty())) {
            registerChangeListener((ObservableValue<?>) colour, o -> redraw());
        }
        control.addEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
        control.addEventHandler(MouseEvent.MOUSE_DRAGGED, dragged);
        control.addEventHandler(MouseEvent.MOUSE_RELEASED, released);
        control.addEventHandler(MouseEvent.MOUSE_MOVED, moved);
    }

    @Override
    public void dispose() {
        control.removeEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
        control.removeEventHandler(MouseEvent.MOUSE_DRAGGED, dragged);
        control.removeEventHandler(MouseEvent.MOUSE_RELEASED, released);
        control.removeEventHandler(MouseEvent.MOUSE_MOVED, moved);
        super.dispose();
    }

    /** The story's whole stretch comes from every event, so filtering changes the bars but not the scale. */
    private void rebuild() {
        index = TimelineEventIndex.of(vm.getShownEvents(), index, vm.knownInstants());
        allIndex = vm.showsEveryEvent() ? index : TimelineEventIndex.of(vm.getAllEvents(), null, vm.knownInstants());
        rescale();
    }

    /** The strip's scale from every event, and its bars again at the next drawing. */
    private void rescale() {
        TimelineEventIndex all = allIndex;
        domain = all.size() == 0
                ? OverviewDomain.around(vm.getVisibleStart(), vm.getVisibleEnd())
                : OverviewDomain.around(all.firstStart(), all.lastEnd());
        binsStale = true;
        control.requestLayout();
    }

    private void rebin(int columns) {
        bins = new int[Math.max(columns, 1)];
        tallest = 0;
        double w = bins.length;
        for (long start : index.starts()) {
            int column = (int) Math.floor(domain.toX(start, w));
            if (column >= 0 && column < bins.length) {
                tallest = Math.max(tallest, ++bins[column]);
            }
        }
        binsStale = false;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        canvas.relocate(x, y);
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            binsStale = true;
        }
        redraw();
    }

    private void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (binsStale) {
            rebin((int) Math.ceil(w));
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(control.backgroundColorProperty().getValue());
        g.fillRect(0, 0, w, h);
        g.setFill(control.barColorProperty().getValue());
        double top = 4;
        double usable = h - top - 2;
        // Square-root heights keep lone events visible next to busy weeks.
        double scale = tallest == 0 ? 0 : usable / Math.sqrt(tallest);
        for (int i = 0; i < bins.length; i++) {
            if (bins[i] > 0) {
                double bar = Math.max(2, Math.sqrt(bins[i]) * scale);
                g.fillRect(i, h - 2 - bar, 1, bar);
            }
        }
        double left = brushLeft(w);
        double right = brushRight(w);
        g.setFill(control.outsideShadeProperty().getValue());
        g.fillRect(0, 0, Math.max(left, 0), h);
        g.fillRect(Math.min(right, w), 0, Math.max(w - right, 0), h);
        g.setFill(control.brushFillProperty().getValue());
        g.fillRect(left, 0, right - left, h);
        g.setStroke(control.brushEdgeProperty().getValue());
        g.setLineWidth(2);
        g.strokeRect(left + 1, 1, right - left - 2, h - 2);
        g.setFill(control.brushEdgeProperty().getValue());
        g.fillRoundRect(left - 1.5, h / 2 - 8, 3, 16, 2, 2);
        g.fillRoundRect(right - 1.5, h / 2 - 8, 3, 16, 2, 2);
    }

    private double brushLeft(double w) {
        double left = domain.toX(vm.getVisibleStart(), w);
        double right = domain.toX(vm.getVisibleEnd(), w);
        return right - left < LEAST_BRUSH ? (left + right - LEAST_BRUSH) / 2 : left;
    }

    private double brushRight(double w) {
        return Math.max(domain.toX(vm.getVisibleEnd(), w), brushLeft(w) + LEAST_BRUSH);
    }

    private Grab grabAt(double x) {
        double w = canvas.getWidth();
        double left = brushLeft(w);
        double right = brushRight(w);
        boolean wide = right - left > 3 * EDGE_GRAB;
        if (wide && Math.abs(x - left) <= EDGE_GRAB) {
            return Grab.LEFT_EDGE;
        }
        if (wide && Math.abs(x - right) <= EDGE_GRAB) {
            return Grab.RIGHT_EDGE;
        }
        return x >= left && x <= right ? Grab.MOVE : Grab.NONE;
    }

    private void onMoved(MouseEvent e) {
        Grab over = grabAt(e.getX() - canvas.getLayoutX());
        control.setCursor(
                switch (over) {
                    case LEFT_EDGE, RIGHT_EDGE -> Cursor.H_RESIZE;
                    case MOVE -> Cursor.OPEN_HAND;
                    case NONE -> Cursor.DEFAULT;
                });
    }

    private void onPressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double w = canvas.getWidth();
        double x = e.getX() - canvas.getLayoutX();
        grab = grabAt(x);
        if (grab == Grab.NONE) {
            // Centre the window on the click, then let a drag carry on moving it.
            double span = vm.getVisibleSpan();
            double centre = domain.toSecond(x, w);
            vm.setWindow(centre - span / 2, centre + span / 2);
            grab = Grab.MOVE;
        }
        grabOffset = domain.toSecond(x, w) - vm.getVisibleStart();
        e.consume();
    }

    private void onDragged(MouseEvent e) {
        double w = canvas.getWidth();
        if (grab == Grab.NONE || w <= 0) {
            return;
        }
        double at = domain.toSecond(e.getX() - canvas.getLayoutX(), w);
        double start = vm.getVisibleStart();
        double end = vm.getVisibleEnd();
        switch (grab) {
            case MOVE -> vm.setWindow(at - grabOffset, at - grabOffset + (end - start));
            case LEFT_EDGE -> vm.setWindow(Math.min(at, end - TimelineViewModel.MIN_SPAN_SECONDS), end);
            case RIGHT_EDGE -> vm.setWindow(start, Math.max(at, start + TimelineViewModel.MIN_SPAN_SECONDS));
            default -> {}
        }
        e.consume();
    }
}
