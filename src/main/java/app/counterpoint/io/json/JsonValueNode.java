package app.counterpoint.io.json;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.problem.Located;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it starts in the file. Jackson's own tree keeps no locations, and every problem
 * must point at a line and column. This is a small view of one slot of a {@link JsonTape}: views are made as the
 * validator asks for them and die young, while the tree itself stays in the tape's arrays.
 */
public final class JsonValueNode implements Located {

    public enum Type {
        OBJECT,
        ARRAY,
        STRING,
        NUMBER,
        BOOLEAN,
        NULL
    }

    private final JsonTape tape;
    private final int slot;

    JsonValueNode(JsonTape tape, int slot) {
        this.tape = tape;
        this.slot = slot;
    }

    /** The field's value, or {@code null} when the object has no such field (or this is not an object). */
    public JsonValueNode get(String name) {
        if (!isObject()) {
            return null;
        }
        int member = tape.member(slot, name);
        return member < 0 ? null : tape.node(member);
    }

    /** Whether this is an array with at least one element, without listing them. */
    public boolean hasElements() {
        return isArray() && tape.firstMember(slot) < tape.next(slot);
    }

    /** The elements of an array in order; empty for anything else. */
    public List<JsonValueNode> elements() {
        if (!isArray()) {
            return List.of();
        }
        int end = tape.next(slot);
        int[] slots = new int[Math.min(end - slot - 1, 4)];
        int count = 0;
        for (int e = tape.firstMember(slot); e < end; e = tape.next(e)) {
            if (count == slots.length) {
                slots = Arrays.copyOf(slots, Math.min(end - slot - 1, count * 2));
            }
            slots[count++] = e;
        }
        return new JsonElements(tape, slots, count);
    }

    /**
     * The members of this object whose names are not in {@code known}, in file order, as name and compact JSON
     * text; empty (and no list made) when there are none, as for nearly every object, or when this is no object.
     */
    public List<Map.Entry<String, String>> membersOutside(String[] known) {
        if (!isObject()) {
            return List.of();
        }
        int m = tape.firstMemberOutside(slot, known);
        if (m < 0) {
            return List.of();
        }
        List<Map.Entry<String, String>> found = new ArrayList<>(2);
        while (m >= 0) {
            found.add(Map.entry(tape.name(m), JsonText.of(tape, m)));
            m = tape.nextMemberOutside(slot, tape.next(m), known);
        }
        return found;
    }

    public Type type() {
        return tape.type(slot);
    }

    @Override
    public int line() {
        return tape.line(slot);
    }

    @Override
    public int column() {
        return tape.column(slot);
    }

    public String text() {
        return tape.text(slot);
    }

    /**
     * How many times more this text was in its list: a story's lists keep a repeated text once ({@link
     * StreamPlan}), so a reference listed fifteen million times costs one value, not fifteen million.
     */
    public int repeats() {
        return tape.repeats(slot);
    }

    /** Where this text is first repeated in its list; {@code null} when it is not. */
    public Located firstRepeat() {
        int[] at = tape.firstRepeat(slot);
        return at == null ? null : new Place(at[0], at[1]);
    }

    /** A place in the file, kept after the values around it are forgotten. */
    public Located place() {
        return new Place(line(), column());
    }

    private record Place(int line, int column) implements Located {}

    public boolean isObject() {
        return type() == Type.OBJECT;
    }

    public boolean isArray() {
        return type() == Type.ARRAY;
    }

    public boolean isString() {
        return type() == Type.STRING;
    }

    public boolean isNull() {
        return type() == Type.NULL;
    }

    /** How a person would name what this value is, for "expected … but found …" messages. */
    public String describe() {
        return described().english();
    }

    /** {@link #describe()} in the reader's language; JSON's own words (true, null) and the file's text stay. */
    public LocalText described() {
        return switch (type()) {
            case OBJECT -> LocalText.of("problem.found.object");
            case ARRAY -> LocalText.of("problem.found.list");
            case STRING -> LocalText.of("problem.found.text", shorten(text()));
            case NUMBER -> LocalText.of("problem.found.number", shorten(text()));
            case BOOLEAN -> LocalText.of("problem.found.value", text());
            case NULL -> LocalText.of("problem.found.null");
        };
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
