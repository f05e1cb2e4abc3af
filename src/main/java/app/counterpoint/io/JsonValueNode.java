package app.counterpoint.io;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it starts in the file. Jackson's own tree keeps no locations, and every problem
 * must point at a line and column.
 */
final class JsonValueNode {

    enum Type { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    /** Objects with more fields than this get a hash index, so duplicate checks and lookups stay linear overall. */
    private static final int INDEX_THRESHOLD = 16;

    private final Type type;
    private final int line;
    private final int column;
    /** The text of a string, number or boolean; {@code null} for containers and null. */
    private final String text;
    /*
     * Fields and elements live in plain arrays, not a LinkedHashMap per object: a 30 MB story has hundreds of
     * thousands of objects, and the map entries alone doubled the memory and the time spent collecting it.
     */
    private String[] names;
    private JsonValueNode[] values;
    private int size;
    private Map<String, Integer> index;

    private JsonValueNode(Type type, int line, int column, String text) {
        this.type = type;
        this.line = line;
        this.column = column;
        this.text = text;
        if (type == Type.OBJECT) {
            names = new String[8];
            values = new JsonValueNode[8];
        } else if (type == Type.ARRAY) {
            values = new JsonValueNode[4];
        }
    }

    static JsonValueNode container(Type type, int line, int column) {
        return new JsonValueNode(type, line, column, null);
    }

    static JsonValueNode scalar(Type type, String text, int line, int column) {
        return new JsonValueNode(type, line, column, text);
    }

    /** Adds a field; returns the value the name had before (a duplicate name, which it replaces), or {@code null}. */
    JsonValueNode put(String name, JsonValueNode value) {
        int at = indexOf(name);
        if (at >= 0) {
            JsonValueNode previous = values[at];
            values[at] = value;
            return previous;
        }
        if (size == values.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        if (index != null) {
            index.put(name, size);
        } else if (size + 1 > INDEX_THRESHOLD) {
            index = new HashMap<>();
            for (int i = 0; i <= size; i++) {
                index.put(names[i], i);
            }
        }
        size++;
        return null;
    }

    void add(JsonValueNode element) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = element;
    }

    private int indexOf(String name) {
        if (index != null) {
            Integer at = index.get(name);
            return at == null ? -1 : at;
        }
        for (int i = 0; i < size; i++) {
            // Jackson interns field names, so identity usually decides at once.
            if (names[i] == name || names[i].equals(name)) {
                return i;
            }
        }
        return -1;
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

    /** The field's value, or {@code null} when the object has no such field (or this is not an object). */
    JsonValueNode get(String name) {
        if (type != Type.OBJECT) {
            return null;
        }
        int at = indexOf(name);
        return at < 0 ? null : values[at];
    }

    /** The elements of an array in order; empty for anything else. */
    List<JsonValueNode> elements() {
        return type == Type.ARRAY ? Collections.unmodifiableList(Arrays.asList(values).subList(0, size)) : List.of();
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
