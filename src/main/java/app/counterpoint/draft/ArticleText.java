package app.counterpoint.draft;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article as the drafter reads it: its headline, its plain text (paragraphs separated by a blank line) and the
 * date it was published, when the article gives one.
 *
 * @param title     the headline, or an empty string when the article has none
 * @param text      the plain text; every excerpt the drafter proposes is located in exactly this text
 * @param published the publication date found in the article, or {@code null}
 */
public record ArticleText(String title, String text, LocalDate published) {

    public ArticleText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }

    /** The same article with another publication date (the user's, which wins over the one found). */
    public ArticleText withPublished(LocalDate date) {
        return new ArticleText(title, text, date);
    }
}
