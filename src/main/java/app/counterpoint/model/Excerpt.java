package app.counterpoint.model;

import java.util.Objects;

/**
 * Where a statement's words stand in its source's text: a W3C Web Annotation TextQuoteSelector. {@code exact} is the
 * passage itself; {@code prefix} and {@code suffix}, a few words just before and after it, tell apart passages that
 * occur more than once.
 *
 * @param prefix the text just before the passage, or {@code null}
 * @param suffix the text just after the passage, or {@code null}
 */
public record Excerpt(String exact, String prefix, String suffix) {

    /** The most context a prefix or suffix may carry, in characters. */
    public static final int MAX_CONTEXT = 32;

    public Excerpt {
        Objects.requireNonNull(exact, "exact");
    }
}
