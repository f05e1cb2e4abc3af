package app.counterpoint.io.json;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The located JSON tree of one file as parallel arrays, one slot per value in file order; a container's members
 * follow it, and {@link #ends} says where its subtree stops. A 44 MB story has two million values: as objects, each
 * with its member arrays, they were several million live objects that every young collection copied while the
 * file was read, most of the loading time. As a handful of large arrays they are not copied at all.
 * {@link JsonValueNode} is the view the validators use.
 */
final class JsonTape {

    private static final int TYPE_BITS = 3;
    private static final JsonValueNode.Type[] TYPES = JsonValueNode.Type.values();

    /** The line shifted left with the type in the low bits. */
    private int[] linesAndTypes;

    private int[] columns;
    /** For each value the slot after its last descendant: its next sibling. Set when a container closes. */
    private int[] ends;
    /** The text of a string, number or boolean; {@code null} for containers and null. */
    private String[] texts;
    /** The field name of an object member; {@code null} for array elements and the root. */
    private String[] names;

    private int size;

    /**
     * For a text kept once in its list though it was there more often: {how many times more, the line and the column
     * of its first repeat}, by slot. {@code null} until a list repeats a text, as almost no file does.
     */
    private Map<Integer, int[]> repeats;

    /**
     * The slots that hold a field the reader does not know as compact JSON text ({@link #addRaw}); {@code null}
     * until a file has one, as almost no file does.
     */
    private BitSet raw;

    /** @param expectedValues a guess at the number of values; the arrays grow when it is too small */
    JsonTape(int expectedValues) {
        int capacity = Math.max(16, expectedValues);
        linesAndTypes = new int[capacity];
        columns = new int[capacity];
        ends = new int[capacity];
        texts = new String[capacity];
        names = new String[capacity];
    }

    /** Appends a value and returns its slot; a container's end is set by {@link #close}. */
    int add(JsonValueNode.Type type, String name, String text, int line, int column) {
        if (size == ends.length) {
            grow();
        }
        int slot = size++;
        linesAndTypes[slot] = (line << TYPE_BITS) | type.ordinal();
        columns[slot] = column;
        ends[slot] = slot + 1;
        texts[slot] = text;
        names[slot] = name;
        return slot;
    }

    /**
     * Appends a field nobody reads as one slot holding its compact JSON text: an object or a list of a million values
     * costs one slot, not a million. The slot has the value's type and no members.
     */
    int addRaw(JsonValueNode.Type type, String name, String json, int line, int column) {
        int slot = add(type, name, json, line, column);
        if (raw == null) {
            raw = new BitSet();
        }
        raw.set(slot);
        return slot;
    }

    /** Whether the slot holds a value as compact JSON text ({@link #addRaw}). */
    boolean isRaw(int slot) {
        return raw != null && raw.get(slot);
    }

    /** Counts one more occurrence of the text in this slot, in its list, at a place of its own. */
    void repeat(int slot, int line, int column) {
        if (repeats == null) {
            repeats = new HashMap<>();
        }
        int[] counted = repeats.computeIfAbsent(slot, s -> new int[] {0, line, column});
        counted[0]++;
    }

    /** How many times more the text in this slot was in its list; 0 for almost every value. */
    int repeats(int slot) {
        int[] counted = repeats == null ? null : repeats.get(slot);
        return counted == null ? 0 : counted[0];
    }

    /** {line, column} of the first repeat of the text in this slot, or {@code null} when it has none. */
    int[] firstRepeat(int slot) {
        int[] counted = repeats == null ? null : repeats.get(slot);
        return counted == null ? null : new int[] {counted[1], counted[2]};
    }

    /** The number of slots in use. */
    int size() {
        return size;
    }

    /**
     * Forgets the values from this slot on, once they have been decoded, so that the next ones take their place: a
     * story's entries are decoded one at a time and the tape never holds more than one of them.
     */
    void truncate(int slot) {
        Arrays.fill(texts, slot, size, null);
        Arrays.fill(names, slot, size, null);
        size = slot;
        if (raw != null) {
            raw.clear(slot, Math.max(slot, raw.length()));
        }
        if (repeats != null) {
            repeats.keySet().removeIf(s -> s >= slot);
        }
    }

    /** Ends a container after its last member so far. */
    void close(int slot) {
        ends[slot] = size;
    }

    JsonValueNode node(int slot) {
        return new JsonValueNode(this, slot);
    }

    JsonValueNode.Type type(int slot) {
        return TYPES[linesAndTypes[slot] & ((1 << TYPE_BITS) - 1)];
    }

    int line(int slot) {
        return linesAndTypes[slot] >> TYPE_BITS;
    }

    int column(int slot) {
        return columns[slot];
    }

    String text(int slot) {
        return texts[slot];
    }

    String name(int slot) {
        return names[slot];
    }

    /** The first member of a container; equal to {@link #next} of the container when it has none. */
    int firstMember(int slot) {
        return slot + 1;
    }

    /** The slot after this value and everything in it. */
    int next(int slot) {
        return ends[slot];
    }

    /**
     * The last member of the object with this name (a repeated name counts with its last value, as a reader of the
     * file would expect), or -1. Jackson interns field names and lookups use literals, so identity usually decides;
     * otherwise the names' cached hashes rule out nearly every other member before equals runs. One pass: a field
     * that is absent, as most optional ones are, costs one look at each member.
     */
    int member(int object, String name) {
        return member(object, name, ends[object]);
    }

    /** As {@link #member(int, String)} among the members before {@code end}, for an object still being read. */
    int member(int object, String name, int end) {
        int found = -1;
        int hash = name.hashCode();
        for (int m = object + 1; m < end; m = ends[m]) {
            String other = names[m];
            if (other == name || (other != null && other.hashCode() == hash && name.equals(other))) {
                found = m;
            }
        }
        return found;
    }

    /**
     * The first member of the object whose name is none of {@code known}, or -1. Field names are interned by
     * Jackson and {@code known} holds literals, so a known member costs a few identity comparisons; equals runs only
     * for a name identity does not find, which is rare: every object of a usual story has known fields only.
     */
    int firstMemberOutside(int object, String[] known) {
        return nextMemberOutside(object, object + 1, known);
    }

    /** As {@link #firstMemberOutside} from the member {@code from} on (a member slot of {@code object}). */
    int nextMemberOutside(int object, int from, String[] known) {
        int end = ends[object];
        for (int m = from; m < end; m = ends[m]) {
            if (!isKnown(names[m], known)) {
                return m;
            }
        }
        return -1;
    }

    private static boolean isKnown(String name, String[] known) {
        for (String k : known) {
            if (k == name) {
                return true;
            }
        }
        for (String k : known) {
            if (k.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private void grow() {
        int capacity = size + (size >> 1) + 16;
        linesAndTypes = Arrays.copyOf(linesAndTypes, capacity);
        columns = Arrays.copyOf(columns, capacity);
        ends = Arrays.copyOf(ends, capacity);
        texts = Arrays.copyOf(texts, capacity);
        names = Arrays.copyOf(names, capacity);
    }
}
