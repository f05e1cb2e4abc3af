package app.counterpoint.io;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object or array with its members in file order. Members live in plain arrays, not a LinkedHashMap per
 * object: a 30 MB story has hundreds of thousands of objects, and map entries doubled the memory and the time spent
 * collecting it.
 */
final class JsonContainerNode extends JsonValueNode {

    /** Objects with more fields than this get a hash index, so duplicate checks and lookups stay linear overall. */
    private static final int INDEX_THRESHOLD = 16;

    private String[] names;
    private JsonValueNode[] values;
    private int size;
    private Map<String, Integer> index;

    JsonContainerNode(Type type, int line, int column) {
        super(type, line, column, null);
        if (type == Type.OBJECT) {
            names = new String[8];
            values = new JsonValueNode[8];
        } else if (type == Type.ARRAY) {
            // most lists in a story are one or two references; the big top-level lists grow by doubling
            values = new JsonValueNode[2];
        } else {
            throw new IllegalArgumentException(type + " is not a container");
        }
    }

    @Override
    JsonValueNode put(String name, JsonValueNode value) {
        if (!isObject()) {
            return super.put(name, value);
        }
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

    @Override
    void add(JsonValueNode element) {
        if (!isArray()) {
            super.add(element);
            return;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = element;
    }

    @Override
    JsonValueNode get(String name) {
        if (!isObject()) {
            return null;
        }
        int at = indexOf(name);
        return at < 0 ? null : values[at];
    }

    @Override
    List<JsonValueNode> elements() {
        return isArray() ? Collections.unmodifiableList(Arrays.asList(values).subList(0, size)) : List.of();
    }

    private int indexOf(String name) {
        if (index != null) {
            Integer at = index.get(name);
            return at == null ? -1 : at;
        }
        // Jackson interns field names and lookups use literals, so identity usually decides without touching the
        // name objects at all (on a cold tree each touch is a cache miss); equals only runs when identity finds none.
        for (int i = 0; i < size; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        int hash = name.hashCode();
        for (int i = 0; i < size; i++) {
            String candidate = names[i];
            if (candidate.hashCode() == hash && candidate.equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
