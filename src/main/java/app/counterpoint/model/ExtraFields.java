package app.counterpoint.model;

import java.util.List;
import java.util.Objects;

/**
 * The fields of one object of a story file that this version of Counterpoint does not know (written by a later
 * version or another tool), kept so that saving writes them back unchanged: nothing a file holds is ever lost.
 *
 * @param fields in the order the file gave them
 */
public record ExtraFields(List<Field> fields) {

    /** No unknown fields: what almost every object has, shared. */
    public static final ExtraFields NONE = new ExtraFields(List.of());

    /**
     * One unknown field.
     *
     * @param json its value as compact JSON text, numbers written exactly as the file wrote them
     */
    public record Field(String name, String json) {

        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(json, "json");
        }
    }

    public ExtraFields {
        fields = List.copyOf(fields);
    }

    /** {@link #NONE} for {@code null}, else the fields themselves: records take either. */
    public static ExtraFields orNone(ExtraFields extra) {
        return extra == null ? NONE : extra;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }
}
