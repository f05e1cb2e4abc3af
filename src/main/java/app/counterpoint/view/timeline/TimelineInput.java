package app.counterpoint.view.timeline;

import app.counterpoint.model.Event;
import app.counterpoint.view.timeline.layout.ClusterMarker;
import app.counterpoint.view.timeline.layout.DragVelocity;
import app.counterpoint.view.timeline.layout.PanGlide;
import app.counterpoint.view.timeline.layout.PlacedItem;
import app.counterpoint.view.timeline.layout.TimelineLayout;
import app.counterpoint.viewmodel.timeline.TimelineViewModel;
import java.util.List;
import java.util.Optional;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Turns mouse, gesture and key input on a {@link TimelineView} into view-model calls, hit-testing against the
 * skin's current layout. Wheel and pinch zoom at once at the pointer; keyboard zooms, fits and cluster clicks glide,
 * and so does a drag let go while moving, until any click, wheel, key or new drag.
 */
final class TimelineInput {

    /** Wheel delta to zoom factor: one 40-unit notch zooms by about 17%. */
    private static final double WHEEL_ZOOM_PER_UNIT = 0.004;

    private static final double KEY_ZOOM = 1.5;
    /** Shift+arrow pans by a quarter of the window. */
    private static final double KEY_PAN = 0.25;

    private static final double DRAG_THRESHOLD = 3;
    /** Up and Down scroll lanes taller than the view by this many pixels. */
    private static final double LANE_SCROLL_STEP = 40;

    private final TimelineSkin skin;
    private final TimelineView control;
    private final TimelineViewModel vm;
    private final Canvas canvas;
    private final Tooltip tooltip = new Tooltip();

    private double pressX;
    private double lastDragX;
    private boolean dragging;
    private final DragVelocity dragVelocity = new DragVelocity();
    private Object hovered;
    /** The selected event as it was when a drag of it began; null while no event is being moved. */
    private Event moving;

    private Object moveGesture;

    /** One handler of the control's, kept so that {@link #dispose()} removes exactly what was added. */
    private record Handler<T extends javafx.event.Event>(EventType<T> type, EventHandler<? super T> handler) {
        void addTo(Node node) {
            node.addEventHandler(type, handler);
        }

        void removeFrom(Node node) {
            node.removeEventHandler(type, handler);
        }
    }

    /** Every handler this adds to the control, in one list: what is added is what dispose() removes. */
    private final List<Handler<?>> handlers = List.of(
            new Handler<>(MouseEvent.MOUSE_PRESSED, this::onPressed),
            new Handler<>(MouseEvent.MOUSE_DRAGGED, this::onDragged),
            new Handler<>(MouseEvent.MOUSE_RELEASED, this::onReleased),
            new Handler<>(MouseEvent.MOUSE_CLICKED, this::onClicked),
            new Handler<>(MouseEvent.MOUSE_MOVED, this::onMoved),
            new Handler<>(ScrollEvent.SCROLL, this::onScroll),
            new Handler<>(ZoomEvent.ZOOM, this::onZoom),
            new Handler<>(KeyEvent.KEY_PRESSED, this::onKey));

    TimelineInput(TimelineSkin skin, TimelineView control, Canvas canvas) {
        this.skin = skin;
        this.control = control;
        this.vm = control.getViewModel();
        this.canvas = canvas;
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        handlers.forEach(h -> h.addTo(control));
    }

    void dispose() {
        control.stopGlide();
        handlers.forEach(h -> h.removeFrom(control));
        Tooltip.uninstall(canvas, tooltip);
    }

    private double canvasX(double controlX) {
        return controlX - canvas.getLayoutX();
    }

    private double canvasY(double controlY) {
        return controlY - canvas.getLayoutY();
    }

    private void onPressed(MouseEvent e) {
        control.requestFocus();
        control.stopAnimation();
        pressX = e.getX();
        lastDragX = e.getX();
        dragging = false;
        dragVelocity.reset(System.nanoTime(), e.getX());
        moving = null;
        if (control.getEventDragHandler() != null && e.getButton() == MouseButton.PRIMARY) {
            skin.currentLayout()
                    .itemAt(canvasX(e.getX()), canvasY(e.getY()))
                    .map(PlacedItem::event)
                    .filter(ev -> ev.equals(vm.getSelectedEvent()))
                    .ifPresent(ev -> {
                        moving = ev;
                        moveGesture = new Object();
                    });
        }
    }

    /** Dragging the selected event moves it by the time the pointer has covered, at the event's own precision. */
    private void moveEvent(MouseEvent e) {
        double w = canvas.getWidth();
        if (w <= 0) {
            return;
        }
        double seconds = (e.getX() - pressX) / w * vm.getVisibleSpan();
        control.setDragStatus(
                control.getEventDragHandler().move(moving, seconds, moveGesture).orElse(""));
        control.setCursor(Cursor.H_RESIZE);
    }

    private void onDragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY && e.getButton() != MouseButton.MIDDLE) {
            return;
        }
        if (!dragging && Math.abs(e.getX() - pressX) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        if (moving != null) {
            moveEvent(e);
            e.consume();
            return;
        }
        control.setCursor(Cursor.CLOSED_HAND);
        double w = canvas.getWidth();
        if (w > 0) {
            vm.panByFraction(-(e.getX() - lastDragX) / w);
        }
        lastDragX = e.getX();
        dragVelocity.add(System.nanoTime(), e.getX());
        e.consume();
    }

    /** A drag let go while moving glides on and slows to a stop; one put down first ends where it is. */
    private void onReleased(MouseEvent e) {
        if (moving != null) {
            moving = null;
            control.setDragStatus("");
            control.setCursor(Cursor.DEFAULT);
            return;
        }
        if (dragging) {
            control.setCursor(Cursor.DEFAULT);
            long now = System.nanoTime();
            PanGlide.after(dragVelocity.velocityAt(now)).ifPresent(g -> control.glide(g, now, canvas.getWidth()));
        }
    }

    private void onClicked(MouseEvent e) {
        if (dragging || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double x = canvasX(e.getX());
        double y = canvasY(e.getY());
        Optional<PlacedItem> item = skin.currentLayout().itemAt(x, y);
        if (item.isPresent()) {
            vm.setSelectedEvent(item.get().event());
            if (e.getClickCount() == 2) {
                control.zoomToSelection();
            }
        } else {
            var cluster = skin.currentLayout().clusterAt(x, y);
            cluster.ifPresent(this::reveal);
            if (cluster.isEmpty()
                    && e.getClickCount() == 2
                    && control.getOnEmptyDoubleClick() != null
                    && canvas.getWidth() > 0) {
                control.getOnEmptyDoubleClick()
                        .accept(vm.getVisibleStart() + x / canvas.getWidth() * vm.getVisibleSpan());
            }
        }
        e.consume();
    }

    /** A cluster click zooms in gently to separate its events, or selects the first when none can separate. */
    private void reveal(ClusterMarker c) {
        control.animate(() -> vm.revealCluster(c.startSecond(), c.endSecond(), c.finest(), c.oneDate(), c.first()));
    }

    private void onMoved(MouseEvent e) {
        double x = canvasX(e.getX());
        double y = canvasY(e.getY());
        TimelineLayout layout = skin.currentLayout();
        Object over = layout.itemAt(x, y)
                .<Object>map(PlacedItem::event)
                .or(() -> layout.clusterAt(x, y))
                .orElse(null);
        if (over == hovered || (over != null && over.equals(hovered))) {
            return;
        }
        hovered = over;
        control.setCursor(over == null ? Cursor.DEFAULT : Cursor.HAND);
        if (over instanceof Event event) {
            tooltip.setText(event.title() + "\n" + control.language().dates().range(event.start(), event.end()));
            Tooltip.install(canvas, tooltip);
        } else if (over instanceof ClusterMarker cluster) {
            tooltip.setText(control.language()
                    .get(cluster.oneDate() ? "timeline.cluster.sameDate" : "timeline.cluster.zoom", cluster.count()));
            Tooltip.install(canvas, tooltip);
        } else {
            Tooltip.uninstall(canvas, tooltip);
        }
    }

    private void onScroll(ScrollEvent e) {
        double w = canvas.getWidth();
        if (w <= 0) {
            return;
        }
        control.stopAnimation();
        if (e.isShiftDown()) {
            // Shift+wheel scrolls lanes taller than the view; some platforms turn it into a sideways scroll.
            double delta = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
            if (skin.scrollLanesBy(-delta)) {
                e.consume();
                return;
            }
        }
        if (e.getDeltaY() != 0) {
            vm.zoomAt(canvasX(e.getX()) / w, Math.exp(e.getDeltaY() * WHEEL_ZOOM_PER_UNIT));
        } else if (e.getDeltaX() != 0) {
            vm.panByFraction(-e.getDeltaX() / w);
        }
        e.consume();
    }

    private void onZoom(ZoomEvent e) {
        control.stopGlide();
        double w = canvas.getWidth();
        if (w > 0) {
            vm.zoomAt(canvasX(e.getX()) / w, e.getZoomFactor());
        }
        e.consume();
    }

    private void onKey(KeyEvent e) {
        // Any key stops a released drag's glide at once; a zoom's glide is left to the key's own command.
        control.stopGlide();
        if (e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return; // Ctrl+Z is Undo, not Z (zoom to the selection): the menus' shortcuts pass through
        }
        boolean shift = e.isShiftDown();
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> {
                double anchor = keyZoomAnchor();
                control.animate(() -> vm.zoomAt(anchor, KEY_ZOOM));
            }
            case MINUS, SUBTRACT -> {
                double anchor = keyZoomAnchor();
                control.animate(() -> vm.zoomAt(anchor, 1 / KEY_ZOOM));
            }
            case LEFT -> {
                if (shift) {
                    control.animate(() -> vm.panByFraction(-KEY_PAN));
                } else {
                    vm.selectPrevious();
                }
            }
            case RIGHT -> {
                if (shift) {
                    control.animate(() -> vm.panByFraction(KEY_PAN));
                } else {
                    vm.selectNext();
                }
            }
            case UP, DOWN, PAGE_UP, PAGE_DOWN -> {
                double step = e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN
                        ? LANE_SCROLL_STEP
                        : skin.lanesViewHeight();
                double sign = e.getCode() == KeyCode.UP || e.getCode() == KeyCode.PAGE_UP ? -1 : 1;
                if (!skin.scrollLanesBy(sign * step)) {
                    // Nothing to scroll: the key keeps its usual meaning elsewhere.
                    return;
                }
            }
            case HOME, F -> control.zoomToFit();
            case Z -> control.zoomToSelection();
            case ENTER -> openSelected();
            case ESCAPE -> vm.setSelectedEvent(null);
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Enter hands the selected event to the owner (to open its comparison); without one it zooms to it. */
    private void openSelected() {
        Event selected = vm.getSelectedEvent();
        if (selected == null) {
            return;
        }
        if (control.onOpenEventProperty().get() != null) {
            control.onOpenEventProperty().get().accept(selected);
        } else {
            control.zoomToSelection();
        }
    }

    /** Keyboard zoom centres on the selected event when it is in view, so it stays put; else on the middle. */
    private double keyZoomAnchor() {
        Event selected = vm.getSelectedEvent();
        if (selected != null) {
            double f = (selected.startEpochSecond() - vm.getVisibleStart()) / vm.getVisibleSpan();
            if (f >= 0 && f <= 1) {
                return f;
            }
        }
        return 0.5;
    }
}
