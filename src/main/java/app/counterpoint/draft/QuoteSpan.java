package app.counterpoint.draft;

/**
 * Words in quotation marks.
 *
 * @param open  the offset of the opening mark
 * @param start the offset of the first quoted character
 * @param end   the offset just after the last quoted character
 * @param close the offset of the closing mark ({@code end} when the quote runs on into the next paragraph)
 */
record QuoteSpan(int open, int start, int end, int close) {

    boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** Whether the offset lies within the quote, its marks included. */
    boolean covers(int offset) {
        return offset >= open && offset <= close;
    }
}
