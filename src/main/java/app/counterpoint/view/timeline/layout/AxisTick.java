package app.counterpoint.view.timeline.layout;

/**
 * One tick of the time axis.
 *
 * @param epochSecond the instant the tick marks
 * @param x           its horizontal position in pixels from the left edge (negative when before the window)
 * @param label       its text, or the empty string when the label is hidden to avoid overlapping a neighbour
 * @param labelX      where the label's left edge goes
 * @param labelWidth  the label's measured width, 0 when hidden
 */
public record AxisTick(double epochSecond, double x, String label, double labelX, double labelWidth) {

    public boolean hasLabel() {
        return !label.isEmpty();
    }

    AxisTick withoutLabel() {
        return new AxisTick(epochSecond, x, "", labelX, 0);
    }

    AxisTick withLabelX(double newLabelX) {
        return new AxisTick(epochSecond, x, label, newLabelX, labelWidth);
    }
}
