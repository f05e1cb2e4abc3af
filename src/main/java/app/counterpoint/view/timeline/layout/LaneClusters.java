package app.counterpoint.view.timeline.layout;

import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Gathers the events of a run that found no row into the cluster markers of its last row (see {@link LaneStacker}):
 * an event joins the open marker when its anchor lies within its badge, and a marker that would count a single event
 * shows that event instead. Crowds are taken a stretch at a time, never an event at a time: the events surely inside a
 * marker's reach are found by search, and what a marker tells of its events (the latest end, whether they share one
 * date) comes from the ends per block that {@link TimedEvents} keeps, so a marker of a million events costs about as
 * much as one of a hundred.
 */
final class LaneClusters {

    /** How many events of a cluster are looked at for the finest precision among them. */
    private static final int PRECISION_SAMPLE = 256;

    private final TimedEvents events;
    private final ItemGeometry geometry;
    private final ToDoubleFunction<String> textWidth;

    LaneClusters(TimedEvents events, ItemGeometry geometry, ToDoubleFunction<String> textWidth) {
        this.events = events;
        this.geometry = geometry;
        this.textWidth = textWidth;
    }

    /** A stretch of the overflow from the {@code from}-th to the {@code to}-th (exclusive) gathered at a badge's place. */
    private record Group(int from, int to, double left, double right) {}

    /**
     * Gathers every position of {@code overflow} into markers, added to {@code out}; a lone event that keeps its own
     * mark is added to {@code placed} in {@code clusterRow}. A marker of one event becomes that event, where its mark
     * fits between its neighbours there; one that does not (a long bar) joins the marker before it, or the next one.
     */
    void gather(int[] lane, LaneOverflow overflow, int clusterRow, List<LaneStacker.Gathered> out, PlacedRows placed) {
        int count = overflow.size();
        // just after the last position that found no row: no search for the open marker's reach goes further
        int end = count == 0 ? 0 : overflow.position(count - 1) + 1;
        double spacing = geometry.metrics().itemSpacing();
        double half = geometry.metrics().barHeight() / 2;
        List<Event> list = events.events();
        long[] starts = events.starts();
        long[] ends = events.ends();
        List<Group> groups = new ArrayList<>();
        int first = -1;
        double left = 0;
        double right = Double.NEGATIVE_INFINITY;
        int q = 0;
        while (q <= count) {
            if (first >= 0 && q < count) {
                // Events surely inside the open marker's reach join it without a look at each.
                int at = overflow.position(q);
                double limit = geometry.startLimitForAnchorsBefore(right + spacing + half);
                int joinTo = overflow.indexFrom(LaneStacker.firstStartingFrom(lane, at, end, starts, limit));
                int i = lane[at];
                if (joinTo == q && geometry.anchorX(list.get(i), starts[i], ends[i]) - half < right + spacing) {
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
            int i = lane[overflow.position(q)];
            double anchor = geometry.anchorX(list.get(i), starts[i], ends[i]);
            first = q;
            left = Math.max(anchor - half, right + spacing);
            right = left + badgeWidth(1);
            q++;
        }
        for (Group g : withoutLoneMarkers(lane, overflow, groups)) {
            if (g.to() - g.from() == 1) {
                // Never a "+1": the one event is shown itself, its label cut to the room the markers leave it.
                placed.add(overflow.position(g.from()), clusterRow);
            } else {
                out.add(marker(lane, overflow, g));
            }
        }
    }

    /**
     * Groups where every group of one event has room for its mark between its neighbours; one that has not is merged
     * into the group before it (or, first in the row, the one after), which then counts it.
     */
    private List<Group> withoutLoneMarkers(int[] lane, LaneOverflow overflow, List<Group> groups) {
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
    private double markLeft(int[] lane, LaneOverflow overflow, Group g) {
        if (g.to() - g.from() > 1) {
            return g.left();
        }
        int i = lane[overflow.position(g.from())];
        Event e = events.events().get(i);
        long s = events.starts()[i];
        long t = events.ends()[i];
        return geometry.stackLeft(e, s, t, geometry.anchorX(e, s, t));
    }

    /** Where a group's mark ends: for one event its own mark (a bar's whole length), else its badge. */
    private double rightOf(int[] lane, LaneOverflow overflow, Group g) {
        if (g.to() - g.from() > 1) {
            return g.right();
        }
        int i = lane[overflow.position(g.from())];
        return geometry.markEnd(events.events().get(i), events.starts()[i], events.ends()[i]);
    }

    /**
     * The marker of a group. Its events are by start, so they share one start when its first and last do; their
     * latest and earliest ends are taken a stretch of the overflow at a time, by block where the lane is every event.
     */
    private LaneStacker.Gathered marker(int[] lane, LaneOverflow overflow, Group g) {
        long[] starts = events.starts();
        long[] ends = events.ends();
        int firstAt = lane[overflow.position(g.from())];
        int lastAt = lane[overflow.position(g.to() - 1)];
        long firstStart = starts[firstAt];
        long firstEnd = ends[firstAt];
        boolean everyEvent = lane.length == events.size();
        long latest = Long.MIN_VALUE;
        long earliest = Long.MAX_VALUE;
        // The precision from a sample of at most PRECISION_SAMPLE events spread over the group: looking at every
        // event of a crowd of thousands would cost a frame more than all the rest of its layout.
        DatePrecision finest = DatePrecision.coarsest();
        int stride = Math.max(1, (g.to() - g.from()) / PRECISION_SAMPLE);
        int sample = g.from();
        for (int s = overflow.stretchAt(g.from()); overflow.holdsBefore(s, g.to()); s++) {
            int from = overflow.startOf(s, g.from());
            int to = overflow.endOf(s, g.to());
            if (everyEvent) {
                // The lane is 0, 1, 2, ...: its positions are the events' own.
                latest = Math.max(latest, events.latestEndIn(from, to));
                earliest = Math.min(earliest, events.earliestEndIn(from, to));
            } else {
                for (int p = from; p < to; p++) {
                    latest = Math.max(latest, ends[lane[p]]);
                    earliest = Math.min(earliest, ends[lane[p]]);
                }
            }
            // the sampled indices that fall in this stretch, as positions
            int shift = from - overflow.indexAtStartOf(s, g.from());
            for (; sample + shift < to; sample += stride) {
                DatePrecision precision =
                        events.events().get(lane[sample + shift]).start().precision();
                finest = precision.compareTo(finest) > 0 ? precision : finest;
            }
        }
        boolean oneDate = starts[lastAt] == firstStart && earliest == firstEnd && latest == firstEnd;
        return new LaneStacker.Gathered(
                g.left(),
                g.right(),
                g.to() - g.from(),
                firstStart,
                latest,
                finest,
                oneDate,
                events.events().get(firstAt));
    }

    /**
     * One marker for several (markers of long bars that begin left of the canvas and reach into it), with their
     * counts added, its badge starting where the first one's does.
     */
    LaneStacker.Gathered combined(List<LaneStacker.Gathered> markers) {
        LaneStacker.Gathered first = markers.get(0);
        int count = 0;
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        boolean oneDate = true;
        DatePrecision finest = DatePrecision.coarsest();
        for (LaneStacker.Gathered m : markers) {
            count += m.count();
            oneDate &= m.oneDate() && m.startSecond() == first.startSecond() && m.endSecond() == first.endSecond();
            start = Math.min(start, m.startSecond());
            end = Math.max(end, m.endSecond());
            finest = m.finest().compareTo(finest) > 0 ? m.finest() : finest;
        }
        return new LaneStacker.Gathered(
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
}
