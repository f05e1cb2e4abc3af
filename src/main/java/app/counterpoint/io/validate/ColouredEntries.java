package app.counterpoint.io.validate;

import app.counterpoint.io.json.JsonValueNode;
import app.counterpoint.model.ColorPalette;
import app.counterpoint.model.ExtraFields;
import java.util.List;

/**
 * Reads the entries of actors or of topics, which are alike: an id, a required name (an actor's {@code name}, a
 * topic's {@code label}) and a colour of their own, or else the palette's next one for their kind.
 */
final class ColouredEntries<T> {

    /** Makes an actor or a topic of its read fields. */
    interface Make<T> {
        T of(String id, String name, String color, ExtraFields extra);
    }

    private final NodeFields fields;
    private final String nameField;
    private final String[] known;
    private final Make<T> make;
    private final List<T> kept;
    /** How many entries of this kind came without a colour: the next one takes the palette's colour after. */
    private int uncoloured;

    ColouredEntries(NodeFields fields, String nameField, String[] known, Make<T> make, List<T> kept) {
        this.fields = fields;
        this.nameField = nameField;
        this.known = known;
        this.make = make;
        this.kept = kept;
    }

    /** Reads an entry's fields; what keeps it once they added no problem. */
    Runnable read(String path, JsonValueNode entry, JsonValueNode id) {
        String name = fields.requiredText(entry, path, nameField);
        String given = fields.color(entry, path, "color");
        JsonValueNode color = entry.get("color");
        String chosen =
                given == null && (color == null || color.isNull()) ? ColorPalette.colorFor(uncoloured++) : given;
        return () -> kept.add(make.of(id.text(), name, chosen, NodeFields.extra(entry, known)));
    }
}
