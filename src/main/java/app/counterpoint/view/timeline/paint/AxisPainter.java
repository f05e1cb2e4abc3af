package app.counterpoint.view.timeline.paint;

import app.counterpoint.view.timeline.layout.AxisTick;
import app.counterpoint.view.timeline.layout.AxisTicks;
import app.counterpoint.view.timeline.layout.TimelineFrame;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** Paints the two-row time axis along the top and the grid lines its ticks drop through the lanes. */
final class AxisPainter {

    private final TextMeasurer text;

    AxisPainter(TextMeasurer text) {
        this.text = text;
    }

    /** Minor lines from under the top axis row, major ones over the whole height; under everything else. */
    void paintGrid(GraphicsContext g, TimelineFrame frame, TimelinePalette palette) {
        double h = frame.height();
        g.setLineWidth(1);
        g.setStroke(palette.grid());
        for (AxisTick tick : frame.ticks().minor()) {
            g.strokeLine(snap(tick.x()), frame.axisHeight() / 2, snap(tick.x()), h);
        }
        g.setStroke(palette.majorGrid());
        for (AxisTick tick : frame.ticks().major()) {
            if (tick.x() >= 0) {
                g.strokeLine(snap(tick.x()), 0, snap(tick.x()), h);
            }
        }
    }

    /** The axis band: major labels bold in the top row, minor ones muted in the bottom row over short ticks. */
    void paintAxis(GraphicsContext g, TimelineFrame frame, TimelinePalette palette) {
        double row = frame.axisRowHeight();
        double axisHeight = frame.axisHeight();
        AxisTicks ticks = frame.ticks();
        g.setFill(palette.axis());
        g.fillRect(0, 0, frame.width(), axisHeight);
        g.setStroke(palette.majorGrid());
        g.setLineWidth(1);
        for (AxisTick tick : ticks.major()) {
            if (tick.x() >= 0) {
                g.strokeLine(snap(tick.x()), 0, snap(tick.x()), axisHeight);
            }
        }
        g.setStroke(palette.grid().darker());
        for (AxisTick tick : ticks.minor()) {
            g.strokeLine(snap(tick.x()), axisHeight - row * 0.35, snap(tick.x()), axisHeight);
        }
        g.setStroke(palette.majorGrid());
        g.strokeLine(0, snap(axisHeight), frame.width(), snap(axisHeight));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(text.font(true));
        g.setFill(palette.text());
        for (AxisTick tick : ticks.major()) {
            if (tick.hasLabel()) {
                g.fillText(tick.label(), tick.labelX(), row / 2);
            }
        }
        g.setFont(text.font(false));
        g.setFill(palette.mutedText());
        for (AxisTick tick : ticks.minor()) {
            if (tick.hasLabel()) {
                g.fillText(tick.label(), tick.labelX(), row + row / 2 - 2);
            }
        }
    }

    /** The middle of a pixel, so one-pixel lines are crisp rather than smeared over two. */
    static double snap(double v) {
        return Math.floor(v) + 0.5;
    }
}
