package app.counterpoint.model;

import java.util.Objects;

/**
 * A subject the sides speak about (e.g. Syria, terrorism).
 *
 * @param color a CSS colour; the reader fills it from the palette when the story gives none
 */
public record Topic(String id, String label, String color) {

    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(color, "color");
    }
}
