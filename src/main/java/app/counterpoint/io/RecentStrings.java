package app.counterpoint.io;

/**
 * Shares equal short strings while a file is parsed. Story files repeat the same ids, kinds and dates thousands of
 * times; sharing them lets the copies die young instead of being carried through every garbage collection, which
 * dominated loading time for large files. A fixed-size table that forgets on collisions keeps memory bounded.
 */
final class RecentStrings {

    private static final int SLOTS = 1 << 13;
    /** Ids, references, kinds and dates are short; hashing long unique titles cost more than sharing saved. */
    private static final int MAX_LENGTH = 32;

    private final String[] slots = new String[SLOTS];

    String share(String s) {
        if (s.length() > MAX_LENGTH) {
            return s;
        }
        int slot = s.hashCode() & (SLOTS - 1);
        String known = slots[slot];
        if (s.equals(known)) {
            return known;
        }
        slots[slot] = s;
        return s;
    }
}
