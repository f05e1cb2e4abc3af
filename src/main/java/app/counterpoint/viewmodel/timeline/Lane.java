package app.counterpoint.viewmodel.timeline;

/**
 * A horizontal band of the timeline.
 *
 * @param label what the lane is called at its left edge; empty for the single lane
 * @param color a CSS colour for the lane's marker, or {@code null} for none
 */
public record Lane(String id, String label, String color) {}
