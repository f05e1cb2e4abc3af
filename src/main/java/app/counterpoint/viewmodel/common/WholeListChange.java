package app.counterpoint.viewmodel.common;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * A change that replaced every element of a list: the old elements by the list's contents now, in one step. Fired
 * as it is, instead of through {@code ObservableListBase}'s change builder, which copies each removed element into a
 * list of its own (at 1,000,000 events, a third of a filter change went into that copy).
 *
 * @param <E> the elements
 */
public final class WholeListChange<E> extends ListChangeListener.Change<E> {

    private final List<E> removed;
    private boolean onStep;

    /**
     * @param list    the list whose contents are new
     * @param removed what it held before: read while listeners look, so it must not change until they are done
     */
    public WholeListChange(ObservableList<E> list, List<E> removed) {
        super(list);
        this.removed = removed;
    }

    @Override
    public boolean next() {
        if (onStep) {
            return false;
        }
        onStep = true;
        return true;
    }

    @Override
    public void reset() {
        onStep = false;
    }

    @Override
    public int getFrom() {
        checkOnStep();
        return 0;
    }

    @Override
    public int getTo() {
        checkOnStep();
        return getList().size();
    }

    @Override
    public List<E> getRemoved() {
        checkOnStep();
        return removed;
    }

    @Override
    protected int[] getPermutation() {
        checkOnStep();
        return new int[0];
    }

    private void checkOnStep() {
        if (!onStep) {
            throw new IllegalStateException("call next() first");
        }
    }
}
