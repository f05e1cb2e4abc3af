package app.counterpoint.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time scan must find exactly what a byte-by-byte scan finds, at every position and length. */
class TextDecoderScanTest {

    @Test
    void findsTheFirstNonAsciiByteAndAnyZeroByteLikeAPlainLoop() {
        Random random = new Random(7L);
        for (int length = 0; length < 40; length++) {
            for (int trial = 0; trial < 300; trial++) {
                byte[] bytes = new byte[length];
                for (int i = 0; i < length; i++) {
                    int kind = random.nextInt(20);
                    bytes[i] = kind == 0
                            ? 0
                            : kind == 1 ? (byte) (0x80 | random.nextInt(128)) : (byte) (1 + random.nextInt(127));
                }
                int start = length > 3 && random.nextBoolean() ? 3 : 0;
                assertEquals(plainScan(bytes, start), TextDecoder.firstNonAscii(bytes, start));
            }
        }
    }

    private static int plainScan(byte[] bytes, int start) {
        int first = bytes.length;
        for (int i = bytes.length - 1; i >= start; i--) {
            if (bytes[i] == 0) {
                return -1;
            }
            if (bytes[i] < 0) {
                first = i;
            }
        }
        return first;
    }
}
