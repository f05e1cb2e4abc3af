package app.counterpoint.view.timeline.layout;

import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.timeline.TimelineLanes;
import java.util.function.Predicate;

/**
 * Everything one timeline frame shows, laid out and ready to paint.
 *
 * @param width         canvas width in pixels
 * @param height        canvas height in pixels
 * @param axisRowHeight height of one of the axis's two rows
 * @param story         the story, for topic colours; may be null
 * @param selected      the selected event, drawn ringed with a bold label; may be null
 * @param dimmed        which events the filter leaves out but dim mode still draws, faintly
 * @param anyEvents     whether there is anything to show at all (else the frame says so)
 * @param topicShown    which topics the filter lets through: a mark takes the colour of its first such topic
 */
public record TimelineFrame(
        double width,
        double height,
        double axisRowHeight,
        TimelineLayout layout,
        AxisTicks ticks,
        TimelineLanes lanes,
        LayoutMetrics metrics,
        Story story,
        Event selected,
        Predicate<Event> dimmed,
        boolean anyEvents,
        Predicate<String> topicShown) {

    public double axisHeight() {
        return 2 * axisRowHeight;
    }

    public boolean isSelected(Event event) {
        return event.equals(selected);
    }
}
