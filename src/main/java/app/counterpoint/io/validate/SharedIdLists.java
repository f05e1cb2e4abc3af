package app.counterpoint.io.validate;

import java.util.List;

/**
 * Shares equal lists of ids while a file is read. A story's entries name the same few combinations of topics, sides
 * and sources over and over: a million statements on "syria" held a million one-element lists of it (96 MB at a
 * million events and as many statements). A fixed-size table that forgets on collisions keeps the sharing's own
 * memory bounded; the lists are immutable, so the records take them as they are.
 */
final class SharedIdLists {

    private static final int SLOTS = 1 << 12;

    private final Object[] slots = new Object[SLOTS];

    /** An immutable list equal to {@code ids}: one seen recently when there is one. */
    List<String> share(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        for (String id : ids) {
            if (id == null) {
                return ids; // a list with a broken reference: its entry is not kept anyway
            }
        }
        int slot = ids.hashCode() & (SLOTS - 1);
        @SuppressWarnings("unchecked") // the table holds only lists of ids
        List<String> known = (List<String>) slots[slot];
        if (known != null && known.equals(ids)) {
            return known;
        }
        List<String> copy = List.copyOf(ids);
        slots[slot] = copy;
        return copy;
    }
}
