package app.counterpoint.text;

import java.util.Optional;

/**
 * Finds a statement's passage in its source's text, as a W3C TextQuoteSelector locates it: the exact words, told
 * apart by the context just before (prefix) and after (suffix) when they occur more than once. Spacing, line breaks,
 * quotation marks and apostrophes do not count (see {@link FoldedText}). The text is folded once; each search is
 * linear in the text and the words (Knuth–Morris–Pratt), never quadratic, whatever the text repeats.
 */
public final class PassageFinder {

    private final String text;
    private final FoldedText folded;

    /** Where a passage was found. {@code contextMatches}: its prefix and suffix, if any, match there too. */
    public record Passage(TextRange range, boolean contextMatches) {}

    public PassageFinder(String text) {
        this.text = text;
        this.folded = FoldedText.of(text);
    }

    public String text() {
        return text;
    }

    /** The most characters one search reads: the folded text's length, which bounds the cost of every search. */
    public int searchCost() {
        return folded.folded().length();
    }

    /**
     * The passage of {@code exact} whose context matches {@code prefix} and {@code suffix} best: the first occurrence
     * that matches both, else the first that matches one, else the first of all; empty when the words do not occur or
     * have no words at all.
     *
     * @param prefix the text just before, or {@code null}
     * @param suffix the text just after, or {@code null}
     */
    public Optional<Passage> find(String exact, String prefix, String suffix) {
        String words = FoldedText.fold(exact);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String before = prefix == null ? "" : FoldedText.fold(prefix);
        String after = suffix == null ? "" : FoldedText.fold(suffix);
        String haystack = folded.folded();
        int[] failure = failure(words);
        int best = -1;
        int bestScore = -1;
        // one Knuth–Morris–Pratt pass over every occurrence: overlapping ones too, and never a step back
        int m = words.length();
        for (int i = 0, k = 0; i < haystack.length() && bestScore < 2; i++) {
            while (k > 0 && haystack.charAt(i) != words.charAt(k)) {
                k = failure[k - 1];
            }
            if (haystack.charAt(i) == words.charAt(k)) {
                k++;
            }
            if (k == m) {
                int at = i - m + 1;
                int score = (precededBy(haystack, at, before) ? 1 : 0) + (followedBy(haystack, at + m, after) ? 1 : 0);
                if (score > bestScore) {
                    best = at;
                    bestScore = score;
                }
                k = failure[k - 1];
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        return Optional.of(new Passage(folded.originalRange(best, best + words.length()), bestScore == 2));
    }

    /** Whether {@code words} occur in the text, spacing, quotation marks and apostrophes aside. */
    public boolean contains(String words) {
        String w = FoldedText.fold(words);
        return !w.isEmpty() && indexOf(folded.folded(), w) >= 0;
    }

    /** Whether a quote's words occur in a passage (an excerpt), spacing, quotation marks and apostrophes aside. */
    public static boolean quoteOccursIn(String passage, String quote) {
        String p = FoldedText.fold(passage);
        String q = FoldedText.fold(quote);
        return !q.isEmpty() && indexOf(p, q) >= 0;
    }

    private static boolean precededBy(String haystack, int at, String before) {
        if (before.isEmpty()) {
            return true;
        }
        int end = at > 0 && haystack.charAt(at - 1) == ' ' ? at - 1 : at;
        return end >= before.length() && haystack.regionMatches(end - before.length(), before, 0, before.length());
    }

    private static boolean followedBy(String haystack, int end, String after) {
        if (after.isEmpty()) {
            return true;
        }
        int start = end < haystack.length() && haystack.charAt(end) == ' ' ? end + 1 : end;
        return haystack.regionMatches(start, after, 0, after.length());
    }

    /** Knuth–Morris–Pratt: for each prefix of the pattern, the length of its longest proper border. */
    private static int[] failure(String pattern) {
        int[] f = new int[pattern.length()];
        for (int i = 1, k = 0; i < pattern.length(); i++) {
            while (k > 0 && pattern.charAt(i) != pattern.charAt(k)) {
                k = f[k - 1];
            }
            if (pattern.charAt(i) == pattern.charAt(k)) {
                k++;
            }
            f[i] = k;
        }
        return f;
    }

    /** The first index where the pattern occurs, or -1; linear in the text scanned. */
    private static int indexOf(String text, String pattern) {
        int[] failure = failure(pattern);
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            while (k > 0 && text.charAt(i) != pattern.charAt(k)) {
                k = failure[k - 1];
            }
            if (text.charAt(i) == pattern.charAt(k)) {
                k++;
            }
            if (k == pattern.length()) {
                return i - k + 1;
            }
        }
        return -1;
    }
}
