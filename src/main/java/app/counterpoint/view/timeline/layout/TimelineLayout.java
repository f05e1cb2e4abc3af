package app.counterpoint.view.timeline.layout;

import app.counterpoint.model.Event;
import app.counterpoint.viewmodel.timeline.Lane;
import app.counterpoint.viewmodel.timeline.TimelineLanes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Where each visible event goes: its lane, its row and its box, label included. Within a lane an item takes the first
 * row where its box fits clear of the boxes already there; when a lane runs out of rows its last row is kept for
 * cluster markers, which gather the remaining items of a neighbourhood into one count. Pure: no drawing here.
 */
public final class TimelineLayout {

    private final List<LaneBand> bands;
    private final List<PlacedItem> items;
    private final List<ClusterMarker> clusters;
    private final double rowHeight;

    private TimelineLayout(
            List<LaneBand> bands, List<PlacedItem> items, List<ClusterMarker> clusters, double rowHeight) {
        this.bands = List.copyOf(bands);
        this.items = List.copyOf(items);
        this.clusters = List.copyOf(clusters);
        this.rowHeight = rowHeight;
    }

    /** A layout with nothing in it. */
    public static TimelineLayout empty() {
        return new TimelineLayout(List.of(), List.of(), List.of(), 0);
    }

    /**
     * Lays out {@code visible} (events overlapping the window, by start) in the area from {@code top}, {@code height}
     * pixels tall and {@code width} wide, showing {@code start} to {@code end} epoch seconds.
     *
     * @param labelWidth how wide an event's label is drawn (the selected one is bold, so wider)
     * @param textWidth  how wide a plain text is drawn, for cluster counts
     */
    public static TimelineLayout compute(
            List<Event> visible,
            TimelineLanes lanes,
            double start,
            double end,
            double width,
            double top,
            double height,
            LayoutMetrics metrics,
            ToDoubleFunction<Event> labelWidth,
            ToDoubleFunction<String> textWidth) {
        return compute(TimedEvents.of(visible), lanes, start, end, width, top, height, metrics, labelWidth, textWidth);
    }

    /** As above, with the events' instants already known (from {@link TimelineEventIndex#overlappingTimed}). */
    public static TimelineLayout compute(
            TimedEvents visible,
            TimelineLanes lanes,
            double start,
            double end,
            double width,
            double top,
            double height,
            LayoutMetrics metrics,
            ToDoubleFunction<Event> labelWidth,
            ToDoubleFunction<String> textWidth) {
        if (!(end > start) || !(width > 0)) {
            return empty();
        }
        List<Lane> laneList = lanes.lanes();
        int laneCount = laneList.size();
        int[][] members = new int[laneCount][];
        int[] memberCounts = new int[laneCount];
        for (int i = 0; i < laneCount; i++) {
            members[i] = new int[laneCount == 1 ? visible.size() : 16];
        }
        List<Event> events = visible.events();
        if (laneCount == 1) {
            // One lane holds every event: no per-event lane lookup.
            for (int i = 0; i < members[0].length; i++) {
                members[0][i] = i;
            }
            memberCounts[0] = members[0].length;
        }
        for (int i = 0; i < events.size() && laneCount > 1; i++) {
            for (int lane : lanes.lanesOf(events.get(i))) {
                if (memberCounts[lane] == members[lane].length) {
                    members[lane] = Arrays.copyOf(members[lane], members[lane].length * 2);
                }
                members[lane][memberCounts[lane]++] = i;
            }
        }
        double bandHeight = height / laneCount;
        double usable = bandHeight - metrics.laneHeaderHeight() - 2 * metrics.lanePadding();
        int rows = Math.max(1, (int) Math.floor(usable / metrics.rowHeight()));
        ItemGeometry geometry = new ItemGeometry(start, width / (end - start), width, metrics, labelWidth);

        List<LaneBand> bands = new ArrayList<>(laneCount);
        List<PlacedItem> items = new ArrayList<>();
        List<ClusterMarker> clusters = new ArrayList<>();
        for (int lane = 0; lane < laneCount; lane++) {
            double bandTop = top + lane * bandHeight;
            LaneBand band = new LaneBand(laneList.get(lane), bandTop, bandTop + bandHeight, rows);
            bands.add(band);
            double firstRowTop = bandTop + metrics.laneHeaderHeight() + metrics.lanePadding();
            int[] laneEvents = memberCounts[lane] == members[lane].length
                    ? members[lane]
                    : Arrays.copyOf(members[lane], memberCounts[lane]);
            List<PlacedItem> placed = new ArrayList<>();
            int[] overflow = stack(visible, laneEvents, lane, rows, firstRowTop, geometry, placed, true);
            if (overflow.length > 0) {
                // Start again keeping the last row for clusters; a one-row lane shows only clusters.
                placed.clear();
                overflow = stack(visible, laneEvents, lane, rows - 1, firstRowTop, geometry, placed, false);
                double clusterY = firstRowTop + (rows - 1) * metrics.rowHeight() + metrics.rowHeight() / 2;
                clusters.addAll(gather(visible, overflow, lane, clusterY, geometry, textWidth));
            }
            giveLabelsRoom(placed, rows, geometry);
            items.addAll(placed);
        }
        return new TimelineLayout(bands, items, clusters, metrics.rowHeight());
    }

    /**
     * Greedy row stacking; returns the (indices of the) events that found no row, in order, or only the first of
     * them when {@code stopAtFirstMiss} (enough to know the lane needs a cluster row).
     */
    private static int[] stack(
            TimedEvents visible,
            int[] laneEvents,
            int lane,
            int rows,
            double firstRowTop,
            ItemGeometry geometry,
            List<PlacedItem> placed,
            boolean stopAtFirstMiss) {
        double[] rowRight = new double[Math.max(rows, 0)];
        Arrays.fill(rowRight, Double.NEGATIVE_INFINITY);
        double spacing = geometry.metrics().itemSpacing();
        double rowHeight = geometry.metrics().rowHeight();
        int[] overflow = new int[laneEvents.length];
        int overflowCount = 0;
        double leastRowRight = rows > 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        List<Event> events = visible.events();
        long[] starts = visible.starts();
        long[] ends = visible.ends();
        double lastMissAnchor = Double.NaN;
        for (int p = 0; p < laneEvents.length; p++) {
            int i = laneEvents[p];
            double reject = Math.max(
                    leastRowRight + spacing,
                    Double.isNaN(lastMissAnchor) ? Double.NEGATIVE_INFINITY : lastMissAnchor + 1);
            if (reject > Double.NEGATIVE_INFINITY) {
                // Skip the run of events that surely anchor where the test below would reject them anyway.
                int skipTo = firstStartingFrom(laneEvents, p, starts, geometry.startLimitForAnchorsBefore(reject));
                if (skipTo > p) {
                    int run = stopAtFirstMiss ? 1 : skipTo - p;
                    System.arraycopy(laneEvents, p, overflow, overflowCount, run);
                    overflowCount += run;
                    if (stopAtFirstMiss) {
                        break;
                    }
                    p = skipTo - 1;
                    continue;
                }
            }
            Event event = events.get(i);
            double anchor = geometry.anchorX(event, starts[i], ends[i]);
            // An item's box never starts right of its anchor, so when every row is taken there, it cannot fit; and
            // one that starts within a pixel of an item that just found no row would not either. Rejecting both
            // without measuring labels keeps crowded windows cheap: at most one measurement per pixel column.
            if (anchor < leastRowRight + spacing || anchor - lastMissAnchor < 1) {
                overflow[overflowCount++] = i;
                if (stopAtFirstMiss) {
                    break;
                }
                continue;
            }
            PlacedItem shape = geometry.shape(event, starts[i], ends[i], lane, 0, 0);
            int row = -1;
            for (int r = 0; r < rows; r++) {
                if (shape.boxLeft() >= rowRight[r] + spacing) {
                    row = r;
                    break;
                }
            }
            if (row < 0) {
                overflow[overflowCount++] = i;
                if (stopAtFirstMiss) {
                    break;
                }
                lastMissAnchor = anchor;
                continue;
            }
            lastMissAnchor = Double.NaN;
            rowRight[row] = shape.boxRight();
            leastRowRight = min(rowRight);
            placed.add(geometry.shape(
                    event, starts[i], ends[i], lane, row, firstRowTop + row * rowHeight + rowHeight / 2));
        }
        return Arrays.copyOf(overflow, overflowCount);
    }

    /**
     * Gives each label of a lane the room it finally has. In a row, items come left to right: a label after its item
     * may run on until the next item (less the spacing) or, for the last one, the canvas edge; then a label before
     * its item may reach back to where the previous one now ends (plus twice the spacing) or the canvas edge. The
     * earlier label has the first claim on a gap, as it is read first.
     */
    private static void giveLabelsRoom(List<PlacedItem> placed, int rows, ItemGeometry geometry) {
        int[] lastInRow = new int[Math.max(rows, 1)];
        Arrays.fill(lastInRow, -1);
        double spacing = geometry.metrics().itemSpacing();
        for (int k = 0; k < placed.size(); k++) {
            PlacedItem item = placed.get(k);
            int previous = lastInRow[item.row()];
            double freeFrom = 0;
            if (previous >= 0) {
                PlacedItem before = geometry.withLabelRoom(placed.get(previous), item.boxLeft() - spacing);
                placed.set(previous, before);
                // Twice the spacing: two labels facing each other must not read as one line of text.
                freeFrom = before.boxRight() + 2 * spacing;
            }
            placed.set(k, geometry.withRoomBefore(item, freeFrom));
            lastInRow[item.row()] = k;
        }
        for (int last : lastInRow) {
            if (last >= 0) {
                placed.set(last, geometry.withLabelRoom(placed.get(last), Double.POSITIVE_INFINITY));
            }
        }
    }

    private static double min(double[] values) {
        double least = Double.POSITIVE_INFINITY;
        for (double v : values) {
            least = Math.min(least, v);
        }
        return least;
    }

    /** The first position from {@code from} whose event starts at or after {@code limit}; events are by start. */
    private static int firstStartingFrom(int[] positions, int from, long[] starts, double limit) {
        int lo = from;
        int hi = positions.length;
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

    /**
     * Gathers left-over events into markers; an event joins the previous marker when it starts within its box. A
     * marker is kept within the canvas (shifted in from an edge, clear of its neighbour), so its count reads whole.
     */
    private static List<ClusterMarker> gather(
            TimedEvents visible,
            int[] overflow,
            int lane,
            double centerY,
            ItemGeometry geometry,
            ToDoubleFunction<String> textWidth) {
        List<ClusterMarker> out = new ArrayList<>();
        double spacing = geometry.metrics().itemSpacing();
        double half = geometry.metrics().barHeight() / 2;
        List<Event> events = visible.events();
        long[] starts = visible.starts();
        long[] ends = visible.ends();
        int first = -1;
        double left = 0;
        double right = Double.NEGATIVE_INFINITY;
        int p = 0;
        while (p < overflow.length) {
            int i = overflow[p];
            if (first >= 0) {
                // Events surely inside the open marker's reach join it without a look at each.
                int joinTo = firstStartingFrom(
                        overflow, p, starts, geometry.startLimitForAnchorsBefore(right + spacing + half));
                if (joinTo == p && geometry.anchorX(events.get(i), starts[i], ends[i]) - half < right + spacing) {
                    joinTo = p + 1;
                }
                if (joinTo > p) {
                    if (digits(joinTo - first) > digits(p - first)) {
                        // The count gained a digit: only then can the badge grow.
                        right = Math.max(right, left + badgeWidth(joinTo - first, geometry, textWidth));
                    }
                    p = joinTo;
                    continue;
                }
                out.add(marker(visible, overflow, first, p, lane, centerY, left, right));
            }
            double anchor = geometry.anchorX(events.get(i), starts[i], ends[i]);
            first = p;
            left = Math.max(Math.max(anchor - half, right + spacing), 0);
            right = left + badgeWidth(1, geometry, textWidth);
            p++;
        }
        if (first >= 0) {
            // Only the last marker can reach past the right edge: shift it in, as far as its neighbour allows.
            double previousRight = out.isEmpty() ? 0 : out.get(out.size() - 1).boxRight() + spacing;
            double shift = Math.max(0, Math.min(right - geometry.width(), left - previousRight));
            out.add(marker(visible, overflow, first, overflow.length, lane, centerY, left - shift, right - shift));
        }
        return out;
    }

    /** A marker for the events at positions {@code from} (inclusive) to {@code to} (exclusive) of {@code overflow}. */
    private static ClusterMarker marker(
            TimedEvents visible,
            int[] overflow,
            int from,
            int to,
            int lane,
            double centerY,
            double left,
            double right) {
        long latest = Long.MIN_VALUE;
        for (int p = from; p < to; p++) {
            latest = Math.max(latest, visible.ends()[overflow[p]]);
        }
        return new ClusterMarker(lane, centerY, left, right, to - from, visible.starts()[overflow[from]], latest);
    }

    private static int digits(int n) {
        return n < 10 ? 1 : n < 100 ? 2 : n < 1_000 ? 3 : n < 10_000 ? 4 : n < 100_000 ? 5 : 10;
    }

    private static double badgeWidth(int count, ItemGeometry geometry, ToDoubleFunction<String> textWidth) {
        // Measured on a stand-in with as many digits, so a few widths cover every count.
        String widest = "+" + "8".repeat(String.valueOf(count).length());
        double padded = textWidth.applyAsDouble(widest) + 2 * geometry.metrics().clusterPadding();
        return Math.max(geometry.metrics().barHeight(), padded);
    }

    public List<LaneBand> bands() {
        return bands;
    }

    public List<PlacedItem> items() {
        return items;
    }

    public List<ClusterMarker> clusters() {
        return clusters;
    }

    /** The item whose row box (marker, bar or label) contains the point. */
    public Optional<PlacedItem> itemAt(double x, double y) {
        for (PlacedItem item : items) {
            if (x >= item.boxLeft() && x <= item.boxRight() && Math.abs(y - item.centerY()) <= rowHeight / 2) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    public Optional<ClusterMarker> clusterAt(double x, double y) {
        for (ClusterMarker cluster : clusters) {
            if (x >= cluster.boxLeft() && x <= cluster.boxRight() && Math.abs(y - cluster.centerY()) <= rowHeight / 2) {
                return Optional.of(cluster);
            }
        }
        return Optional.empty();
    }

    /** Where {@code event} is drawn, the first lane where it appears; empty when it is not placed. */
    public Optional<PlacedItem> itemOf(Event event) {
        return items.stream().filter(i -> i.event().equals(event)).findFirst();
    }
}
