package app.counterpoint.view.timeline.layout;

import java.util.Arrays;

/**
 * How tall each lane is and how many rows it has, from how many events each lane holds in the whole (shown) story and
 * the height there is: never from the visible window, so lanes keep their size while the user pans and zooms. A lane
 * gets at least the rows that keep it from being only clusters (two, or one for a lane of one event); while there is
 * room, lanes get a row more each in turn, up to one per event; what is left is shared out so the lanes fill the view.
 * When even the least rows do not fit, the lanes are taller than the view and scroll.
 *
 * @param rows          rows per lane
 * @param tops          each lane's top, from the top of the lanes' area (content coordinates, before scrolling)
 * @param bottoms       each lane's bottom
 * @param contentHeight the height of all lanes together; more than the view's when they scroll
 */
public record LanePlan(int[] rows, double[] tops, double[] bottoms, double contentHeight) {

    /** The least rows a lane of {@code events} events has. */
    static int leastRows(int events) {
        return events <= 1 ? 1 : 2;
    }

    /** The height of a lane of {@code rows} rows. */
    static double bandHeight(int rows, LayoutMetrics metrics) {
        return metrics.laneHeaderHeight() + 2 * metrics.lanePadding() + rows * metrics.rowHeight();
    }

    /**
     * The plan for lanes holding {@code counts} events each in a view {@code available} pixels tall.
     *
     * @param counts how many shown events each lane holds in the whole story
     */
    public static LanePlan of(int[] counts, double available, LayoutMetrics metrics) {
        int lanes = counts.length;
        int[] rows = new int[lanes];
        double total = 0;
        for (int i = 0; i < lanes; i++) {
            rows[i] = leastRows(counts[i]);
            total += bandHeight(rows[i], metrics);
        }
        double row = metrics.rowHeight();
        if (lanes == 1) {
            // One lane fills the view with as many rows as fit, however few events it has: nothing to share.
            int fit = (int) Math.floor((available - bandHeight(0, metrics)) / row);
            rows[0] = Math.max(rows[0], fit);
            total = bandHeight(rows[0], metrics);
        } else {
            boolean grew = true;
            while (grew && total + row <= available) {
                grew = false;
                for (int i = 0; i < lanes && total + row <= available; i++) {
                    if (rows[i] < counts[i]) {
                        rows[i]++;
                        total += row;
                        grew = true;
                    }
                }
            }
        }
        double spare = lanes == 0 ? 0 : Math.max(0, available - total) / lanes;
        double[] tops = new double[lanes];
        double[] bottoms = new double[lanes];
        double y = 0;
        for (int i = 0; i < lanes; i++) {
            tops[i] = y;
            y += bandHeight(rows[i], metrics) + spare;
            bottoms[i] = y;
        }
        return new LanePlan(rows, tops, bottoms, Math.max(y, lanes == 0 ? 0 : available));
    }

    /**
     * The height lanes holding {@code counts} events each would like: in one lane up to {@code singleLaneRows} rows,
     * one per event; in several lanes their least rows each. The main window gives the timeline this much when it can.
     */
    public static double preferredHeight(int[] counts, LayoutMetrics metrics, int singleLaneRows) {
        if (counts.length == 1) {
            return bandHeight(Math.max(leastRows(counts[0]), Math.min(counts[0], singleLaneRows)), metrics);
        }
        double total = 0;
        for (int count : counts) {
            total += bandHeight(leastRows(count), metrics);
        }
        return total;
    }

    /** The lanes whose band meets the view from {@code scrollY}, {@code height} tall: from (inclusive), to (exclusive). */
    int[] visibleLanes(double scrollY, double height) {
        int from = 0;
        while (from < tops.length && bottoms[from] <= scrollY) {
            from++;
        }
        int to = from;
        while (to < tops.length && tops[to] < scrollY + height) {
            to++;
        }
        return new int[] {from, to};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LanePlan p
                && Arrays.equals(rows, p.rows)
                && Arrays.equals(tops, p.tops)
                && Arrays.equals(bottoms, p.bottoms)
                && contentHeight == p.contentHeight;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(rows) * 31 + Arrays.hashCode(tops);
    }

    @Override
    public String toString() {
        return "LanePlan" + Arrays.toString(rows) + " " + Arrays.toString(tops) + " height " + contentHeight;
    }
}
