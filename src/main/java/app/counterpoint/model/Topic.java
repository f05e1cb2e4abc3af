package app.counterpoint.model;

import java.util.Objects;

/**
 * A subject the sides speak about (e.g. Syria, terrorism).
 *
 * @param color a CSS colour; the reader fills it from the palette when the story gives none
 * @param extra the fields of the file this version does not know, written back on saving
 */
public record Topic(String id, String label, String color, ExtraFields extra) {

    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(color, "color");
        extra = ExtraFields.orNone(extra);
    }

    public Topic(String id, String label, String color) {
        this(id, label, color, ExtraFields.NONE);
    }
}
