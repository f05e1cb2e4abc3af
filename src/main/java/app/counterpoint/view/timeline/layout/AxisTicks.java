package app.counterpoint.view.timeline.layout;

import java.util.List;

/**
 * The two rows of the time axis: coarse periods above (e.g. months) and their subdivisions below (e.g. days).
 * Labels within a row never overlap.
 */
public record AxisTicks(TickScale scale, List<AxisTick> major, List<AxisTick> minor) {

    public AxisTicks {
        major = List.copyOf(major);
        minor = List.copyOf(minor);
    }
}
