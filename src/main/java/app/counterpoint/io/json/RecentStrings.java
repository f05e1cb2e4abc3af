package app.counterpoint.io.json;

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
    /**
     * The hash of each slot's string, compared before the string itself: most texts that land in a taken slot are
     * unique ids, and touching the old string to find that out was a cache miss each (5% of a large file's read).
     */
    private final int[] hashes = new int[SLOTS];

    /**
     * The text of {@code chars[offset, offset + length)}: a string seen recently when there is one, so a repeated
     * text costs no new string at all, else a new one.
     */
    String share(char[] chars, int offset, int length) {
        if (length > MAX_LENGTH) {
            return new String(chars, offset, length);
        }
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];
        }
        int slot = hash & (SLOTS - 1);
        String known = slots[slot];
        if (known != null && hashes[slot] == hash && sameText(known, chars, offset, length)) {
            return known;
        }
        String text = new String(chars, offset, length);
        slots[slot] = text;
        hashes[slot] = hash;
        return text;
    }

    private static boolean sameText(String known, char[] chars, int offset, int length) {
        if (known.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (known.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
