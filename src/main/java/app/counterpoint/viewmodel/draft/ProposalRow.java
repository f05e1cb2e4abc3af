package app.counterpoint.viewmodel.draft;

import app.counterpoint.draft.DraftReview.Decision;

/**
 * One line of the review list.
 *
 * @param id       the proposal's id in the draft
 * @param title    what it proposes, in the article's words (a side's name, a statement's words, an event's title)
 * @param detail   what to judge it by: a side's other names, a statement's side, kind and passage in the article, an
 *                 event's resolved date and the sentence it came from, how many statements a topic covers
 * @param decision accepted, rejected, or still to decide
 */
public record ProposalRow(ProposalKind kind, String id, String title, String detail, Decision decision) {

    public boolean isAccepted() {
        return decision == Decision.ACCEPTED;
    }
}
