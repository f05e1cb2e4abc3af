package app.counterpoint.viewmodel.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One side, topic or source a person can tick: its id, its name, its colour (or null) for the view, and whether it
 * is ticked. A form's choice ({@code edit.FormChoice}) and a filter's ({@code filter.ToggleChoice}) build on it.
 */
public abstract class Choice {

    private final String id;
    private final String label;
    private final String color;
    private final BooleanProperty selected;

    protected Choice(String id, String label, String color, boolean selected) {
        this.id = id;
        this.label = label;
        this.color = color;
        this.selected = new SimpleBooleanProperty(this, "selected", selected);
    }

    public final String id() {
        return id;
    }

    public final String label() {
        return label;
    }

    /** The CSS colour of the item, from the story, or null. */
    public final String color() {
        return color;
    }

    public final BooleanProperty selectedProperty() {
        return selected;
    }

    public final boolean isSelected() {
        return selected.get();
    }

    @Override
    public String toString() {
        return label;
    }
}
