package app.counterpoint.io;

import java.util.List;

/**
 * A JSON value that remembers where it starts in the file. Jackson's own tree keeps no locations, and every problem
 * must point at a line and column. Scalars are this class; objects and arrays are {@link JsonContainerNode}, so the
 * million scalars of a large story do not carry container fields.
 */
class JsonValueNode {

    enum Type { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    private static final Type[] TYPES = Type.values();
    private static final int TYPE_BITS = 3;

    /**
     * The line shifted left, with the type in the low bits: one int field less makes each of the two million nodes
     * of a large story 8 bytes smaller, and copying them is much of the garbage collection while loading. Lines
     * of a file within {@link StoryReader#MAX_FILE_BYTES} fit easily in the remaining 29 bits.
     */
    private final int lineAndType;
    private final int column;
    /** The text of a string, number or boolean; {@code null} for containers and null. */
    private final String text;

    JsonValueNode(Type type, int line, int column, String text) {
        this.lineAndType = (line << TYPE_BITS) | type.ordinal();
        this.column = column;
        this.text = text;
    }

    static JsonValueNode container(Type type, int line, int column) {
        return new JsonContainerNode(type, line, column);
    }

    static JsonValueNode scalar(Type type, String text, int line, int column) {
        return new JsonValueNode(type, line, column, text);
    }

    /** Adds a field; returns the value the name had before (a duplicate name, which it replaces), or {@code null}. */
    JsonValueNode put(String name, JsonValueNode value) {
        throw new UnsupportedOperationException("not an object");
    }

    void add(JsonValueNode element) {
        throw new UnsupportedOperationException("not an array");
    }

    /** The field's value, or {@code null} when the object has no such field (or this is not an object). */
    JsonValueNode get(String name) {
        return null;
    }

    /** The elements of an array in order; empty for anything else. */
    List<JsonValueNode> elements() {
        return List.of();
    }

    Type type() {
        return TYPES[lineAndType & ((1 << TYPE_BITS) - 1)];
    }

    int line() {
        return lineAndType >> TYPE_BITS;
    }

    int column() {
        return column;
    }

    String text() {
        return text;
    }

    boolean isObject() {
        return type() == Type.OBJECT;
    }

    boolean isArray() {
        return type() == Type.ARRAY;
    }

    boolean isString() {
        return type() == Type.STRING;
    }

    boolean isNull() {
        return type() == Type.NULL;
    }

    /** How a person would name what this value is, for "expected … but found …" messages. */
    String describe() {
        return switch (type()) {
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
