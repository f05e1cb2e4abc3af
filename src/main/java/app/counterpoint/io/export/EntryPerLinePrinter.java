package app.counterpoint.io.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * A layout for files too large to pretty-print: each top-level field on a line of its own, and each entry of a
 * top-level list (each event, each statement) on one line, with no spaces inside it. Still readable and diffable,
 * and only a few bytes an entry larger than no layout at all.
 */
final class EntryPerLinePrinter implements PrettyPrinter {

    /** A line break and the indent of a line at depth 0, 1 and 2. */
    private static final String[] LINE = {"\n", "\n  ", "\n    "};

    /** An entry separator before a line at depth 0, 1 and 2. */
    private static final String[] NEXT_LINE = {",\n", ",\n  ", ",\n    "};

    /** The depth whose object fields each stand on a line: the root object's. */
    private static final int FIELD_LINES = 1;

    /** The depth whose list entries each stand on a line: the root object's lists'. */
    private static final int ENTRY_LINES = 2;

    /** 1 inside the root object, 2 inside one of its lists, 3 inside an entry. */
    private int depth;

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        open(g, '{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        firstLine(g, FIELD_LINES);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(':');
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        separate(g, FIELD_LINES);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
        close(g, FIELD_LINES, nrOfEntries, '}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        open(g, '[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        firstLine(g, ENTRY_LINES);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        separate(g, ENTRY_LINES);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        close(g, ENTRY_LINES, nrOfValues, ']');
    }

    private void open(JsonGenerator g, char bracket) throws IOException {
        g.writeRaw(bracket);
        depth++;
    }

    /** Before the first item of an object or list: a line of its own when items at this depth are one a line. */
    private void firstLine(JsonGenerator g, int lines) throws IOException {
        if (depth == lines) {
            g.writeRaw(LINE[lines]);
        }
    }

    private void separate(JsonGenerator g, int lines) throws IOException {
        if (depth == lines) {
            g.writeRaw(NEXT_LINE[lines]);
        } else {
            g.writeRaw(',');
        }
    }

    /** The closing bracket, on a line of its own below items that stood one a line. */
    private void close(JsonGenerator g, int lines, int items, char bracket) throws IOException {
        depth--;
        if (depth == lines - 1 && items > 0) {
            g.writeRaw(LINE[lines - 1]);
        }
        g.writeRaw(bracket);
    }
}
