package app.counterpoint.model;

import java.util.Objects;

/**
 * Where a fact or a statement comes from. Optional parts are {@code null} when the story does not give them.
 */
public record Source(String id, String title, String publisher, String author, StoryDate date, String url) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }

    /** A short credit for a line of text: "Evening Standard, May 2017", or the title when there is no publisher. */
    public String shortCitation() {
        String who = publisher != null && !publisher.isBlank() ? publisher : title;
        return date == null ? who : who + ", " + date.toDisplayString();
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
