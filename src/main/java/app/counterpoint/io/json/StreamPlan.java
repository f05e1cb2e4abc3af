package app.counterpoint.io.json;

import java.util.Map;
import java.util.Set;

/**
 * How a story file is read without holding its whole located tree: the root object's lists named here are handed
 * over entry by entry ({@link EntryConsumer}) and forgotten once decoded, and a field nobody reads (of the root, of
 * an entry or of an object named in {@link #nested}) is checked as JSON and kept as one compact JSON text, so that it
 * is written back on saving ({@link JsonValueNode#membersOutside}) without costing a value per element. Inside an entry a list keeps a repeated text once, with a count, and
 * holds at most {@link #MAX_LIST_VALUES} values: so the memory of a read follows what the story keeps, not the
 * size of what a hostile file repeats.
 *
 * @param rootFields the fields of the root object that are read
 * @param lists      the lists handed over entry by entry, each with the fields of its entries that are read
 * @param nested     objects inside entries, by the entry's field that holds them, with their fields that are read
 */
public record StreamPlan(Set<String> rootFields, Map<String, Set<String>> lists, Map<String, Set<String>> nested) {

    /** The most values a list inside an entry may hold, repeats of a text aside; no story needs a thousand. */
    public static final int MAX_LIST_VALUES = 100_000;

    public StreamPlan {
        rootFields = Set.copyOf(rootFields);
        lists = Map.copyOf(lists);
        nested = Map.copyOf(nested);
    }

    /** Receives each entry of a streamed list as soon as it is read; the entry's values die when it returns. */
    @FunctionalInterface
    public interface EntryConsumer {
        void entry(String list, int index, JsonValueNode entry);
    }
}
