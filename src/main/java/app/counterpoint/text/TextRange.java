package app.counterpoint.text;

/** A stretch of a text, from {@code start} (inclusive) to {@code end} (exclusive), in UTF-16 char offsets. */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    /** The same stretch moved right by {@code offset} chars, e.g. past an opening quotation mark. */
    public TextRange shift(int offset) {
        return new TextRange(start + offset, end + offset);
    }
}
