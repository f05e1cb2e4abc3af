package app.counterpoint.model;

import java.util.Objects;

/**
 * One side of the story (e.g. the White House, the Kremlin).
 *
 * @param color a CSS colour; the reader fills it from the palette when the story gives none
 * @param extra the fields of the file this version does not know, written back on saving
 */
public record Actor(String id, String name, String color, ExtraFields extra) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
        extra = ExtraFields.orNone(extra);
    }

    public Actor(String id, String name, String color) {
        this(id, name, color, ExtraFields.NONE);
    }
}
