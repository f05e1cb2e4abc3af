package app.counterpoint.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it starts in the file. Jackson's own tree keeps no locations, and every problem
 * must point at a line and column.
 */
final class JsonValueNode {

    enum Type { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    private final Type type;
    private final int line;
    private final int column;
    /** The text of a string, number or boolean; {@code null} for containers and null. */
    private final String text;
    private final Map<String, JsonValueNode> fields;
    private final List<JsonValueNode> elements;

    private JsonValueNode(Type type, int line, int column, String text) {
        this.type = type;
        this.line = line;
        this.column = column;
        this.text = text;
        this.fields = type == Type.OBJECT ? new LinkedHashMap<>() : Collections.emptyMap();
        this.elements = type == Type.ARRAY ? new ArrayList<>() : Collections.emptyList();
    }

    static JsonValueNode container(Type type, int line, int column) {
        return new JsonValueNode(type, line, column, null);
    }

    static JsonValueNode scalar(Type type, String text, int line, int column) {
        return new JsonValueNode(type, line, column, text);
    }

    /** Adds a field; returns the value the name had before (a duplicate name), or {@code null}. */
    JsonValueNode put(String name, JsonValueNode value) {
        return fields.put(name, value);
    }

    void add(JsonValueNode element) {
        elements.add(element);
    }

    Type type() {
        return type;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    String text() {
        return text;
    }

    boolean isObject() {
        return type == Type.OBJECT;
    }

    boolean isArray() {
        return type == Type.ARRAY;
    }

    boolean isString() {
        return type == Type.STRING;
    }

    boolean isNull() {
        return type == Type.NULL;
    }

    /** The field's value, or {@code null} when the object has no such field. */
    JsonValueNode get(String name) {
        return fields.get(name);
    }

    /** Fields in file order. */
    Map<String, JsonValueNode> fields() {
        return Collections.unmodifiableMap(fields);
    }

    List<JsonValueNode> elements() {
        return Collections.unmodifiableList(elements);
    }

    /** How a person would name what this value is, for "expected … but found …" messages. */
    String describe() {
        return switch (type) {
            case OBJECT -> "an object { … }";
            case ARRAY -> "a list [ … ]";
            case STRING -> "the text \"" + shorten(text) + "\"";
            case NUMBER -> "the number " + shorten(text);
            case BOOLEAN -> "the value " + text;
            case NULL -> "null";
        };
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
