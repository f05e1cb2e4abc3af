package app.counterpoint.view.timeline.layout;

import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Gives one lane's events their rows. Events are taken by start and each goes to the first row where its stacking box
 * fits (see {@link ItemGeometry}). The lane is cut into <em>runs</em> at clean gaps, where nothing before can reach
 * what comes after: every run is stacked on its own, so an event's row depends only on the scale and its own run,
 * never on which events the window shows, and rows stay put while the user pans. A run that overflows its rows keeps
 * its last row for cluster markers, each counting the events of a neighbourhood that found no row; a marker that
 * would count a single event shows that event instead (see {@link LaneClusters}). What a frame records is bounded by
 * its pixel columns, not its events: the rows of the events that found one, and the others as stretches.
 */
final class LaneStacker {

    /**
     * A marker gathered in a lane, in canvas pixels.
     *
     * @param left   where its badge starts; at or after the anchor of its first event, less half a bar's height
     * @param finest the finest date precision among its events (in a crowd of thousands, among a sample of them)
     * @param oneDate whether all its events start and end at the same instants: no zoom can separate them
     */
    record Gathered(
            double left,
            double right,
            int count,
            long startSecond,
            long endSecond,
            DatePrecision finest,
            boolean oneDate,
            Event first) {}

    /**
     * The events of one lane that got a row, and its markers, left to right.
     *
     * @param placed the positions that got a row, ascending: a frame of a million events gives a row to a few hundred,
     *               and looks only at those
     * @param rows   the row of each of {@code placed}
     */
    record Stacked(int[] placed, int[] rows, int clusterRow, List<Gathered> markers) {}

    private final TimedEvents events;
    private final ItemGeometry geometry;
    private final LaneClusters clusters;

    LaneStacker(TimedEvents events, ItemGeometry geometry, ToDoubleFunction<String> textWidth) {
        this.events = events;
        this.geometry = geometry;
        this.clusters = new LaneClusters(events, geometry, textWidth);
    }

    /**
     * Stacks the lane's events (positions in {@link #events}, by start) in {@code rows} rows.
     *
     * @param reach where anything before these events may reach, in canvas pixels: a run begins only past it
     */
    Stacked stack(int[] lane, int rows, double reach) {
        LaneOverflow overflow = new LaneOverflow();
        List<Gathered> markers = new ArrayList<>();
        PlacedRows placed = new PlacedRows();
        if (lane.length == events.size()) {
            // The lane holds every event (positions are distinct and ascending, so it is 0, 1, 2, ...): its clean gaps
            // are found by search over the latest ends, not by a walk over a million events at the whole story's zoom.
            int runFrom = 0;
            while (runFrom < lane.length) {
                int gap = nextCleanGap(runFrom, reach);
                stackRun(lane, runFrom, gap, rows, overflow, markers, placed);
                runFrom = gap;
            }
            return stacked(placed, rows, markers);
        }
        double spacing = geometry.metrics().itemSpacing();
        long[] starts = events.starts();
        long[] ends = events.ends();
        int runFrom = 0;
        double furthest = reach;
        for (int p = 0; p <= lane.length; p++) {
            boolean cleanGap =
                    p == lane.length || (p > runFrom && furthest + spacing <= geometry.leastLeftFrom(starts[lane[p]]));
            if (cleanGap && p > runFrom) {
                stackRun(lane, runFrom, p, rows, overflow, markers, placed);
                runFrom = p;
            }
            if (p < lane.length) {
                int i = lane[p];
                furthest = Math.max(furthest, geometry.mostRight(starts[i], ends[i]));
            }
        }
        return stacked(placed, rows, markers);
    }

    private static Stacked stacked(PlacedRows placed, int rows, List<Gathered> markers) {
        int[][] ascending = placed.ascending();
        return new Stacked(ascending[0], ascending[1], Math.max(rows - 1, 0), markers);
    }

    /**
     * For a lane of every event: the first position after {@code from} where nothing before (nor {@code reach}) comes
     * within a spacing of its stacking box, or the size when none is. The same test as the walk in {@link #stack},
     * with what the events before a position reach taken from the latest end and the last start before it; positions
     * that surely fail it (their box starts before what reaches furthest so far) are passed over by binary search.
     */
    private int nextCleanGap(int from, double reach) {
        double spacing = geometry.metrics().itemSpacing();
        long[] starts = events.starts();
        long[] latestEnds = events.latestEnds();
        int n = starts.length;
        int p = from + 1;
        while (p < n) {
            double furthest = Math.max(reach, geometry.mostRight(starts[p - 1], latestEnds[p - 1]));
            if (furthest + spacing <= geometry.leastLeftFrom(starts[p])) {
                return p;
            }
            double beyond = Math.max(furthest, geometry.mostRight(starts[p], latestEnds[p])) + spacing;
            p = firstWithLeastLeftFrom(starts, p + 1, n, beyond);
        }
        return n;
    }

    /** The first position in {@code [from, to)} whose stacking box can start no earlier than {@code x}. */
    private int firstWithLeastLeftFrom(long[] starts, int from, int to, double x) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (geometry.leastLeftFrom(starts[mid]) < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void stackRun(
            int[] lane, int from, int to, int rows, LaneOverflow overflow, List<Gathered> out, PlacedRows placed) {
        int mark = placed.size();
        overflow.clear();
        if (stackRows(lane, from, to, rows, overflow, placed, true) == 0) {
            return;
        }
        // Start again keeping the last row for clusters.
        placed.truncate(mark);
        overflow.clear();
        stackRows(lane, from, to, rows - 1, overflow, placed, false);
        clusters.gather(lane, overflow, Math.max(rows - 1, 0), out, placed);
    }

    /**
     * Greedy first-fit over positions {@code from} to {@code to}: adds each event that finds a row to {@code placed}
     * and each that does not to {@code overflow}, and returns how many found none; or, as a {@code probe}, returns 1
     * at the first miss (enough to know the run needs a cluster row).
     */
    private int stackRows(
            int[] lane, int from, int to, int rows, LaneOverflow overflow, PlacedRows placed, boolean probe) {
        double[] rowRight = new double[Math.max(rows, 0)];
        Arrays.fill(rowRight, Double.NEGATIVE_INFINITY);
        double spacing = geometry.metrics().itemSpacing();
        double leastRowRight = rows > 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        List<Event> list = events.events();
        long[] starts = events.starts();
        long[] ends = events.ends();
        double lastMissAnchor = Double.NaN;
        for (int p = from; p < to; p++) {
            int i = lane[p];
            double reject = Math.max(
                    leastRowRight + spacing,
                    Double.isNaN(lastMissAnchor) ? Double.NEGATIVE_INFINITY : lastMissAnchor + 1);
            if (reject > Double.NEGATIVE_INFINITY) {
                // Skip the run of events that surely anchor where the test below would reject them anyway: one
                // stretch of the overflow, however many events it holds.
                int skipTo = firstStartingFrom(lane, p, to, starts, geometry.startLimitForAnchorsBefore(reject));
                if (skipTo > p) {
                    if (probe) {
                        return 1;
                    }
                    overflow.add(p, skipTo);
                    p = skipTo - 1;
                    continue;
                }
            }
            Event event = list.get(i);
            double anchor = geometry.anchorX(event, starts[i], ends[i]);
            // A box never starts right of its anchor, so when every row is taken there, it cannot fit; and one that
            // starts within a pixel of an item that just found no row would not either. Rejecting both without
            // measuring labels keeps crowded windows cheap: at most one measurement per pixel column.
            int row = -1;
            if (!(anchor < leastRowRight + spacing || anchor - lastMissAnchor < 1)) {
                double left = geometry.stackLeft(event, starts[i], ends[i], anchor);
                for (int r = 0; r < rows; r++) {
                    if (left >= rowRight[r] + spacing) {
                        row = r;
                        break;
                    }
                }
                lastMissAnchor = row < 0 ? anchor : Double.NaN;
            }
            if (row < 0) {
                if (probe) {
                    return 1;
                }
                overflow.add(p, p + 1);
                continue;
            }
            rowRight[row] = geometry.stackRight(event, starts[i], ends[i]);
            leastRowRight = min(rowRight);
            placed.add(p, row);
        }
        return overflow.size();
    }

    /**
     * One marker for several (markers of long bars that begin left of the canvas and reach into it), with their
     * counts added, its badge starting where the first one's does.
     */
    Gathered combined(List<Gathered> markers) {
        return clusters.combined(markers);
    }

    private static double min(double[] values) {
        double least = Double.POSITIVE_INFINITY;
        for (double v : values) {
            least = Math.min(least, v);
        }
        return least;
    }

    /** The first position in {@code [from, to)} whose event starts at or after {@code limit}; events are by start. */
    static int firstStartingFrom(int[] positions, int from, int to, long[] starts, double limit) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[positions[mid]] < limit) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
