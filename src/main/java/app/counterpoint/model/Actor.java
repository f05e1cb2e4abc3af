package app.counterpoint.model;

import java.util.Objects;

/**
 * One side of the story (e.g. the White House, the Kremlin).
 *
 * @param color a CSS colour; the reader fills it from the palette when the story gives none
 */
public record Actor(String id, String name, String color) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
    }
}
