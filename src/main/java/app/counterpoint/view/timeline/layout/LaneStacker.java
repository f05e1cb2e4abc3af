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
 * would count a single event shows that event instead.
 */
final class LaneStacker {

    /** How many events of a cluster are looked at for the finest precision among them. */
    private static final int PRECISION_SAMPLE = 256;

    /** Row of an event that found no row and went into a cluster marker. */
    static final int CLUSTERED = -1;

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
     * The rows of one lane's events, in the order given, and its markers, left to right.
     *
     * @param placed the positions that got a row ({@code rows[p] >= 0}), ascending: a frame of a million events gives
     *               a row to a few hundred, and looks only at those
     */
    record Stacked(int[] rows, int clusterRow, List<Gathered> markers, int[] placed) {}

    private final TimedEvents events;
    private final ItemGeometry geometry;
    private final ToDoubleFunction<String> textWidth;

    LaneStacker(TimedEvents events, ItemGeometry geometry, ToDoubleFunction<String> textWidth) {
        this.events = events;
        this.geometry = geometry;
        this.textWidth = textWidth;
    }

    /**
     * Stacks the lane's events (positions in {@link #events}, by start) in {@code rows} rows.
     *
     * @param reach where anything before these events may reach, in canvas pixels: a run begins only past it
     */
    Stacked stack(int[] lane, int rows, double reach) {
        int[] rowOf = new int[lane.length];
        int[] overflow = new int[lane.length];
        List<Gathered> markers = new ArrayList<>();
        RowPositions placed = new RowPositions();
        if (lane.length == events.size()) {
            // The lane holds every event (positions are distinct and ascending, so it is 0, 1, 2, ...): its clean gaps
            // are found by search over the latest ends, not by a walk over a million events at the whole story's zoom.
            int runFrom = 0;
            while (runFrom < lane.length) {
                int gap = nextCleanGap(runFrom, reach);
                stackRun(lane, runFrom, gap, rows, rowOf, overflow, markers, placed);
                runFrom = gap;
            }
            return new Stacked(rowOf, Math.max(rows - 1, 0), markers, placed.ascending());
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
                stackRun(lane, runFrom, p, rows, rowOf, overflow, markers, placed);
                runFrom = p;
            }
            if (p < lane.length) {
                int i = lane[p];
                furthest = Math.max(furthest, geometry.mostRight(starts[i], ends[i]));
            }
        }
        return new Stacked(rowOf, Math.max(rows - 1, 0), markers, placed.ascending());
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
            int[] lane,
            int from,
            int to,
            int rows,
            int[] rowOf,
            int[] overflow,
            List<Gathered> out,
            RowPositions placed) {
        if (stackRows(lane, from, to, rows, rowOf, overflow, null) == 0) {
            for (int p = from; p < to; p++) {
                placed.add(p);
            }
            return;
        }
        // Start again keeping the last row for clusters.
        int missed = stackRows(lane, from, to, rows - 1, rowOf, overflow, placed);
        gather(lane, overflow, missed, Math.max(rows - 1, 0), rowOf, out, placed);
    }

    /**
     * Greedy first-fit over positions {@code from} to {@code to}; writes each event's row, or {@link #CLUSTERED}, and
     * returns how many found no row (their positions first in {@code overflow}) and adds those that did to
     * {@code placed}; or, when {@code placed} is null (a probe), returns 1 at the first miss (enough to know the run
     * needs a cluster row).
     */
    private int stackRows(int[] lane, int from, int to, int rows, int[] rowOf, int[] overflow, RowPositions placed) {
        boolean probe = placed == null;
        double[] rowRight = new double[Math.max(rows, 0)];
        Arrays.fill(rowRight, Double.NEGATIVE_INFINITY);
        double spacing = geometry.metrics().itemSpacing();
        int missed = 0;
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
                // Skip the run of events that surely anchor where the test below would reject them anyway.
                int skipTo = firstStartingFrom(lane, p, to, starts, geometry.startLimitForAnchorsBefore(reject));
                if (skipTo > p) {
                    if (probe) {
                        return 1;
                    }
                    for (int q = p; q < skipTo; q++) {
                        rowOf[q] = CLUSTERED;
                        overflow[missed++] = q;
                    }
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
                rowOf[p] = CLUSTERED;
                overflow[missed++] = p;
                continue;
            }
            rowRight[row] = geometry.stackRight(event, starts[i], ends[i]);
            leastRowRight = min(rowRight);
            rowOf[p] = row;
            if (!probe) {
                placed.add(p);
            }
        }
        return missed;
    }

    /** A run of overflow positions {@code from} to {@code to} (exclusive) gathered at a badge's place. */
    private record Group(int from, int to, double left, double right) {}

    /**
     * Gathers the positions {@code overflow[0..count)} into markers: an event joins the open marker when its anchor
     * lies within its badge. A marker of one event becomes that event, in the cluster row, where its mark fits between
     * its neighbours there; one that does not (a long bar) joins the marker before it, or the next one.
     */
    private void gather(
            int[] lane,
            int[] overflow,
            int count,
            int clusterRow,
            int[] rowOf,
            List<Gathered> out,
            RowPositions placed) {
        double spacing = geometry.metrics().itemSpacing();
        double half = geometry.metrics().barHeight() / 2;
        List<Event> list = events.events();
        long[] starts = events.starts();
        List<Group> groups = new ArrayList<>();
        int first = -1;
        double left = 0;
        double right = Double.NEGATIVE_INFINITY;
        int q = 0;
        while (q <= count) {
            if (first >= 0 && q < count) {
                // Events surely inside the open marker's reach join it without a look at each.
                int joinTo = firstStartingFrom(
                        overflow, q, count, lane, starts, geometry.startLimitForAnchorsBefore(right + spacing + half));
                int i = lane[overflow[q]];
                if (joinTo == q
                        && geometry.anchorX(list.get(i), starts[i], events.ends()[i]) - half < right + spacing) {
                    joinTo = q + 1;
                }
                if (joinTo > q) {
                    if (digits(joinTo - first) > digits(q - first)) {
                        // The count gained a digit: only then can the badge grow.
                        right = Math.max(right, left + badgeWidth(joinTo - first));
                    }
                    q = joinTo;
                    continue;
                }
            }
            if (first >= 0) {
                groups.add(new Group(first, q, left, right));
            }
            if (q == count) {
                break;
            }
            int i = lane[overflow[q]];
            double anchor = geometry.anchorX(list.get(i), starts[i], events.ends()[i]);
            first = q;
            left = Math.max(anchor - half, right + spacing);
            right = left + badgeWidth(1);
            q++;
        }
        List<Group> resolved = withoutLoneMarkers(lane, overflow, groups);
        for (Group g : resolved) {
            if (g.to() - g.from() == 1) {
                // Never a "+1": the one event is shown itself, its label cut to the room the markers leave it.
                rowOf[overflow[g.from()]] = clusterRow;
                placed.add(overflow[g.from()]);
            } else {
                out.add(marker(lane, overflow, g));
            }
        }
    }

    /**
     * Groups where every group of one event has room for its mark between its neighbours; one that has not is merged
     * into the group before it (or, first in the row, the one after), which then counts it.
     */
    private List<Group> withoutLoneMarkers(int[] lane, int[] overflow, List<Group> groups) {
        double spacing = geometry.metrics().itemSpacing();
        List<Group> out = new ArrayList<>(groups.size());
        for (int k = 0; k < groups.size(); k++) {
            Group g = groups.get(k);
            Group previous = out.isEmpty() ? null : out.get(out.size() - 1);
            double previousRight = previous == null ? Double.NEGATIVE_INFINITY : rightOf(lane, overflow, previous);
            double nextLeft = k + 1 < groups.size() ? groups.get(k + 1).left() : Double.POSITIVE_INFINITY;
            boolean lone = g.to() - g.from() == 1;
            boolean clear = lone
                    ? markLeft(lane, overflow, g) >= previousRight + spacing
                            && rightOf(lane, overflow, g) + spacing <= nextLeft
                    : g.left() >= previousRight + spacing;
            if (clear) {
                out.add(g);
            } else if (previous != null) {
                out.set(out.size() - 1, merged(previous, g));
            } else if (k + 1 < groups.size()) {
                groups.set(k + 1, merged(g, groups.get(k + 1)));
            } else {
                out.add(g);
            }
        }
        return out;
    }

    private Group merged(Group a, Group b) {
        double left = Math.min(a.left(), b.left());
        return new Group(a.from(), b.to(), left, Math.max(a.right(), left + badgeWidth(b.to() - a.from())));
    }

    /** Where a group's mark begins: for one event its own mark, else its badge. */
    private double markLeft(int[] lane, int[] overflow, Group g) {
        if (g.to() - g.from() > 1) {
            return g.left();
        }
        int i = lane[overflow[g.from()]];
        Event e = events.events().get(i);
        long s = events.starts()[i];
        long t = events.ends()[i];
        return geometry.stackLeft(e, s, t, geometry.anchorX(e, s, t));
    }

    /** Where a group's mark ends: for one event its own mark (a bar's whole length), else its badge. */
    private double rightOf(int[] lane, int[] overflow, Group g) {
        if (g.to() - g.from() > 1) {
            return g.right();
        }
        int i = lane[overflow[g.from()]];
        return geometry.markEnd(events.events().get(i), events.starts()[i], events.ends()[i]);
    }

    private Gathered marker(int[] lane, int[] overflow, Group g) {
        long latest = Long.MIN_VALUE;
        long firstStart = events.starts()[lane[overflow[g.from()]]];
        long firstEnd = events.ends()[lane[overflow[g.from()]]];
        boolean oneDate = true;
        DatePrecision finest = DatePrecision.coarsest();
        for (int q = g.from(); q < g.to(); q++) {
            int i = lane[overflow[q]];
            latest = Math.max(latest, events.ends()[i]);
            oneDate &= events.starts()[i] == firstStart && events.ends()[i] == firstEnd;
        }
        // The precision from a sample of at most PRECISION_SAMPLE events spread over the group: looking at every
        // event of a crowd of thousands would cost a frame more than all the rest of its layout.
        int stride = Math.max(1, (g.to() - g.from()) / PRECISION_SAMPLE);
        for (int q = g.from(); q < g.to(); q += stride) {
            DatePrecision precision =
                    events.events().get(lane[overflow[q]]).start().precision();
            finest = precision.compareTo(finest) > 0 ? precision : finest;
        }
        return new Gathered(
                g.left(),
                g.right(),
                g.to() - g.from(),
                firstStart,
                latest,
                finest,
                oneDate,
                events.events().get(lane[overflow[g.from()]]));
    }

    /**
     * One marker for several (markers of long bars that begin left of the canvas and reach into it), with their
     * counts added, its badge starting where the first one's does.
     */
    Gathered combined(List<Gathered> markers) {
        Gathered first = markers.get(0);
        int count = 0;
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        boolean oneDate = true;
        DatePrecision finest = DatePrecision.coarsest();
        for (Gathered m : markers) {
            count += m.count();
            oneDate &= m.oneDate() && m.startSecond() == first.startSecond() && m.endSecond() == first.endSecond();
            start = Math.min(start, m.startSecond());
            end = Math.max(end, m.endSecond());
            finest = m.finest().compareTo(finest) > 0 ? m.finest() : finest;
        }
        return new Gathered(
                first.left(), first.left() + badgeWidth(count), count, start, end, finest, oneDate, first.first());
    }

    private double badgeWidth(int count) {
        // Measured on a stand-in with as many digits, so a few widths cover every count.
        String widest = "+" + "8".repeat(String.valueOf(count).length());
        double padded = textWidth.applyAsDouble(widest) + 2 * geometry.metrics().clusterPadding();
        return Math.max(geometry.metrics().barHeight(), padded);
    }

    private static int digits(int n) {
        return n < 10 ? 1 : n < 100 ? 2 : n < 1_000 ? 3 : n < 10_000 ? 4 : n < 100_000 ? 5 : 10;
    }

    private static double min(double[] values) {
        double least = Double.POSITIVE_INFINITY;
        for (double v : values) {
            least = Math.min(least, v);
        }
        return least;
    }

    /** The first position in {@code [from, to)} whose event starts at or after {@code limit}; events are by start. */
    private static int firstStartingFrom(int[] positions, int from, int to, long[] starts, double limit) {
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

    /** As above over {@code overflow[from..to)}, which holds positions in {@code lane}. */
    private static int firstStartingFrom(int[] overflow, int from, int to, int[] lane, long[] starts, double limit) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[lane[overflow[mid]]] < limit) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
