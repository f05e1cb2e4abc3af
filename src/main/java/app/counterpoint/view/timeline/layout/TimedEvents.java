package app.counterpoint.view.timeline.layout;

import app.counterpoint.model.Event;
import java.util.List;

/**
 * Events with their first and just-after-last instants computed once, so layout loops over big windows read numbers
 * rather than recomputing calendar arithmetic for every comparison. The whole story's instance lives as long as its
 * index, so what the layout derives from it (the positions of a lane of every event, the ends per block) is made on
 * first use and kept: a frame of the whole story allocates none of it again.
 */
public final class TimedEvents {

    /** How many events one block of {@link #latestEndIn}'s and {@link #earliestEndIn}'s table covers. */
    private static final int BLOCK = 64;

    private final List<Event> events;
    private final long[] starts;
    private final long[] ends;
    private final long[] latestEnds;
    private int[] everyPosition;
    private long[] blockLatestEnd;
    private long[] blockEarliestEnd;

    /**
     * @param latestEnds the latest end among events 0..i, for each i: lets the layout find where nothing before can
     *                   reach by search instead of a walk over every event
     */
    public TimedEvents(List<Event> events, long[] starts, long[] ends, long[] latestEnds) {
        this.events = events;
        this.starts = starts;
        this.ends = ends;
        this.latestEnds = latestEnds;
    }

    public TimedEvents(List<Event> events, long[] starts, long[] ends) {
        this(events, starts, ends, latestEnds(ends));
    }

    public static TimedEvents of(List<Event> events) {
        long[] starts = new long[events.size()];
        long[] ends = new long[events.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = events.get(i).startEpochSecond();
            ends[i] = events.get(i).endEpochSecondExclusive();
        }
        return new TimedEvents(events, starts, ends);
    }

    private static long[] latestEnds(long[] ends) {
        long[] latest = new long[ends.length];
        long so = Long.MIN_VALUE;
        for (int i = 0; i < ends.length; i++) {
            so = Math.max(so, ends[i]);
            latest[i] = so;
        }
        return latest;
    }

    public List<Event> events() {
        return events;
    }

    public long[] starts() {
        return starts;
    }

    public long[] ends() {
        return ends;
    }

    public long[] latestEnds() {
        return latestEnds;
    }

    public int size() {
        return starts.length;
    }

    /** 0, 1, 2, ... up to the size: the lane of a story with one lane. Shared: never to be written. */
    int[] everyPosition() {
        if (everyPosition == null) {
            int[] all = new int[size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            everyPosition = all;
        }
        return everyPosition;
    }

    /** The latest end among the events from {@code from} (inclusive) to {@code to} (exclusive); at least one. */
    long latestEndIn(int from, int to) {
        return endIn(from, to, true);
    }

    /** The earliest end among the events from {@code from} (inclusive) to {@code to} (exclusive); at least one. */
    long earliestEndIn(int from, int to) {
        return endIn(from, to, false);
    }

    /** By whole blocks where a block lies inside the range, so a crowd of a million costs some thousand steps. */
    private long endIn(int from, int to, boolean latest) {
        long best = latest ? Long.MIN_VALUE : Long.MAX_VALUE;
        int p = from;
        // The table costs a pass over every event: made for a range of half of them or more, or kept from before.
        if (to - from >= 2 * BLOCK && (blockLatestEnd != null || to - from >= ends.length / 2)) {
            long[] table = latest ? blockLatest() : blockEarliest();
            for (; p < to && p % BLOCK != 0; p++) {
                best = latest ? Math.max(best, ends[p]) : Math.min(best, ends[p]);
            }
            for (; p + BLOCK <= to; p += BLOCK) {
                best = latest ? Math.max(best, table[p / BLOCK]) : Math.min(best, table[p / BLOCK]);
            }
        }
        for (; p < to; p++) {
            best = latest ? Math.max(best, ends[p]) : Math.min(best, ends[p]);
        }
        return best;
    }

    private long[] blockLatest() {
        if (blockLatestEnd == null) {
            blockEnds();
        }
        return blockLatestEnd;
    }

    private long[] blockEarliest() {
        if (blockEarliestEnd == null) {
            blockEnds();
        }
        return blockEarliestEnd;
    }

    /** Both tables in one pass over the ends. */
    private void blockEnds() {
        int blocks = (ends.length + BLOCK - 1) / BLOCK;
        long[] latest = new long[blocks];
        long[] earliest = new long[blocks];
        for (int b = 0; b < blocks; b++) {
            long most = Long.MIN_VALUE;
            long least = Long.MAX_VALUE;
            for (int p = b * BLOCK; p < Math.min(ends.length, (b + 1) * BLOCK); p++) {
                most = Math.max(most, ends[p]);
                least = Math.min(least, ends[p]);
            }
            latest[b] = most;
            earliest[b] = least;
        }
        blockLatestEnd = latest;
        blockEarliestEnd = earliest;
    }
}
