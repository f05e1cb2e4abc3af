package app.counterpoint.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * A located value written back as compact JSON text: what a story keeps of a field it does not know. Numbers keep
 * the digits the file wrote (no round trip through a double), texts are escaped as JSON needs.
 */
final class JsonText {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonText() {}

    static String of(JsonTape tape, int slot) {
        if (tape.isRaw(slot)) {
            return tape.text(slot);
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            write(tape, slot, json);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toString();
    }

    /** Iterative, so a deeply nested value cannot overflow the stack (the parser allows 64 levels anyway). */
    private static void write(JsonTape tape, int root, JsonGenerator json) throws IOException {
        int[] open = new int[8];
        int depth = 0;
        int slot = root;
        int end = tape.next(root);
        while (slot < end) {
            while (depth > 0 && slot >= tape.next(open[depth - 1])) {
                closeContainer(tape, open[--depth], json);
            }
            JsonValueNode.Type type = tape.type(slot);
            if (depth > 0 && tape.type(open[depth - 1]) == JsonValueNode.Type.OBJECT) {
                json.writeFieldName(tape.name(slot));
            }
            if (tape.isRaw(slot)) {
                json.writeRawValue(tape.text(slot));
                slot = tape.next(slot);
                continue;
            }
            switch (type) {
                case OBJECT -> json.writeStartObject();
                case ARRAY -> json.writeStartArray();
                case STRING -> json.writeString(tape.text(slot));
                case NUMBER -> json.writeNumber(tape.text(slot));
                case BOOLEAN -> json.writeBoolean(Boolean.parseBoolean(tape.text(slot)));
                case NULL -> json.writeNull();
            }
            if (type == JsonValueNode.Type.OBJECT || type == JsonValueNode.Type.ARRAY) {
                if (depth == open.length) {
                    open = java.util.Arrays.copyOf(open, depth * 2);
                }
                open[depth++] = slot;
                slot = tape.firstMember(slot);
            } else {
                slot = tape.next(slot);
            }
        }
        while (depth > 0) {
            closeContainer(tape, open[--depth], json);
        }
    }

    private static void closeContainer(JsonTape tape, int container, JsonGenerator json) throws IOException {
        if (tape.type(container) == JsonValueNode.Type.OBJECT) {
            json.writeEndObject();
        } else {
            json.writeEndArray();
        }
    }
}
