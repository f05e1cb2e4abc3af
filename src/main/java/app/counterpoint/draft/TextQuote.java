package app.counterpoint.draft;

import java.util.Objects;

/**
 * Where a statement's words are in its source's text, as a W3C Web Annotation TextQuoteSelector: the exact words
 * and up to 32 characters on either side, enough to tell apart two places with the same words.
 */
public record TextQuote(String exact, String prefix, String suffix) {

    /** How many characters of context a selector keeps on each side. */
    public static final int CONTEXT = 32;

    public TextQuote {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
    }

    /** The selector of {@code text[start, end)}. */
    public static TextQuote of(String text, int start, int end) {
        return new TextQuote(
                text.substring(start, end),
                text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)));
    }

    /** Where the exact words start in the text, with this prefix and suffix around them; -1 when they are not there. */
    public int locate(String text) {
        int at = text.indexOf(exact);
        int fallback = at;
        while (at >= 0) {
            if (text.startsWith(prefix, at - prefix.length()) && text.startsWith(suffix, at + exact.length())) {
                return at;
            }
            at = text.indexOf(exact, at + 1);
        }
        return fallback;
    }
}
