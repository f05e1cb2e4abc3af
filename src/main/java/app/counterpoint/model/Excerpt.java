package app.counterpoint.model;

import java.util.Objects;

/**
 * Where a statement's words stand in its source's text: a W3C Web Annotation TextQuoteSelector. {@code exact} is the
 * passage itself; {@code prefix} and {@code suffix}, a few words just before and after it, tell apart passages that
 * occur more than once.
 *
 * @param prefix the text just before the passage, or {@code null}
 * @param suffix the text just after the passage, or {@code null}
 * @param extra  the fields of the file this version does not know, written back on saving
 */
public record Excerpt(String exact, String prefix, String suffix, ExtraFields extra) {

    /** The most context a prefix or suffix may carry, in characters. */
    public static final int MAX_CONTEXT = 32;

    public Excerpt {
        Objects.requireNonNull(exact, "exact");
        extra = ExtraFields.orNone(extra);
    }

    public Excerpt(String exact, String prefix, String suffix) {
        this(exact, prefix, suffix, ExtraFields.NONE);
    }
}
