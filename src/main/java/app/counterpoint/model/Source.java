package app.counterpoint.model;

import java.util.Objects;

/**
 * Where a fact or a statement comes from. Optional parts are {@code null} when the story does not give them.
 *
 * @param text      the source's full text, as published (read from {@code textFile} when the story names one), so
 *                  statements' excerpts can be found in it
 * @param textFile  the file the text was read from, as the story names it (relative to the story file), so a saved
 *                  story names it again instead of copying the text in
 * @param published when the source was published, to the precision known
 * @param extra     the fields of the file this version does not know, written back on saving
 */
public record Source(
        String id,
        String title,
        String publisher,
        String author,
        StoryDate date,
        String url,
        String text,
        String textFile,
        StoryDate published,
        ExtraFields extra) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        extra = ExtraFields.orNone(extra);
    }

    public Source(
            String id,
            String title,
            String publisher,
            String author,
            StoryDate date,
            String url,
            String text,
            String textFile,
            StoryDate published) {
        this(id, title, publisher, author, date, url, text, textFile, published, ExtraFields.NONE);
    }

    /** A source without a text of its own. */
    public Source(String id, String title, String publisher, String author, StoryDate date, String url) {
        this(id, title, publisher, author, date, url, null, null, null, ExtraFields.NONE);
    }

    /** Whether the story carries the source's text, in the file or in a {@code textFile}. */
    public boolean hasText() {
        return text != null;
    }

    /** A short credit for a line of text: "Evening Standard, May 2017", or the title when there is no publisher. */
    public String shortCitation() {
        String who = publisher != null && !publisher.isBlank() ? publisher : title;
        return date == null ? who : who + ", " + date.toDisplayString();
    }

    /**
     * The citation and, on a line of its own, the link; the link once when it is all the citation says (an imported
     * picture's source is often titled by its address).
     */
    public String citationWithLink() {
        String citation = citation();
        return url == null || url.isBlank() || citation.equals(url) ? citation : citation + "\n" + url;
    }

    /** One line naming the source for a reader: "Title — Publisher, Author, May 2017". */
    public String citation() {
        StringBuilder sb = new StringBuilder(title);
        String sep = " — ";
        if (publisher != null && !publisher.isBlank()) {
            sb.append(sep).append(publisher);
            sep = ", ";
        }
        if (author != null && !author.isBlank()) {
            sb.append(sep).append(author);
            sep = ", ";
        }
        if (date != null) {
            sb.append(sep).append(date.toDisplayString());
        }
        return sb.toString();
    }
}
