package app.counterpoint.draft;

import app.counterpoint.model.StoryDate;

/**
 * A dated event the drafter proposes, from a date the article writes.
 *
 * @param end      the last day of a range, or {@code null}
 * @param sentence the sentence the date came from
 * @param excerpt  that sentence's place in the article
 */
public record EventProposal(
        String id, String title, StoryDate start, StoryDate end, String sentence, TextQuote excerpt) {

    /** The date as ISO 8601 writes it, a range as "start/end". */
    public String isoDate() {
        return end == null ? start.toIsoString() : start.toIsoString() + "/" + end.toIsoString();
    }
}
