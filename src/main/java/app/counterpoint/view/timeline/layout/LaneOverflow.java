package app.counterpoint.view.timeline.layout;

import java.util.Arrays;

/**
 * The positions of a run's events that found no row, ascending, kept as stretches of consecutive positions: in a
 * crowd the stacker passes over thousands at a time, and a stretch records them in one step instead of one by one.
 * An <em>index</em> counts the positions in order (the k-th that found no row); a <em>position</em> is in the lane.
 */
final class LaneOverflow {

    private int[] from = new int[16];
    private int[] to = new int[16];
    /** How many positions the stretches before each one hold: the index of its first position. */
    private int[] before = new int[16];

    private int stretches;
    private int size;
    /** The stretch last looked up: the gatherer walks the indices in order, so the next is mostly in it or after. */
    private int cursor;

    void clear() {
        stretches = 0;
        size = 0;
        cursor = 0;
    }

    /** How many positions found no row. */
    int size() {
        return size;
    }

    /** Adds the positions {@code first} (inclusive) to {@code last} (exclusive), after every one added so far. */
    void add(int first, int last) {
        if (last <= first) {
            return;
        }
        if (stretches > 0 && to[stretches - 1] == first) {
            to[stretches - 1] = last;
        } else {
            if (stretches == from.length) {
                from = Arrays.copyOf(from, stretches * 2);
                to = Arrays.copyOf(to, stretches * 2);
                before = Arrays.copyOf(before, stretches * 2);
            }
            from[stretches] = first;
            to[stretches] = last;
            before[stretches] = size;
            stretches++;
        }
        size += last - first;
    }

    /** The position of the {@code index}-th. */
    int position(int index) {
        int s = stretchOf(index);
        return from[s] + index - before[s];
    }

    /** The stretch holding the {@code index}-th. */
    private int stretchOf(int index) {
        int c = Math.min(cursor, stretches - 1);
        if (c >= 0 && before[c] <= index) {
            if (c + 1 >= stretches || before[c + 1] > index) {
                return c;
            }
            if (c + 2 >= stretches || before[c + 2] > index) {
                cursor = c + 1;
                return c + 1;
            }
        }
        int lo = 0;
        int hi = stretches - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (before[mid] <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        cursor = lo;
        return lo;
    }

    /** The index of the first position at or after {@code position}, or the size when there is none. */
    int indexFrom(int position) {
        int lo = 0;
        int hi = stretches;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (to[mid] <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == stretches) {
            return size;
        }
        return before[lo] + Math.max(0, position - from[lo]);
    }

    /** The first stretch holding any of the {@code first}-th on, then on while {@link #holdsBefore}. */
    int stretchAt(int first) {
        return stretches == 0 ? 0 : stretchOf(first);
    }

    /** Whether stretch {@code s} holds any of the positions before the {@code last}-th. */
    boolean holdsBefore(int s, int last) {
        return s < stretches && before[s] < last;
    }

    /** The first position of stretch {@code s} that is at or after the {@code first}-th. */
    int startOf(int s, int first) {
        return from[s] + Math.max(0, first - before[s]);
    }

    /** The index of the first position of stretch {@code s} that is at or after the {@code first}-th. */
    int indexAtStartOf(int s, int first) {
        return Math.max(first, before[s]);
    }

    /** Just after the last position of stretch {@code s} that is before the {@code last}-th. */
    int endOf(int s, int last) {
        return from[s] + Math.min(to[s] - from[s], last - before[s]);
    }
}
