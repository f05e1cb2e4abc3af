package app.counterpoint.draft;

import app.counterpoint.model.StatementKind;

/**
 * A statement as found in the article, before it gets an id, an event and topics.
 *
 * @param exactStart where its excerpt starts in the article
 * @param exactEnd   where it ends
 * @param sentence   the index of its sentence
 */
record FoundStatement(
        String sideKey, StatementKind kind, String text, int exactStart, int exactEnd, int sentence, String speaker) {}
