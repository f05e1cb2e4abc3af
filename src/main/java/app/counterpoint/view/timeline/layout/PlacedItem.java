package app.counterpoint.view.timeline.layout;

import app.counterpoint.model.Event;

/**
 * An event as laid out in one lane.
 *
 * @param point      drawn as a marker at {@code x0} rather than a bar from {@code x0} to {@code x1}
 * @param x0         where the marker or the bar's start is (the bar may start left of the canvas)
 * @param x1         where the bar ends; equal to {@code x0} for a marker
 * @param boxLeft    left edge of the space the item claims in its row, label included
 * @param boxRight   right edge of that space
 * @param labelX     where the label's left edge goes
 * @param labelWidth the room the label has: its whole width when that fits, else up to the next item of its row,
 *                   the canvas edge or the end of its bar; the label is shortened to it
 * @param labelPlace whether the label is after, before or inside the marker or bar
 */
public record PlacedItem(
        Event event,
        int lane,
        int row,
        boolean point,
        double x0,
        double x1,
        double centerY,
        double boxLeft,
        double boxRight,
        double labelX,
        double labelWidth,
        LabelPlace labelPlace) {

    /** The same item with its label at {@code newLabelX}, {@code newLabelWidth} wide, in a box of the given edges. */
    PlacedItem withLabel(double newBoxLeft, double newBoxRight, double newLabelX, double newLabelWidth) {
        return new PlacedItem(
                event,
                lane,
                row,
                point,
                x0,
                x1,
                centerY,
                newBoxLeft,
                newBoxRight,
                newLabelX,
                newLabelWidth,
                labelPlace);
    }
}
