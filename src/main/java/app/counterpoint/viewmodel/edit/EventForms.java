package app.counterpoint.viewmodel.edit;

import app.counterpoint.model.Event;
import app.counterpoint.model.StoryDate;

/** Changed copies of an event, one field at a time; everything else, unknown fields included, stays. */
public final class EventForms {

    private EventForms() {}

    public static Event withTitle(Event e, String title) {
        return new Event(
                e.id(), title, e.start(), e.end(), e.summary(), e.topicIds(), e.actorIds(), e.sourceIds(), e.extra());
    }

    /** The event at another start; an end moves with it by the same span, at its own precision. */
    public static Event withStart(Event e, StoryDate start) {
        StoryDate end = e.end() == null ? null : DateMoves.shiftedLike(e.end(), e.start(), start);
        return new Event(
                e.id(), e.title(), start, end, e.summary(), e.topicIds(), e.actorIds(), e.sourceIds(), e.extra());
    }
}
