package app.counterpoint.view.timeline;

import app.counterpoint.model.Event;

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

    private TimelineLayout(List<LaneBand> bands, List<PlacedItem> items, List<ClusterMarker> clusters,
                           double rowHeight) {
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
    public static TimelineLayout compute(List<Event> visible, TimelineLanes lanes, double start, double end,
                                         double width, double top, double height, LayoutMetrics metrics,
                                         ToDoubleFunction<Event> labelWidth, ToDoubleFunction<String> textWidth) {
        if (!(end > start) || !(width > 0)) {
            return empty();
        }
        List<Lane> laneList = lanes.lanes();
        int laneCount = laneList.size();
        List<List<Event>> members = new ArrayList<>(laneCount);
        for (int i = 0; i < laneCount; i++) {
            members.add(new ArrayList<>());
        }
        for (Event event : visible) {
            for (int lane : lanes.lanesOf(event)) {
                members.get(lane).add(event);
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
            List<Event> laneEvents = members.get(lane);
            List<PlacedItem> placed = new ArrayList<>();
            List<Event> overflow = stack(laneEvents, lane, rows, firstRowTop, geometry, placed);
            if (!overflow.isEmpty()) {
                // Start again keeping the last row for clusters; a one-row lane shows only clusters.
                placed.clear();
                overflow = stack(laneEvents, lane, rows - 1, firstRowTop, geometry, placed);
                double clusterY = firstRowTop + (rows - 1) * metrics.rowHeight() + metrics.rowHeight() / 2;
                clusters.addAll(gather(overflow, lane, clusterY, geometry, textWidth));
            }
            items.addAll(placed);
        }
        return new TimelineLayout(bands, items, clusters, metrics.rowHeight());
    }

    /** Greedy row stacking; returns the events that found no row, in order. */
    private static List<Event> stack(List<Event> events, int lane, int rows, double firstRowTop, ItemGeometry geometry,
                                     List<PlacedItem> placed) {
        double[] rowRight = new double[Math.max(rows, 0)];
        Arrays.fill(rowRight, Double.NEGATIVE_INFINITY);
        double spacing = geometry.metrics().itemSpacing();
        double rowHeight = geometry.metrics().rowHeight();
        List<Event> overflow = new ArrayList<>();
        for (Event event : events) {
            PlacedItem shape = geometry.shape(event, lane, 0, 0);
            int row = -1;
            for (int r = 0; r < rows; r++) {
                if (shape.boxLeft() >= rowRight[r] + spacing) {
                    row = r;
                    break;
                }
            }
            if (row < 0) {
                overflow.add(event);
                continue;
            }
            rowRight[row] = shape.boxRight();
            placed.add(geometry.shape(event, lane, row, firstRowTop + row * rowHeight + rowHeight / 2));
        }
        return overflow;
    }

    /** Gathers left-over events into markers; an event joins the previous marker when it starts within its box. */
    private static List<ClusterMarker> gather(List<Event> overflow, int lane, double centerY, ItemGeometry geometry,
                                              ToDoubleFunction<String> textWidth) {
        List<ClusterMarker> out = new ArrayList<>();
        double spacing = geometry.metrics().itemSpacing();
        double half = geometry.metrics().barHeight() / 2;
        List<Event> members = null;
        double left = 0;
        double right = Double.NEGATIVE_INFINITY;
        double from = 0;
        double to = 0;
        for (Event event : overflow) {
            double anchor = geometry.anchorX(event);
            if (members != null && anchor - half < right + spacing) {
                members.add(event);
                from = Math.min(from, event.startEpochSecond());
                to = Math.max(to, event.endEpochSecondExclusive());
                right = Math.max(right, left + badgeWidth(members.size(), geometry, textWidth));
                continue;
            }
            if (members != null) {
                out.add(new ClusterMarker(lane, centerY, left, right, List.copyOf(members), from, to));
            }
            members = new ArrayList<>();
            members.add(event);
            left = Math.max(anchor - half, right + spacing);
            right = left + badgeWidth(1, geometry, textWidth);
            from = event.startEpochSecond();
            to = event.endEpochSecondExclusive();
        }
        if (members != null) {
            out.add(new ClusterMarker(lane, centerY, left, right, List.copyOf(members), from, to));
        }
        return out;
    }

    private static double badgeWidth(int count, ItemGeometry geometry, ToDoubleFunction<String> textWidth) {
        double padded = textWidth.applyAsDouble(ClusterMarker.label(count)) + 2 * geometry.metrics().clusterPadding();
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
            if (x >= cluster.boxLeft() && x <= cluster.boxRight()
                    && Math.abs(y - cluster.centerY()) <= rowHeight / 2) {
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
