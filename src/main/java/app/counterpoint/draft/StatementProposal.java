package app.counterpoint.draft;

import app.counterpoint.model.StatementKind;
import java.util.List;

/**
 * A statement the drafter proposes.
 *
 * @param kind     QUOTE for words in quotation marks, PARAPHRASE for reported speech
 * @param excerpt  where the words are in the article: the quoted words, or the whole sentence of a paraphrase
 * @param topicIds the suggested topics it speaks about
 * @param speaker  the words that name its speaker ("A White House statement", "he")
 */
public record StatementProposal(
        String id,
        String sideId,
        StatementKind kind,
        String text,
        TextQuote excerpt,
        String eventId,
        List<String> topicIds,
        String speaker) {

    public StatementProposal {
        topicIds = List.copyOf(topicIds);
    }
}
