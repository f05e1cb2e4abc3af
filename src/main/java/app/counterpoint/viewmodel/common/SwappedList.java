package app.counterpoint.viewmodel.common;

import java.util.List;
import java.util.Objects;
import javafx.collections.ObservableListBase;

/**
 * A read-only observable list whose contents are replaced whole by another list, in one change: the new contents
 * are not copied into a list of its own, as {@code setAll} does (a filter change of a million events' rows walked a
 * million references three times: the removed ones for the change, the new ones twice into the backing list).
 *
 * @param <E> the elements
 */
public final class SwappedList<E> extends ObservableListBase<E> {

    private List<E> items = List.of();

    /** Shows {@code next} from now on, in one replacing change; the caller hands it over and never changes it. */
    public void swap(List<E> next) {
        Objects.requireNonNull(next, "next");
        List<E> old = items;
        if (old.isEmpty() && next.isEmpty()) {
            return;
        }
        items = next;
        fireChange(new WholeListChange<>(this, old));
    }

    @Override
    public E get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }
}
