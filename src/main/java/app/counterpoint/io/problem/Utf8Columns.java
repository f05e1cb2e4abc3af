package app.counterpoint.io.problem;

/**
 * Turns Jackson's byte columns into the character columns an editor shows. Jackson parses the UTF-8 bytes directly
 * (faster, and no 60 MB char copy of a large file), so on a line with "é" its columns run ahead of the editor's.
 * Line starts are only computed when a problem needs them, and so is a count of characters every {@link #BLOCK}
 * bytes: a column is then found in constant time, not by reading its line from the start, which on a one-line
 * (minified) file of a megabyte made 20,000 problems take twenty seconds.
 */
public final class Utf8Columns {

    /** The characters before every multiple of this many bytes are counted once. */
    private static final int BLOCK_BITS = 12;

    static final int BLOCK = 1 << BLOCK_BITS;

    private final byte[] bytes;
    private final int start;
    private int[] lineStarts;
    /** The characters encoded before byte {@code i * BLOCK}. */
    private int[] charsBeforeBlock;

    /** @param start where the JSON text starts (after a byte order mark) */
    public Utf8Columns(byte[] bytes, int start) {
        this.bytes = bytes;
        this.start = start;
    }

    /** The 1-based character column of a 1-based byte column on a 1-based line, as Jackson counts lines. */
    int charColumn(int line, int byteColumn) {
        if (lineStarts == null) {
            lineStarts = lineStarts();
        }
        if (line < 1 || line > lineStarts.length || byteColumn < 1) {
            return byteColumn;
        }
        int lineStart = lineStarts[line - 1];
        int end = (int) Math.min(bytes.length, (long) lineStart + byteColumn - 1);
        if (end - lineStart < BLOCK) {
            return charsIn(bytes, lineStart, end) + 1;
        }
        if (charsBeforeBlock == null) {
            charsBeforeBlock = charsBeforeBlocks();
        }
        return charsBefore(end) - charsBefore(lineStart) + 1;
    }

    private int charsBefore(int index) {
        int block = index >>> BLOCK_BITS;
        return charsBeforeBlock[block] + charsIn(bytes, block << BLOCK_BITS, index);
    }

    private int[] charsBeforeBlocks() {
        int[] counts = new int[(bytes.length >>> BLOCK_BITS) + 1];
        for (int block = 1; block < counts.length; block++) {
            int from = (block - 1) << BLOCK_BITS;
            counts[block] = counts[block - 1] + charsIn(bytes, from, from + BLOCK);
        }
        return counts;
    }

    /** UTF-16 characters encoded by valid UTF-8 bytes [from, to): four-byte sequences are two. */
    public static int charsIn(byte[] bytes, int from, int to) {
        int chars = 0;
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                chars += (b & 0xF8) == 0xF0 ? 2 : 1;
            }
        }
        return chars;
    }

    /** Jackson's line breaks: \n, \r\n and a lone \r. */
    private int[] lineStarts() {
        int count = 1;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                count++;
            }
        }
        int[] starts = new int[count];
        starts[0] = start;
        int line = 1;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }
}
