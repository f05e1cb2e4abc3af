package app.counterpoint.viewmodel.story;

import java.util.HashMap;
import java.util.Map;

/**
 * An immutable map that is a large base with a few changes laid over it, so that an edit of one event in a
 * 100,000-event story makes a map of a handful of entries rather than a copy of the whole. When the changes grow past
 * a share of the base, the next edit folds them into a new base (amortised: a copy every few thousand edits).
 */
final class LayeredMap<K, V> {

    private static final int FOLD_AT = 2048;

    private final Map<K, V> base;
    /** Changed keys; a key mapped to null was removed. */
    private final Map<K, V> changes;

    private LayeredMap(Map<K, V> base, Map<K, V> changes) {
        this.base = base;
        this.changes = changes;
    }

    /** @param base kept, not copied: give a map nobody changes afterwards */
    static <K, V> LayeredMap<K, V> of(Map<K, V> base) {
        return new LayeredMap<>(base, Map.of());
    }

    V get(K key) {
        if (changes.containsKey(key)) {
            return changes.get(key);
        }
        return base.get(key);
    }

    V getOrDefault(K key, V fallback) {
        V value = get(key);
        return value == null ? fallback : value;
    }

    /** This map with {@code edits} laid over it (a null value removes its key). */
    LayeredMap<K, V> with(Map<K, V> edits) {
        if (edits.isEmpty()) {
            return this;
        }
        Map<K, V> merged = new HashMap<>(changes);
        merged.putAll(edits);
        if (merged.size() < FOLD_AT) {
            return new LayeredMap<>(base, merged);
        }
        Map<K, V> folded = new HashMap<>(base);
        merged.forEach((k, v) -> {
            if (v == null) {
                folded.remove(k);
            } else {
                folded.put(k, v);
            }
        });
        return new LayeredMap<>(folded, Map.of());
    }
}
