package app.counterpoint.viewmodel.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A change to one of a story's lists (its events, its statements, …) as the items it touches, never a copy of the
 * list: items replaced in place, removed and inserted, each with its index. Applying it gives the new list; reverting
 * gives the old one back. Indexes: replacements and removals count in the old list, insertions in the new one.
 * Applying replaces, then removes (from the back), then inserts (from the front); reverting undoes those steps in the
 * opposite order, so a reorder is a removal and an insertion of the same item.
 *
 * @param <T> the kind of item
 */
public record ListChange<T>(List<Placed<T>> replaced, List<Placed<T>> removed, List<Placed<T>> inserted) {

    /** An item at an index; for a replacement, {@code before} is the old item and {@code item} the new one. */
    public record Placed<T>(int index, T before, T item) {}

    private static final ListChange<?> NONE = new ListChange<>(List.of(), List.of(), List.of());

    public ListChange {
        replaced = sorted(replaced);
        removed = sorted(removed);
        inserted = sorted(inserted);
    }

    private static <T> List<Placed<T>> sorted(List<Placed<T>> placed) {
        List<Placed<T>> copy = new ArrayList<>(placed);
        copy.sort(Comparator.comparingInt(Placed::index));
        return Collections.unmodifiableList(copy);
    }

    @SuppressWarnings("unchecked")
    public static <T> ListChange<T> none() {
        return (ListChange<T>) NONE;
    }

    public static <T> ListChange<T> replace(int index, T before, T after) {
        return new ListChange<>(List.of(new Placed<>(index, before, after)), List.of(), List.of());
    }

    public static <T> ListChange<T> insert(int index, T item) {
        return new ListChange<>(List.of(), List.of(), List.of(new Placed<>(index, null, item)));
    }

    public static <T> ListChange<T> remove(int index, T item) {
        return new ListChange<>(List.of(), List.of(new Placed<>(index, null, item)), List.of());
    }

    /** Moves the item at {@code from} so that it ends up at {@code to} in the new list. */
    public static <T> ListChange<T> move(int from, int to, T item) {
        return new ListChange<>(
                List.of(), List.of(new Placed<>(from, null, item)), List.of(new Placed<>(to, null, item)));
    }

    public boolean isEmpty() {
        return replaced.isEmpty() && removed.isEmpty() && inserted.isEmpty();
    }

    /** Every item this change puts into the list, as the new list holds them. */
    public List<T> itemsAfter() {
        List<T> items = new ArrayList<>(replaced.size() + inserted.size());
        replaced.forEach(p -> items.add(p.item()));
        inserted.forEach(p -> items.add(p.item()));
        return items;
    }

    /** Every item this change takes out of the list, as the old list held them. */
    public List<T> itemsBefore() {
        List<T> items = new ArrayList<>(replaced.size() + removed.size());
        replaced.forEach(p -> items.add(p.before()));
        removed.forEach(p -> items.add(p.item()));
        return items;
    }

    /** The new list; the old one is left alone. Fails when {@code list} is not the list this change was made for. */
    public List<T> apply(List<T> list) {
        if (isEmpty()) {
            return list;
        }
        List<T> result = new ArrayList<>(list.size() + inserted.size());
        result.addAll(list);
        for (Placed<T> p : replaced) {
            expect(result, p.index(), p.before());
            result.set(p.index(), p.item());
        }
        for (int i = removed.size() - 1; i >= 0; i--) {
            Placed<T> p = removed.get(i);
            expect(result, p.index(), p.item());
            result.remove(p.index());
        }
        for (Placed<T> p : inserted) {
            result.add(p.index(), p.item());
        }
        return result;
    }

    /** The old list from the new one. */
    public List<T> revert(List<T> list) {
        if (isEmpty()) {
            return list;
        }
        List<T> result = new ArrayList<>(list);
        for (int i = inserted.size() - 1; i >= 0; i--) {
            Placed<T> p = inserted.get(i);
            expect(result, p.index(), p.item());
            result.remove(p.index());
        }
        for (Placed<T> p : removed) {
            result.add(p.index(), p.item());
        }
        for (Placed<T> p : replaced) {
            expect(result, p.index(), p.item());
            result.set(p.index(), p.before());
        }
        return result;
    }

    /**
     * This replacement followed by {@code next}, as one change, when both replace the same places only (the steps of
     * one drag); {@code null} when they cannot be merged.
     */
    public ListChange<T> then(ListChange<T> next) {
        if (next.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return next;
        }
        if (!removed.isEmpty() || !inserted.isEmpty() || !next.removed.isEmpty() || !next.inserted.isEmpty()) {
            return null;
        }
        if (replaced.size() != next.replaced.size()) {
            return null;
        }
        List<Placed<T>> merged = new ArrayList<>(replaced.size());
        for (int i = 0; i < replaced.size(); i++) {
            Placed<T> first = replaced.get(i);
            Placed<T> second = next.replaced.get(i);
            if (first.index() != second.index() || first.item() != second.before()) {
                return null;
            }
            merged.add(new Placed<>(first.index(), first.before(), second.item()));
        }
        return new ListChange<>(merged, List.of(), List.of());
    }

    private static <T> void expect(List<T> list, int index, T item) {
        if (index < 0 || index >= list.size() || list.get(index) != item) {
            throw new IllegalStateException("the change does not fit this list at index " + index);
        }
    }
}
