package app.counterpoint.view.timeline;

import app.counterpoint.view.timeline.layout.LanePlan;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;

/**
 * How far the timeline's lanes are scrolled up under the axis, and the scroll bar at the right that shows it while
 * the lanes are taller than the view.
 */
final class LanesScroll {

    private final ScrollBar bar = new ScrollBar();
    /** How far the lanes are scrolled up under the axis, in pixels. */
    private double scrollY;

    /** @param scrolled told when the user moved the bar, so that the lanes are drawn again */
    LanesScroll(Runnable scrolled) {
        bar.setOrientation(Orientation.VERTICAL);
        bar.getStyleClass().add("timeline-lanes-scroll");
        bar.setVisible(false);
        bar.setFocusTraversable(false);
        bar.valueProperty().addListener((obs, old, value) -> {
            if (value.doubleValue() != scrollY) {
                scrollY = value.doubleValue();
                scrolled.run();
            }
        });
    }

    ScrollBar bar() {
        return bar;
    }

    /** How far the lanes are scrolled, in pixels. */
    double offset() {
        return scrollY;
    }

    /** Back at the top, as other lanes are shown. */
    void toTop() {
        scrollY = 0;
    }

    /** Scrolls the lanes by {@code dy} pixels (positive: further down the lanes); false when they do not scroll. */
    boolean scrollBy(double dy) {
        if (!bar.isVisible()) {
            return false;
        }
        bar.setValue(Math.max(0, Math.min(bar.getMax(), bar.getValue() + dy)));
        return true;
    }

    /** Scrolls so that one of the lanes {@code own} is in a view {@code view} high, when none of them is. */
    void reveal(LanePlan plan, int[] own, double view) {
        if (plan == null || !bar.isVisible()) {
            return;
        }
        for (int lane : own) {
            if (plan.tops()[lane] >= scrollY && plan.bottoms()[lane] <= scrollY + view) {
                return;
            }
        }
        int lane = own[0];
        double target = plan.tops()[lane] < scrollY ? plan.tops()[lane] : plan.bottoms()[lane] - view;
        bar.setValue(Math.max(0, Math.min(bar.getMax(), target)));
    }

    /**
     * Shows the bar at the right of the lanes ({@code right}, from {@code top}) while the planned lanes are taller
     * than the {@code available} height, and keeps the offset within them.
     *
     * @param clamped told when the offset had to move back within the lanes
     * @return the bar's width, or 0 when the lanes fit
     */
    double layout(LanePlan plan, double available, double rowHeight, double right, double top, Runnable clamped) {
        boolean scrolls = plan.contentHeight() > available + 0.5;
        double width = scrolls ? Math.max(bar.prefWidth(-1), 1) : 0;
        bar.setVisible(scrolls);
        if (scrolls) {
            bar.setMin(0);
            bar.setMax(plan.contentHeight() - available);
            bar.setVisibleAmount(available * (plan.contentHeight() - available) / plan.contentHeight());
            bar.setUnitIncrement(rowHeight);
            bar.setBlockIncrement(available);
            bar.resizeRelocate(right - width, top, width, available);
        }
        double within = scrolls ? Math.max(0, Math.min(scrollY, plan.contentHeight() - available)) : 0;
        if (within != scrollY) {
            scrollY = within;
            clamped.run();
        }
        if (scrolls && bar.getValue() != scrollY) {
            bar.setValue(scrollY);
        }
        return width;
    }
}
