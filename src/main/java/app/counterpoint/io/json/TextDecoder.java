package app.counterpoint.io.json;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.problem.Problems;
import app.counterpoint.io.problem.Utf8Columns;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Checks that a file's bytes are UTF-8 text, refusing anything else with a message that says what to do. Done
 * before JSON parsing because Jackson would otherwise guess an encoding or fail with a message about "characters".
 */
public final class TextDecoder {

    /** Decoding goes through a small reused buffer: only validity matters, and a 30 MB char copy would not. */
    private static final int CHUNK_CHARS = 64 * 1024;

    /** Little-endian, so the lowest set high bit of a word belongs to its first byte in the file. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private TextDecoder() {}

    /**
     * Where the JSON text starts in the bytes: after a UTF-8 byte order mark, if any. Returns -1 after adding the one
     * problem that makes the bytes unusable.
     */
    public static int checkText(byte[] bytes, Problems problems) {
        if (bytes.length == 0) {
            problems.addAtCharColumn(1, 1, LocalText.of("problem.file.empty"));
            return -1;
        }
        if (looksLikeUtf32(bytes)) {
            problems.addAtCharColumn(1, 1, LocalText.of("problem.file.utf32"));
            return -1;
        }
        if (startsWithUtf16Bom(bytes) || looksLikeUtf16WithoutBom(bytes)) {
            problems.addAtCharColumn(1, 1, LocalText.of("problem.file.utf16"));
            return -1;
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        int firstNonAscii = firstNonAscii(bytes, start);
        if (firstNonAscii < 0) {
            problems.addAtCharColumn(1, 1, LocalText.of("problem.file.binary"));
            return -1;
        }
        // Plain ASCII is valid UTF-8; the decoder starts at the first other byte, always a character boundary.
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, firstNonAscii, bytes.length - firstNonAscii);
        CharBuffer out = CharBuffer.allocate(CHUNK_CHARS);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                reportBadByte(bytes, start, in.position(), result.length(), problems);
                return -1;
            }
            out.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        if (isBlank(bytes, start)) {
            problems.addAtCharColumn(1, 1, LocalText.of("problem.file.empty"));
            return -1;
        }
        return start;
    }

    /**
     * The index of the first byte that is not ASCII ({@code bytes.length} when all are), or -1 when any byte is zero.
     * Reads eight bytes at a time: a byte-by-byte pass over a 40 MB story showed in load profiles.
     */
    static int firstNonAscii(byte[] bytes, int start) {
        int firstNonAscii = bytes.length;
        int i = start;
        for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i);
            // a zero byte is the only one for which subtracting one borrows into a high bit that was clear
            if (((word - LOW_BITS) & ~word & HIGH_BITS) != 0) {
                return -1;
            }
            if (firstNonAscii == bytes.length && (word & HIGH_BITS) != 0) {
                firstNonAscii = i + (Long.numberOfTrailingZeros(word & HIGH_BITS) >>> 3);
            }
        }
        for (; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return -1;
            }
            if (bytes[i] < 0 && firstNonAscii == bytes.length) {
                firstNonAscii = i;
            }
        }
        return firstNonAscii;
    }

    private static void reportBadByte(byte[] bytes, int start, int badAt, int badLength, Problems problems) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < badAt; i++) {
            byte b = bytes[i];
            if (b == '\n' || (b == '\r' && (i + 1 >= badAt || bytes[i + 1] != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        StringBuilder hex = new StringBuilder();
        for (int i = badAt; i < Math.min(bytes.length, badAt + Math.max(1, badLength)); i++) {
            hex.append(hex.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xFF));
        }
        problems.addAtCharColumn(
                line,
                Utf8Columns.charsIn(bytes, lineStart, badAt) + 1,
                LocalText.of("problem.file.notUtf8", hex.toString()));
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static boolean startsWithUtf16Bom(byte[] b) {
        return b.length >= 2
                && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
                        || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE));
    }

    /**
     * A UTF-32 byte order mark (whose little-endian form starts like UTF-16's), or a first ASCII character with the
     * three zero bytes UTF-32 gives it.
     */
    private static boolean looksLikeUtf32(byte[] b) {
        if (b.length < 4) {
            return false;
        }
        boolean bigEndianBom = b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF;
        boolean littleEndianBom = (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0;
        boolean bigEndianAscii = b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] > 0;
        boolean littleEndianAscii = b[0] > 0 && b[1] == 0 && b[2] == 0 && b[3] == 0;
        return bigEndianBom || littleEndianBom || bigEndianAscii || littleEndianAscii;
    }

    /** JSON starts with an ASCII character, which UTF-16 pairs with a zero byte. */
    private static boolean looksLikeUtf16WithoutBom(byte[] b) {
        return b.length >= 2 && ((b[0] == 0) != (b[1] == 0)) && (b[0] & 0x80) == 0 && (b[1] & 0x80) == 0;
    }

    private static boolean isBlank(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
