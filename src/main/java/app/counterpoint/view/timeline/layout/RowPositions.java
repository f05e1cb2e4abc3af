package app.counterpoint.view.timeline.layout;

import java.util.Arrays;

/** The positions of a lane's events that got a row, collected while it is stacked. */
final class RowPositions {

    private int[] at = new int[64];
    private int size;

    void add(int position) {
        if (size == at.length) {
            at = Arrays.copyOf(at, size * 2);
        }
        at[size++] = position;
    }

    int[] ascending() {
        int[] out = Arrays.copyOf(at, size);
        Arrays.sort(out);
        return out;
    }
}
