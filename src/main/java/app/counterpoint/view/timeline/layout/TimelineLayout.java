package app.counterpoint.view.timeline.layout;

import app.counterpoint.model.Event;
import app.counterpoint.viewmodel.timeline.Lane;
import app.counterpoint.viewmodel.timeline.TimelineLanes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Where each visible event goes: its lane, its row and its box, label included; and the cluster markers of rows that
 * are full. Lanes are as tall as a {@link LanePlan} says; rows come from a {@link LaneStacker}, which looks at the
 * events around the window too so that rows do not change while the window pans. Pure: no drawing here.
 */
public final class TimelineLayout {

    private final List<LaneBand> bands;
    private final List<PlacedItem> items;
    private final List<ClusterMarker> clusters;
    private final double rowHeight;
    private final double viewTop;
    private final double viewBottom;

    private TimelineLayout(
            List<LaneBand> bands,
            List<PlacedItem> items,
            List<ClusterMarker> clusters,
            double rowHeight,
            double viewTop,
            double viewBottom) {
        this.bands = List.copyOf(bands);
        this.items = List.copyOf(items);
        this.clusters = List.copyOf(clusters);
        this.rowHeight = rowHeight;
        this.viewTop = viewTop;
        this.viewBottom = viewBottom;
    }

    /** A layout with nothing in it. */
    public static TimelineLayout empty() {
        return new TimelineLayout(List.of(), List.of(), List.of(), 0, 0, 0);
    }

    /**
     * Lays out {@code visible} (the events overlapping the window, by start) in the area from {@code top},
     * {@code height} pixels tall and {@code width} wide, showing {@code start} to {@code end} epoch seconds; the lanes
     * are planned from these events alone and nothing around the window is looked at. For tests and tools.
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
        TimedEvents timed = TimedEvents.of(visible);
        LanePlan plan = LanePlan.of(countPerLane(timed, lanes), height, metrics);
        return compute(
                timed,
                start,
                lanes,
                plan,
                new TimelineViewport(start, end, width, top, height),
                metrics,
                labelWidth,
                labelWidth,
                textWidth);
    }

    /** How many events the context looks through, each side of the window, for a clean gap. */
    private static final int MOST_CONTEXT_SCAN = 5_000;
    /** How many window widths the context looks through, each side of the window, for a clean gap. */
    private static final double MOST_CONTEXT_WIDTHS = 2;

    /**
     * The events a frame of {@code start} to {@code end} lays out: the window's, and those around it back to and on
     * to a <em>clean gap</em>, a place where no event before it can reach (bar or label) what starts after it. Rows
     * are stacked from such a place, so an event's row is the same whichever part of its neighbourhood is in view and
     * does not change while the user pans (see {@link LaneStacker}). In a crowd with no clean gap for
     * {@value #MOST_CONTEXT_WIDTHS} window widths or {@value #MOST_CONTEXT_SCAN} events the context stops there, also
     * when what bridges the gaps is one long event from far before: a frame's work stays bounded by its window.
     *
     * @param contextStart receives, in its first element, the instant the context begins at
     */
    public static TimedEvents context(
            TimelineEventIndex index,
            double start,
            double end,
            double width,
            LayoutMetrics metrics,
            double[] contextStart) {
        int n = index.size();
        double pixelsPerSecond = width / (end - start);
        // No further than a few window widths either side: a crowd without a clean gap that long is all clusters.
        double farBefore = start - MOST_CONTEXT_WIDTHS * (end - start);
        double farAfter = end + MOST_CONTEXT_WIDTHS * (end - start);
        int first = Math.min(index.firstReaching(start), n);
        int scanned = 0;
        while (first > 0
                && first < n
                && index.startAt(first) > farBefore
                && !cleanBefore(index, first, pixelsPerSecond, metrics)
                && scanned++ < MOST_CONTEXT_SCAN) {
            first--;
        }
        int last = index.firstStartingAt(end);
        scanned = 0;
        while (last > 0
                && last < n
                && index.startAt(last) < farAfter
                && !cleanBefore(index, last, pixelsPerSecond, metrics)
                && scanned++ < MOST_CONTEXT_SCAN) {
            last++;
        }
        double from = first >= n ? start : Math.min(start, index.startAt(first));
        boolean clipped = from < farBefore;
        if (clipped) {
            // A long event from far before (a year-long one at a day's zoom) has no clean gap before the window for
            // all its length: the context stops a few widths back, keeping the events that reach past that point,
            // instead of laying out every event since the long one began.
            from = farBefore;
        }
        double to = last >= n ? Double.POSITIVE_INFINITY : index.startAt(last);
        contextStart[0] = first == 0 && !clipped ? Double.NEGATIVE_INFINITY : from;
        return index.overlappingTimed(from, Math.max(to, end));
    }

    /**
     * Whether nothing of the events before {@code position} can reach the stacking box of any event from it on: they
     * all end (bar, or a point's mark, and the longest label a row claims) a spacing before it starts.
     */
    private static boolean cleanBefore(
            TimelineEventIndex index, int position, double pixelsPerSecond, LayoutMetrics m) {
        double r = m.markerRadius();
        double reach = Math.max(
                        index.latestEndThrough(position - 1) * pixelsPerSecond + r,
                        index.startAt(position - 1) * pixelsPerSecond + 2.5 * r)
                + m.labelGap()
                + m.maxLabelWidth();
        return index.startAt(position) * pixelsPerSecond - r >= reach + m.itemSpacing();
    }

    /** How many of {@code events} each lane holds. */
    public static int[] countPerLane(TimedEvents events, TimelineLanes lanes) {
        int[] counts = new int[lanes.lanes().size()];
        if (counts.length == 1) {
            counts[0] = events.size();
            return counts;
        }
        for (Event e : events.events()) {
            for (int lane : lanes.lanesOf(e)) {
                counts[lane]++;
            }
        }
        return counts;
    }

    /**
     * Lays out the window of {@code view}.
     *
     * @param context      the events overlapping {@code contextStart} to some time after the window, by start: at
     *                     least the window's, and best a window's width either side, so that an event's row is the
     *                     same whichever part of its neighbourhood is in view
     * @param contextStart the instant the context begins at
     * @param plan         the lanes' heights and rows, for the whole story (see {@link LanePlan#of})
     * @param labelWidth   how wide an event's label is drawn (the selected one is bold, so wider)
     * @param claimWidth   how wide an event's label is taken to be while rows are filled, the same selected or not
     *                     (e.g. its bold width), so that a selection moves nothing
     * @param textWidth    how wide a plain text is drawn, for cluster counts
     */
    public static TimelineLayout compute(
            TimedEvents context,
            double contextStart,
            TimelineLanes lanes,
            LanePlan plan,
            TimelineViewport view,
            LayoutMetrics metrics,
            ToDoubleFunction<Event> labelWidth,
            ToDoubleFunction<Event> claimWidth,
            ToDoubleFunction<String> textWidth) {
        double start = view.start();
        double end = view.end();
        double width = view.width();
        if (!(end > start) || !(width > 0)) {
            return empty();
        }
        List<Lane> laneList = lanes.lanes();
        int laneCount = laneList.size();
        ItemGeometry geometry = new ItemGeometry(start, width / (end - start), width, metrics, labelWidth, claimWidth);
        List<LaneBand> bands = new ArrayList<>(laneCount);
        for (int lane = 0; lane < laneCount; lane++) {
            bands.add(new LaneBand(
                    laneList.get(lane),
                    view.top() + plan.tops()[lane] - view.scrollY(),
                    view.top() + plan.bottoms()[lane] - view.scrollY(),
                    plan.rows()[lane]));
        }
        int[] shown = plan.visibleLanes(view.scrollY(), view.height());
        int[][] members = members(context, lanes, shown[0], shown[1]);
        double reach =
                geometry.x(contextStart) + 2 * metrics.markerRadius() + metrics.labelGap() + metrics.maxLabelWidth();
        LaneStacker stacker = new LaneStacker(context, geometry, textWidth);
        List<PlacedItem> items = new ArrayList<>();
        List<ClusterMarker> clusters = new ArrayList<>();
        for (int lane = shown[0]; lane < shown[1]; lane++) {
            int[] laneEvents = members[lane - shown[0]];
            LaneStacker.Stacked stacked = stacker.stack(laneEvents, plan.rows()[lane], reach);
            double firstRowTop = bands.get(lane).top() + metrics.laneHeaderHeight() + metrics.lanePadding();
            placeLane(context, laneEvents, lane, stacked, firstRowTop, view, geometry, stacker, items, clusters);
        }
        return new TimelineLayout(bands, items, clusters, metrics.rowHeight(), view.top(), view.bottom());
    }

    /** The positions in {@code context} of the events of each lane from {@code from} to {@code to}, by start. */
    private static int[][] members(TimedEvents context, TimelineLanes lanes, int from, int to) {
        int count = Math.max(0, to - from);
        int[][] members = new int[count][];
        if (lanes.lanes().size() == 1) {
            if (count == 1) {
                // Kept with the events: the whole story's frame does not build a million positions again.
                members[0] = context.everyPosition();
            }
            return members;
        }
        int[] sizes = new int[count];
        for (int k = 0; k < count; k++) {
            members[k] = new int[16];
        }
        List<Event> events = context.events();
        for (int i = 0; i < events.size(); i++) {
            for (int lane : lanes.lanesOf(events.get(i))) {
                int k = lane - from;
                if (k < 0 || k >= count) {
                    continue;
                }
                if (sizes[k] == members[k].length) {
                    members[k] = Arrays.copyOf(members[k], members[k].length * 2);
                }
                members[k][sizes[k]++] = i;
            }
        }
        for (int k = 0; k < count; k++) {
            members[k] = Arrays.copyOf(members[k], sizes[k]);
        }
        return members;
    }

    /**
     * Turns a stacked lane into the window's items and markers: only events overlapping the window and markers on
     * the canvas; labels get the room between their neighbours in the row, the earlier label first.
     */
    private static void placeLane(
            TimedEvents context,
            int[] laneEvents,
            int lane,
            LaneStacker.Stacked stacked,
            double firstRowTop,
            TimelineViewport view,
            ItemGeometry geometry,
            LaneStacker stacker,
            List<PlacedItem> items,
            List<ClusterMarker> clusters) {
        int rowCount = Math.max(stacked.clusterRow() + 1, 1);
        List<List<RowEntry>> rows = new ArrayList<>(rowCount);
        for (int r = 0; r < rowCount; r++) {
            rows.add(new ArrayList<>());
        }
        long[] starts = context.starts();
        long[] ends = context.ends();
        List<Event> events = context.events();
        int[] placed = stacked.placed();
        for (int k = 0; k < placed.length; k++) {
            int p = placed[k];
            int row = stacked.rows()[k];
            int i = laneEvents[p];
            if (!(ends[i] > view.start() && starts[i] < view.end())) {
                continue;
            }
            Event event = events.get(i);
            double anchor = geometry.anchorX(event, starts[i], ends[i]);
            double left = geometry.stackLeft(event, starts[i], ends[i], anchor);
            rows.get(row).add(new RowEntry(left, geometry.markRight(event, starts[i], ends[i]), p, null));
        }
        List<RowEntry> clusterRow = rows.get(stacked.clusterRow());
        // Markers of events that begin left of the canvas but reach into the window (long bars) are drawn as one, at
        // the left edge.
        List<LaneStacker.Gathered> offLeft = new ArrayList<>();
        for (LaneStacker.Gathered marker : stacked.markers()) {
            boolean inWindow = marker.endSecond() > view.start() && marker.startSecond() < view.end();
            if (marker.right() <= 0 && inWindow) {
                offLeft.add(marker);
            } else if (inWindow) {
                if (!offLeft.isEmpty() && marker.left() < 0) {
                    offLeft.add(marker);
                    continue;
                }
                clusterRow.add(new RowEntry(marker.left(), marker.right(), -1, marker));
            }
        }
        if (!offLeft.isEmpty()) {
            LaneStacker.Gathered one = stacker.combined(offLeft);
            clusterRow.add(new RowEntry(one.left(), one.right(), -1, one));
        }
        double rowHeight = geometry.metrics().rowHeight();
        double spacing = geometry.metrics().itemSpacing();
        for (int r = 0; r < rowCount; r++) {
            List<RowEntry> entries = rows.get(r);
            entries.sort(Comparator.comparingDouble(RowEntry::left));
            double centerY = firstRowTop + r * rowHeight + rowHeight / 2;
            RowEntry.shiftMarkersIn(entries, view.width(), spacing);
            double previousRight = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < entries.size(); k++) {
                RowEntry entry = entries.get(k);
                if (entry.marker() != null) {
                    LaneStacker.Gathered m = entry.marker();
                    clusters.add(new ClusterMarker(
                            lane,
                            centerY,
                            entry.left(),
                            entry.right(),
                            m.count(),
                            m.startSecond(),
                            m.endSecond(),
                            m.finest(),
                            m.oneDate(),
                            m.first()));
                    previousRight = entry.right();
                    continue;
                }
                double nextLeft = k + 1 < entries.size() ? entries.get(k + 1).left() : Double.POSITIVE_INFINITY;
                int i = laneEvents[entry.position()];
                PlacedItem item =
                        geometry.placed(events.get(i), starts[i], ends[i], lane, r, centerY, previousRight, nextLeft);
                items.add(item);
                previousRight = item.boxRight();
            }
        }
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

    /** The top of the lanes' area on the canvas: what is scrolled above it is under the axis, not to be hit. */
    public double viewTop() {
        return viewTop;
    }

    /** The item whose row box (marker, bar or label) contains the point. */
    public Optional<PlacedItem> itemAt(double x, double y) {
        if (y < viewTop || y > viewBottom) {
            return Optional.empty();
        }
        for (PlacedItem item : items) {
            if (x >= item.boxLeft() && x <= item.boxRight() && Math.abs(y - item.centerY()) <= rowHeight / 2) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    public Optional<ClusterMarker> clusterAt(double x, double y) {
        if (y < viewTop || y > viewBottom) {
            return Optional.empty();
        }
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
