package app.counterpoint.viewmodel.edit;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One side, topic or source a form lets the user tick, with its colour (or null) for the view. */
public final class FormChoice {

    private final String id;
    private final String label;
    private final String color;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");

    public FormChoice(String id, String label, String color, boolean selected) {
        this.id = id;
        this.label = label;
        this.color = color;
        this.selected.set(selected);
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String color() {
        return color;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    @Override
    public String toString() {
        return label;
    }
}
