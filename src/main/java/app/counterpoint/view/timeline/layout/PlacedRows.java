package app.counterpoint.view.timeline.layout;

import java.util.Arrays;

/**
 * The positions of a lane's events that got a row, each with its row, collected while the lane is stacked: a frame of
 * a million events gives a row to a few hundred, and records only those.
 */
final class PlacedRows {

    private int[] positions = new int[64];
    private int[] rows = new int[64];
    private int size;

    void add(int position, int row) {
        if (size == positions.length) {
            positions = Arrays.copyOf(positions, size * 2);
            rows = Arrays.copyOf(rows, size * 2);
        }
        positions[size] = position;
        rows[size] = row;
        size++;
    }

    /** How many are recorded, to go back to with {@link #truncate}. */
    int size() {
        return size;
    }

    /** Forgets all recorded after the first {@code count}. */
    void truncate(int count) {
        size = count;
    }

    /** The positions and their rows, by position: {@code [0]} the positions, {@code [1]} the rows. */
    int[][] ascending() {
        long[] packed = new long[size];
        for (int k = 0; k < size; k++) {
            packed[k] = ((long) positions[k] << 32) | (rows[k] & 0xFFFF_FFFFL);
        }
        Arrays.sort(packed);
        int[] outPositions = new int[size];
        int[] outRows = new int[size];
        for (int k = 0; k < size; k++) {
            outPositions[k] = (int) (packed[k] >>> 32);
            outRows[k] = (int) packed[k];
        }
        return new int[][] {outPositions, outRows};
    }
}
