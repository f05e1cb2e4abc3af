package app.counterpoint.viewmodel.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A seeded shuffle of a comparison's columns: the same seed and the same subject give the same order, so a class sees
 * the order the teacher prepared and a test can name it. Readers judge a column by where it stands, so for a quiz an
 * order that leaves every side where it was is never chosen when there are two sides or more.
 */
public final class SideShuffle {

    private SideShuffle() {}

    /**
     * The items in a shuffled order.
     *
     * @param subject mixed into the seed, so each event gets its own order from one seed (an event's id)
     */
    public static <T> List<T> shuffled(List<T> items, long seed, String subject) {
        List<T> order = new ArrayList<>(items);
        if (order.size() < 2) {
            return order;
        }
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + (subject == null ? 0 : subject.hashCode()));
        Collections.shuffle(order, random);
        if (order.equals(items)) {
            Collections.rotate(order, 1 + random.nextInt(order.size() - 1));
        }
        return order;
    }
}
