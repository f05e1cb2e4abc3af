package app.counterpoint.io.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;

/**
 * Lays a document out in one layout and counts, on the way, how many bytes the more readable layouts would have
 * written instead: the layouts differ only in what their printers add between the names and values, so a file's size
 * in a more readable layout is its size in this one, less this printer's bytes, plus that printer's. So one write in
 * a smaller layout says whether a more readable one would have fitted, without writing the document twice.
 */
final class LayoutSizes implements PrettyPrinter {

    /** A generator's raw output, counted; passed on to the file, or (for a layout only counted) dropped. */
    private static final class RawCounter extends JsonGeneratorDelegate {

        private final boolean passOn;
        private long count;

        RawCounter(JsonGenerator file, boolean passOn) {
            super(file, false);
            this.passOn = passOn;
        }

        @Override
        public void writeRaw(String text) throws IOException {
            count += text.length();
            if (passOn) {
                super.writeRaw(text);
            }
        }

        @Override
        public void writeRaw(String text, int offset, int len) throws IOException {
            count += len;
            if (passOn) {
                super.writeRaw(text, offset, len);
            }
        }

        @Override
        public void writeRaw(SerializableString text) throws IOException {
            count += text.getValue().length();
            if (passOn) {
                super.writeRaw(text);
            }
        }

        @Override
        public void writeRaw(char[] text, int offset, int len) throws IOException {
            count += len;
            if (passOn) {
                super.writeRaw(text, offset, len);
            }
        }

        @Override
        public void writeRaw(char c) throws IOException {
            count++;
            if (passOn) {
                super.writeRaw(c);
            }
        }
    }

    private final PrettyPrinter own;
    private final RawCounter ownOut;
    private final OpenableJson.Layout[] counted;
    private final PrettyPrinter[] others;
    private final RawCounter[] othersOut;

    /**
     * @param file    the generator writing the file; the printers add their bytes through it
     * @param layout  the layout the file is written in
     * @param counted the layouts whose sizes are only counted (their printers' bytes are all ASCII)
     */
    LayoutSizes(JsonGenerator file, OpenableJson.Layout layout, OpenableJson.Layout... counted) {
        this.own = OpenableJson.printer(layout);
        this.ownOut = new RawCounter(file, true);
        this.counted = counted.clone();
        this.others = new PrettyPrinter[counted.length];
        this.othersOut = new RawCounter[counted.length];
        for (int i = 0; i < counted.length; i++) {
            others[i] = OpenableJson.printer(counted[i]);
            othersOut[i] = new RawCounter(file, false);
        }
    }

    /** The size of the file, {@code written} bytes in this printer's layout, in a counted {@code layout}. */
    long sizeIn(OpenableJson.Layout layout, long written) {
        for (int i = 0; i < counted.length; i++) {
            if (counted[i] == layout) {
                return written - ownOut.count + othersOut[i].count;
            }
        }
        throw new IllegalArgumentException(layout + " was not counted");
    }

    @FunctionalInterface
    private interface Step {
        void on(PrettyPrinter printer, JsonGenerator out) throws IOException;
    }

    private void each(Step step) throws IOException {
        step.on(own, ownOut);
        for (int i = 0; i < others.length; i++) {
            step.on(others[i], othersOut[i]);
        }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        each(PrettyPrinter::writeRootValueSeparator);
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        each(PrettyPrinter::writeStartObject);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
        each((p, out) -> p.writeEndObject(out, nrOfEntries));
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        each(PrettyPrinter::writeObjectEntrySeparator);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        each(PrettyPrinter::writeObjectFieldValueSeparator);
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        each(PrettyPrinter::writeStartArray);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        each((p, out) -> p.writeEndArray(out, nrOfValues));
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        each(PrettyPrinter::writeArrayValueSeparator);
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        each(PrettyPrinter::beforeArrayValues);
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        each(PrettyPrinter::beforeObjectEntries);
    }
}
