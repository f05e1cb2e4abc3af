package app.counterpoint.viewmodel.filter;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One item of a filter (a topic or an actor) that the user can switch on and off, with the number of events it
 * concerns so the filter can show it beside the name.
 *
 * @param <T> the model item, e.g. a Topic or an Actor
 */
public final class ToggleChoice<T> {

    private final T item;
    private final String id;
    private final String label;
    private final String color;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected", true);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");

    public ToggleChoice(T item, String id, String label, String color, int count) {
        this.item = item;
        this.id = id;
        this.label = label;
        this.color = color;
        this.count.set(count);
    }

    public T item() {
        return item;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The CSS colour of the item, from the story. */
    public String color() {
        return color;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    public void setSelected(boolean value) {
        selected.set(value);
    }

    /** How many events of the whole story this item concerns. */
    public int getCount() {
        return count.get();
    }

    /** What the count counts, in words: "1 event", "4 events". */
    public String countText() {
        return count.get() + (count.get() == 1 ? " event" : " events");
    }

    /** How many events of the whole story this item concerns, kept up to date while the story is edited. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    void setCount(int value) {
        count.set(value);
    }

    @Override
    public String toString() {
        return label;
    }
}
