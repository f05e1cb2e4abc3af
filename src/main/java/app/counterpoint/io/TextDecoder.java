package app.counterpoint.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns a file's bytes into text, refusing anything that is not UTF-8 with a message that says what to do. Done
 * before JSON parsing because Jackson would otherwise guess an encoding or fail with a message about "characters".
 */
final class TextDecoder {

    /** Decoded text; {@code chars[0, length)} holds it, without any byte order mark. */
    record Text(char[] chars, int length) {
    }

    private TextDecoder() {
    }

    /** The text, or {@code null} after adding the one problem that makes the bytes unusable. */
    static Text decode(byte[] bytes, Problems problems) {
        if (bytes.length == 0) {
            problems.add(1, 1, "the file is empty");
            return null;
        }
        if (startsWithUtf16Bom(bytes) || looksLikeUtf16WithoutBom(bytes)) {
            problems.add(1, 1, "the file is saved as UTF-16 text; save it as UTF-8 (in most editors: "
                    + "\"Save as…\", encoding \"UTF-8\")");
            return null;
        }
        if (containsNul(bytes)) {
            problems.add(1, 1, "this is not a text file (it contains binary data); a story file is JSON text");
            return null;
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        // UTF-8 never needs more chars than bytes, so one buffer of that size always suffices.
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            reportBadByte(bytes, in.position(), result.length(), out, problems);
            return null;
        }
        decoder.flush(out);
        int length = out.position();
        if (isBlank(out.array(), length)) {
            problems.add(1, 1, "the file is empty");
            return null;
        }
        return new Text(out.array(), length);
    }

    private static void reportBadByte(byte[] bytes, int badAt, int badLength, CharBuffer decoded, Problems problems) {
        char[] chars = decoded.array();
        int end = decoded.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            char c = chars[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= end || chars[i + 1] != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        StringBuilder hex = new StringBuilder();
        for (int i = badAt; i < Math.min(bytes.length, badAt + Math.max(1, badLength)); i++) {
            hex.append(hex.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xFF));
        }
        problems.add(line, end - lineStart + 1, "the file is not UTF-8 text: the byte " + hex
                + " here is not valid UTF-8 (perhaps the file was saved as Windows-1252 or Latin-1); "
                + "save it as UTF-8");
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static boolean startsWithUtf16Bom(byte[] b) {
        return b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
                || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE));
    }

    /** JSON starts with an ASCII character, which UTF-16 pairs with a zero byte. */
    private static boolean looksLikeUtf16WithoutBom(byte[] b) {
        return b.length >= 2 && ((b[0] == 0) != (b[1] == 0)) && (b[0] & 0x80) == 0 && (b[1] & 0x80) == 0;
    }

    private static boolean containsNul(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
