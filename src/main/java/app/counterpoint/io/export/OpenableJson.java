package app.counterpoint.io.export;

import app.counterpoint.i18n.LocalText;
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

    /**
     * The layout a document fitted in and its size there: what the next write of the same story starts from, so that
     * a story too large to pretty-print is not pretty-printed up to the limit first at every write.
     */
    record Fitted(Layout layout, int size) {}

    /** A document laid out in memory: the first {@link #length()} bytes of its array. */
    static final class Document {

        private final byte[] bytes;
        private final int length;
        private final Fitted fitted;

        private Document(byte[] bytes, int length, Layout layout) {
            this.bytes = bytes;
            this.length = length;
            this.fitted = new Fitted(layout, length);
        }

        /** The array holding the document; only its first {@link #length()} bytes are the document. */
        byte[] array() {
            return bytes;
        }

        int length() {
            return length;
        }

        Fitted fitted() {
            return fitted;
        }

        /** The document in an array of its own size. */
        byte[] toByteArray() {
            return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
        }
    }

    private OpenableJson() {}

    /**
     * The document in the most readable layout whose size Counterpoint opens, ending with a line break.
     *
     * @throws IOException when even the compact layout is larger than a story file may be
     */
    static byte[] write(JsonBody body) throws IOException {
        return write(body, ReadLimits.MAX_FILE_BYTES, null).toByteArray();
    }

    static byte[] write(JsonBody body, int limit) throws IOException {
        return write(body, limit, null).toByteArray();
    }

    /**
     * The document in the most readable layout whose size is at most {@code limit}, starting from a guess: the layout
     * and size of the same story's last write, or null to try the most readable first. The result is the same
     * whatever the guess; a good guess writes the document once, into a buffer of about its size. A layout smaller
     * than the most readable one counts on the way what the more readable ones would have taken (
     * {@link LayoutSizes}), so a guess that is too small costs a second write only when a more readable one fits.
     *
     * @throws IOException when even the compact layout is larger than {@code limit}
     */
    static Document write(JsonBody body, int limit, Fitted guess) throws IOException {
        Layout[] layouts = Layout.values();
        int first = guess == null ? 0 : guess.layout().ordinal();
        long expected = guess == null ? 0 : guess.size() + guess.size() / 32L;
        Buffer buffer = new Buffer(limit, (int) Math.min(limit, Math.max(8192, expected)));
        for (int i = first; i < layouts.length; i++) {
            Layout layout = layouts[i];
            buffer.restart(layout != Layout.COMPACT);
            LayoutSizes sizes = write(body, layout, buffer, Arrays.copyOfRange(layouts, 0, i));
            if (buffer.overflowed()) {
                if (layout == Layout.COMPACT) {
                    throw tooLarge(buffer.total, limit);
                }
                continue;
            }
            for (int better = 0; better < i; better++) {
                long size = sizes.sizeIn(layouts[better], buffer.total);
                if (size <= limit) {
                    // the story shrank since the guess: the more readable layout fits, and is what is written
                    Buffer exact = new Buffer(limit, (int) size);
                    write(body, layouts[better], exact, new Layout[0]);
                    return exact.document(layouts[better]);
                }
            }
            return buffer.document(layout);
        }
        throw new IllegalStateException("the compact layout is always tried");
    }

    private static IOException tooLarge(long compactSize, int limit) {
        return new FileNotWrittenException(
                LocalText.of("problem.write.tooLarge", compactSize, limit / (1024 * 1024), limit));
    }

    /** The document in one layout, whatever its size; for tests. */
    static byte[] write(JsonBody body, Layout layout) {
        Buffer buffer = new Buffer(Integer.MAX_VALUE - 16, 8192);
        buffer.restart(false);
        write(body, layout, buffer, new Layout[0]);
        return buffer.document(layout).toByteArray();
    }

    /**
     * Writes the document in {@code layout} into the buffer, counting its sizes in the {@code counted} layouts; the
     * counts are null when none are asked for.
     */
    private static LayoutSizes write(JsonBody body, Layout layout, Buffer buffer, Layout[] counted) {
        LayoutSizes sizes = null;
        try (JsonGenerator json = FACTORY.createGenerator(buffer, JsonEncoding.UTF8)) {
            if (counted.length == 0) {
                json.setPrettyPrinter(printer(layout));
            } else {
                sizes = new LayoutSizes(json, layout, counted);
                json.setPrettyPrinter(sizes);
            }
            body.write(json);
            json.flush();
            buffer.write('\n');
        } catch (IOException e) {
            if (!buffer.overflowed()) {
                throw new IllegalStateException("writing to memory cannot fail", e);
            }
            // too large for this layout; the next is smaller
        }
        return sizes;
    }

    /** A new printer for a layout (printers keep their depth: one per document). */
    static PrettyPrinter printer(Layout layout) {
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
        private boolean stopWhenFull;
        private byte[] bytes;
        private long total;

        /** @param capacity the bytes to make room for at once: about the size expected, at most the limit */
        Buffer(int limit, int capacity) {
            this.limit = limit;
            this.bytes = new byte[Math.max(1, capacity)];
        }

        /** Empties the buffer for another layout, keeping the room it grew to. */
        void restart(boolean stopWhenFull) {
            this.stopWhenFull = stopWhenFull;
            this.total = 0;
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

        Document document(Layout layout) {
            return new Document(bytes, (int) total, layout);
        }
    }
}
