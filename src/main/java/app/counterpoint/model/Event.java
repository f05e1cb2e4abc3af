package app.counterpoint.model;

import java.util.List;
import java.util.Objects;

/**
 * A dated happening of the story.
 *
 * @param end     the last date the event covers, or {@code null} for an event on its start date only
 * @param summary a short text, or {@code null}
 * @param extra   the fields of the file this version does not know, written back on saving
 */
public record Event(
        String id,
        String title,
        StoryDate start,
        StoryDate end,
        String summary,
        List<String> topicIds,
        List<String> actorIds,
        List<String> sourceIds,
        ExtraFields extra) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        topicIds = List.copyOf(topicIds);
        actorIds = List.copyOf(actorIds);
        sourceIds = List.copyOf(sourceIds);
        extra = ExtraFields.orNone(extra);
    }

    public Event(
            String id,
            String title,
            StoryDate start,
            StoryDate end,
            String summary,
            List<String> topicIds,
            List<String> actorIds,
            List<String> sourceIds) {
        this(id, title, start, end, summary, topicIds, actorIds, sourceIds, ExtraFields.NONE);
    }

    /** First instant covered, in epoch seconds. */
    public long startEpochSecond() {
        return start.startEpochSecond();
    }

    /** The instant just after the event: the end of its end date, or of its start date at the start's precision. */
    public long endEpochSecondExclusive() {
        return (end != null ? end : start).endEpochSecondExclusive();
    }

    /** The event's date as a person reads it: "2 May 2017", or "3 May 2017 – 4 May 2017" for a range. */
    public String dateText() {
        return end == null ? start.toDisplayString() : start.toDisplayString() + " – " + end.toDisplayString();
    }

    /** This event on other topics; everything else, unknown fields too, kept. */
    public Event withTopicIds(List<String> topics) {
        return new Event(id, title, start, end, summary, topics, actorIds, sourceIds, extra);
    }

    /** This event with other sides taking part. */
    public Event withActorIds(List<String> actors) {
        return new Event(id, title, start, end, summary, topicIds, actors, sourceIds, extra);
    }

    /** This event with other sources. */
    public Event withSourceIds(List<String> sources) {
        return new Event(id, title, start, end, summary, topicIds, actorIds, sources, extra);
    }
}
