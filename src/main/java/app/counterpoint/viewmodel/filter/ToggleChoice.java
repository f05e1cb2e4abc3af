package app.counterpoint.viewmodel.filter;

import app.counterpoint.viewmodel.common.Choice;
import app.counterpoint.viewmodel.common.MarkerShape;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * One item of a filter (a topic or an actor) that the user can switch on and off, with the number of events it
 * concerns so the filter can show it beside the name, and the shape that marks it beside its colour (by its place in
 * the story, as the timeline draws it).
 *
 * @param <T> the model item, e.g. a Topic or an Actor
 */
public final class ToggleChoice<T> extends Choice {

    private final T item;
    private final MarkerShape shape;
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");

    public ToggleChoice(T item, String id, String label, String color, MarkerShape shape, int count) {
        super(id, label, color, true);
        this.item = item;
        this.shape = shape;
        this.count.set(count);
    }

    public T item() {
        return item;
    }

    /** The item's shape, drawn beside (or as) its colour swatch. */
    public MarkerShape shape() {
        return shape;
    }

    public void setSelected(boolean value) {
        selectedProperty().set(value);
    }

    /** How many events of the whole story this item concerns. */
    public int getCount() {
        return count.get();
    }

    /** How many events of the whole story this item concerns, kept up to date while the story is edited. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    void setCount(int value) {
        count.set(value);
    }
}
