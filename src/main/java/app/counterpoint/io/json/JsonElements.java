package app.counterpoint.io.json;

import java.util.AbstractList;
import java.util.RandomAccess;

/** The elements of a JSON array in a {@link JsonTape}, as views made on access. */
final class JsonElements extends AbstractList<JsonValueNode> implements RandomAccess {

    private final JsonTape tape;
    private final int[] slots;
    private final int size;

    JsonElements(JsonTape tape, int[] slots, int size) {
        this.tape = tape;
        this.slots = slots;
        this.size = size;
    }

    @Override
    public JsonValueNode get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return tape.node(slots[index]);
    }

    @Override
    public int size() {
        return size;
    }
}
