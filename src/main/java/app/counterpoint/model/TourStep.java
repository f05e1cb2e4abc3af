package app.counterpoint.model;

import java.util.Objects;

/**
 * One step of a {@link Tour}: an event shown on the timeline and in the comparison, optionally narrowed to one topic
 * row or one statement.
 *
 * @param topicId     the comparison row the step is about, or {@code null} for the whole comparison
 * @param statementId the statement the step points at, or {@code null}
 * @param caption     the short line the class reads under the title, or {@code null}
 * @param notes       what only the teacher sees (the presenter view), or {@code null}
 * @param extra       the fields of the file this version does not know, written back on saving
 */
public record TourStep(
        String eventId,
        String topicId,
        String statementId,
        TourZoom zoom,
        String caption,
        String notes,
        TourStepType type,
        ExtraFields extra) {

    public TourStep {
        Objects.requireNonNull(eventId, "eventId");
        zoom = zoom == null ? TourZoom.EVENT : zoom;
        type = type == null ? TourStepType.SHOW : type;
        extra = ExtraFields.orNone(extra);
    }

    /** A step with no fields this version does not know. */
    public TourStep(
            String eventId,
            String topicId,
            String statementId,
            TourZoom zoom,
            String caption,
            String notes,
            TourStepType type) {
        this(eventId, topicId, statementId, zoom, caption, notes, type, null);
    }

    /** A plain step on an event, zoomed to it. */
    public static TourStep of(String eventId, String caption) {
        return new TourStep(eventId, null, null, TourZoom.EVENT, caption, null, TourStepType.SHOW);
    }

    public TourStep withCaption(String newCaption) {
        return new TourStep(eventId, topicId, statementId, zoom, newCaption, notes, type, extra);
    }

    public TourStep withNotes(String newNotes) {
        return new TourStep(eventId, topicId, statementId, zoom, caption, newNotes, type, extra);
    }

    public TourStep withType(TourStepType newType) {
        return new TourStep(eventId, topicId, statementId, zoom, caption, notes, newType, extra);
    }

    /** The same step on another event id (the event was renamed); its row and statement go with it. */
    public TourStep withEventId(String newEventId) {
        return new TourStep(newEventId, topicId, statementId, zoom, caption, notes, type, extra);
    }

    public TourStep withTopicId(String newTopicId) {
        return new TourStep(eventId, newTopicId, statementId, zoom, caption, notes, type, extra);
    }

    public TourStep withStatementId(String newStatementId) {
        return new TourStep(eventId, topicId, newStatementId, zoom, caption, notes, type, extra);
    }
}
