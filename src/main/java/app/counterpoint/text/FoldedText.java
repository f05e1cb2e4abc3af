package app.counterpoint.text;

/**
 * A text with what does not count when words are compared taken out: quotation marks and apostrophes of every kind
 * are dropped, and each run of whitespace (line breaks, non-breaking spaces) becomes one space, none at either end.
 * Each folded character remembers where it came from, so a passage found in the folded text can be shown in the
 * original. Folding is linear in the text's length.
 */
public final class FoldedText {

    private final String folded;
    /** {@code origin[i]}: the index in the original of folded character i; {@code origin[length]}: just past the last. */
    private final int[] origin;

    private FoldedText(String folded, int[] origin) {
        this.folded = folded;
        this.origin = origin;
    }

    public static FoldedText of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        boolean space = false;
        int lastEnd = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isQuoteMark(c)) {
                continue;
            }
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                origin[out.length()] = i - 1;
                out.append(' ');
            }
            space = false;
            origin[out.length()] = i;
            out.append(c);
            lastEnd = i + 1;
        }
        origin[out.length()] = lastEnd;
        return new FoldedText(out.toString(), origin);
    }

    /** Only the folded string, for texts whose positions are not needed (a quote, an excerpt). */
    public static String fold(String text) {
        return of(text).folded;
    }

    public String folded() {
        return folded;
    }

    /** The stretch of the original text that folded characters {@code [start, end)} came from. */
    public TextRange originalRange(int start, int end) {
        if (start == end) {
            return new TextRange(origin[start], origin[start]);
        }
        return new TextRange(origin[start], origin[end - 1] + 1);
    }

    /** Straight and typographic quotation marks and apostrophes, guillemets, primes and backticks. */
    static boolean isQuoteMark(char c) {
        return switch (c) {
            case '"',
                    '\'',
                    '`',
                    '\u00B4',
                    '\u00AB',
                    '\u00BB',
                    '\u2018',
                    '\u2019',
                    '\u201A',
                    '\u201B',
                    '\u201C',
                    '\u201D',
                    '\u201E',
                    '\u201F',
                    '\u2032',
                    '\u2033',
                    '\u2039',
                    '\u203A',
                    '\u300C',
                    '\u300D',
                    '\uFF02',
                    '\uFF07' -> true;
            default -> false;
        };
    }

    /** Java's whitespace and the non-breaking spaces, which a copy from a web page often brings. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF';
    }
}
