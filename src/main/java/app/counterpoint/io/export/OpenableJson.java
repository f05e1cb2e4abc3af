package app.counterpoint.io.export;

import app.counterpoint.io.json.ReadLimits;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * The JSON files Counterpoint writes, laid out so that Counterpoint can always open them again: pretty-printed
 * (two spaces a level) when that fits in the size a story file may have, else one entry per line, else with no
 * spaces at all; a story too large even then is refused before anything is written. Saving a story that was
 * opened from a file of the largest size allowed therefore never writes a file that cannot be opened.
 */
final class OpenableJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** What writes one JSON document to a generator. */
    @FunctionalInterface
    interface JsonBody {
        void write(JsonGenerator json) throws IOException;
    }

    /** The ways of laying out a file, from the most readable to the smallest. */
    enum Layout {
        PRETTY,
        ENTRY_PER_LINE,
        COMPACT
    }

    private OpenableJson() {}

    /**
     * The document in the most readable layout whose size Counterpoint opens, ending with a line break.
     *
     * @throws IOException when even the compact layout is larger than a story file may be
     */
    static byte[] write(JsonBody body) throws IOException {
        return write(body, ReadLimits.MAX_FILE_BYTES);
    }

    static byte[] write(JsonBody body, int limit) throws IOException {
        long compactSize = 0;
        for (Layout layout : Layout.values()) {
            Buffer buffer = new Buffer(limit, layout != Layout.COMPACT);
            write(body, layout, buffer);
            if (!buffer.overflowed()) {
                return buffer.bytes();
            }
            compactSize = buffer.total;
        }
        throw new IOException(String.format(
                Locale.ROOT,
                "the story is too large to save: it would take %,d bytes, and Counterpoint opens files of at "
                        + "most %d MB (%,d bytes); split it into smaller stories",
                compactSize,
                limit / (1024 * 1024),
                limit));
    }

    /** The document in one layout, whatever its size; for tests. */
    static byte[] write(JsonBody body, Layout layout) {
        Buffer buffer = new Buffer(Integer.MAX_VALUE - 16, false);
        write(body, layout, buffer);
        return buffer.bytes();
    }

    private static void write(JsonBody body, Layout layout, Buffer buffer) {
        try (JsonGenerator json = FACTORY.createGenerator(buffer, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(printer(layout));
            body.write(json);
            json.flush();
            buffer.write('\n');
        } catch (IOException e) {
            if (!buffer.overflowed()) {
                throw new IllegalStateException("writing to memory cannot fail", e);
            }
            // too large for this layout; the next is smaller
        }
    }

    private static PrettyPrinter printer(Layout layout) {
        return switch (layout) {
            case PRETTY -> {
                // objects and lists indented by two spaces, "name": value, \n line breaks on every system
                DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
                yield new DefaultPrettyPrinter()
                        .withSeparators(Separators.createDefaultInstance()
                                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                        .withObjectIndenter(indenter)
                        .withArrayIndenter(indenter);
            }
            case ENTRY_PER_LINE -> new EntryPerLinePrinter();
            case COMPACT -> new MinimalPrettyPrinter("");
        };
    }

    /**
     * Bytes in memory up to a limit. Past it, the content is dropped and only counted; with {@code stopWhenFull} the
     * writing is stopped at once instead, since a layout that does not fit is not wanted at all.
     */
    private static final class Buffer extends OutputStream {

        /** Stops a layout that cannot fit; never leaves this class's user. */
        private static final class Full extends IOException {
            private static final long serialVersionUID = 1L;

            Full() {
                super("over the size limit", null);
            }
        }

        private final int limit;
        private final boolean stopWhenFull;
        private byte[] bytes = new byte[8192];
        private long total;

        Buffer(int limit, boolean stopWhenFull) {
            this.limit = limit;
            this.stopWhenFull = stopWhenFull;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            long after = total + len;
            if (after > limit) {
                total = after;
                if (stopWhenFull) {
                    throw new Full();
                }
                return;
            }
            if (after > bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(limit, Math.max(after, 2L * bytes.length)));
            }
            System.arraycopy(b, off, bytes, (int) total, len);
            total = after;
        }

        boolean overflowed() {
            return total > limit;
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, (int) total);
        }
    }
}
