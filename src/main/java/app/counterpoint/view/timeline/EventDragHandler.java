package app.counterpoint.view.timeline;

import app.counterpoint.model.Event;
import java.util.Optional;

/** Moves an event dragged along the timeline; given to {@link TimelineView#setEventDragHandler}. */
@FunctionalInterface
public interface EventDragHandler {

    /**
     * Moves {@code event} (as it was when the drag began) by {@code seconds}; the steps of one drag share
     * {@code gesture}. Returns what to show while dragging, such as "Moving 'Talks' to 3 May 2017".
     */
    Optional<String> move(Event event, double seconds, Object gesture);
}
