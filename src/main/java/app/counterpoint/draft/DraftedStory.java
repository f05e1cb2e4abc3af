package app.counterpoint.draft;

import app.counterpoint.model.Story;
import java.time.LocalDate;
import java.util.Map;

/**
 * The story built from what the user accepted, with what the story model does not hold yet: the article's text and
 * each statement's excerpt in it.
 *
 * @param excerpts  the excerpt of every statement, by statement id
 * @param sourceId  the id of the article's source in the story
 * @param published the article's publication date
 */
public record DraftedStory(
        Story story, Map<String, TextQuote> excerpts, String sourceId, String sourceText, LocalDate published) {

    public DraftedStory {
        excerpts = Map.copyOf(excerpts);
    }
}
