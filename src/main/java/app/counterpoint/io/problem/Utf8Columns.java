package app.counterpoint.io.problem;

/**
 * Turns Jackson's byte columns into the character columns an editor shows. Jackson parses the UTF-8 bytes directly
 * (faster, and no 60 MB char copy of a large file), so on a line with "é" its columns run ahead of the editor's.
 * Line starts are only computed when a problem needs them.
 */
public final class Utf8Columns {

    private final byte[] bytes;
    private final int start;
    private int[] lineStarts;

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
        int end = Math.min(bytes.length, lineStart + byteColumn - 1);
        return charsIn(bytes, lineStart, end) + 1;
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
