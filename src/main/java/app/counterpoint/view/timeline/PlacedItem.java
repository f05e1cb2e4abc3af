package app.counterpoint.view.timeline;

import app.counterpoint.model.Event;

/**
 * An event as laid out in one lane.
 *
 * @param point       drawn as a marker at {@code x0} rather than a bar from {@code x0} to {@code x1}
 * @param x0          where the marker or the bar's start is (the bar may start left of the canvas)
 * @param x1          where the bar ends; equal to {@code x0} for a marker
 * @param boxLeft     left edge of the space the item claims in its row, label included
 * @param boxRight    right edge of that space
 * @param labelX      where the label's left edge goes
 * @param labelInside the label sits inside the bar rather than beside it
 */
public record PlacedItem(Event event, int lane, int row, boolean point, double x0, double x1, double centerY,
                         double boxLeft, double boxRight, double labelX, boolean labelInside) {
}
