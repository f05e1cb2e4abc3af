package app.counterpoint.io.export.pdf;

import java.text.Bidi;
import java.util.Map;

/**
 * Text as a PDF shows it: a PDF draws glyphs left to right as given, with no shaping and no bidirectional ordering,
 * so Arabic letters are first given the form their neighbours ask for (initial, medial, final or alone, and the
 * lam-alef ligatures, from Unicode's Arabic Presentation Forms-B, which DejaVu Sans covers), and a line holding
 * right-to-left text is put in visual order (Unicode bidi algorithm, {@link Bidi}). PDF readers map the presentation
 * forms back to the letters when text is copied or searched.
 */
final class VisualText {

    /** For U+0621 to U+064A: the isolated form, and how many forms follow it (1 none, 2 final, 4 all). */
    private static final int[][] FORMS = new int[0x064B - 0x0621][];

    private static final Map<Character, Character> MIRRORED = Map.of(
            '(', ')', ')', '(', '[', ']', ']', '[', '{', '}', '}', '{', '<', '>', '>', '<', '\u00AB', '\u00BB',
            '\u00BB', '\u00AB');

    static {
        // letter, isolated form, number of forms (1: no joining, 2: joins only on its right, 4: joins both ways)
        int[][] table = {
            {0x0621, 0xFE80, 1}, {0x0622, 0xFE81, 2}, {0x0623, 0xFE83, 2}, {0x0624, 0xFE85, 2}, {0x0625, 0xFE87, 2},
            {0x0626, 0xFE89, 4}, {0x0627, 0xFE8D, 2}, {0x0628, 0xFE8F, 4}, {0x0629, 0xFE93, 2}, {0x062A, 0xFE95, 4},
            {0x062B, 0xFE99, 4}, {0x062C, 0xFE9D, 4}, {0x062D, 0xFEA1, 4}, {0x062E, 0xFEA5, 4}, {0x062F, 0xFEA9, 2},
            {0x0630, 0xFEAB, 2}, {0x0631, 0xFEAD, 2}, {0x0632, 0xFEAF, 2}, {0x0633, 0xFEB1, 4}, {0x0634, 0xFEB5, 4},
            {0x0635, 0xFEB9, 4}, {0x0636, 0xFEBD, 4}, {0x0637, 0xFEC1, 4}, {0x0638, 0xFEC5, 4}, {0x0639, 0xFEC9, 4},
            {0x063A, 0xFECD, 4}, {0x0641, 0xFED1, 4}, {0x0642, 0xFED5, 4}, {0x0643, 0xFED9, 4}, {0x0644, 0xFEDD, 4},
            {0x0645, 0xFEE1, 4}, {0x0646, 0xFEE5, 4}, {0x0647, 0xFEE9, 4}, {0x0648, 0xFEED, 2}, {0x0649, 0xFEEF, 2},
            {0x064A, 0xFEF1, 4}
        };
        for (int[] row : table) {
            FORMS[row[0] - 0x0621] = new int[] {row[1], row[2]};
        }
    }

    private static final char TATWEEL = '\u0640';
    private static final char LAM = '\u0644';

    private VisualText() {}

    /** Whether the text holds any right-to-left character, so it needs {@link #visual(String)} at all. */
    static boolean hasRightToLeft(String text) {
        return Bidi.requiresBidi(text.toCharArray(), 0, text.length());
    }

    /** Whether a paragraph reads right to left: its first strong character does. */
    static boolean isRightToLeft(String text) {
        return hasRightToLeft(text) && !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    }

    /** The Arabic letters of {@code text} in the forms their neighbours give them; other text unchanged. */
    static String shaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int[] forms = forms(c);
            if (forms == null) {
                out.append(c);
                continue;
            }
            boolean joinsBefore = joinsToNext(before(text, i));
            int next = after(text, i);
            if (c == LAM && next >= 0 && lamAlef(text.charAt(next)) != 0) {
                int ligature = lamAlef(text.charAt(next));
                out.append((char) (joinsBefore ? ligature + 1 : ligature));
                out.append(text, i + 1, next); // marks between keep their place
                i = next;
                continue;
            }
            boolean joinsAfter = forms[1] == 4 && next >= 0 && joinsToPrevious(text.charAt(next));
            int form;
            if (forms[1] == 1) {
                form = forms[0];
            } else if (forms[1] == 2) {
                form = joinsBefore ? forms[0] + 1 : forms[0];
            } else if (joinsBefore && joinsAfter) {
                form = forms[0] + 3;
            } else if (joinsBefore) {
                form = forms[0] + 1;
            } else if (joinsAfter) {
                form = forms[0] + 2;
            } else {
                form = forms[0];
            }
            out.append((char) form);
        }
        return out.toString();
    }

    /**
     * One line in the order its glyphs are drawn, left to right: runs reordered by the bidi algorithm, right-to-left
     * runs reversed with their brackets mirrored. Left-to-right text comes back as it was.
     */
    static String visual(String line, boolean rightToLeft) {
        if (!hasRightToLeft(line)) {
            return withoutDirectionMarks(line);
        }
        Bidi bidi = new Bidi(line, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        String[] texts = new String[runs];
        for (int r = 0; r < runs; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            String run = line.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
            texts[r] = withoutDirectionMarks((levels[r] & 1) == 1 ? reversed(run) : run);
        }
        Bidi.reorderVisually(levels, 0, texts, 0, runs);
        return String.join("", texts);
    }

    /**
     * Whether a character is a left-to-right or right-to-left mark: invisible, but it orders its neighbours ("12 March
     * 2024" after an Arabic title stays one unit behind a left-to-right mark, as {@code DisplayDates.heading} writes it).
     */
    static boolean isDirectionMark(int c) {
        return c == '\u200E' || c == '\u200F';
    }

    /** The text without its direction marks, which the fonts cannot draw and which take no room. */
    static String withoutDirectionMarks(String text) {
        return text.indexOf('\u200E') < 0 && text.indexOf('\u200F') < 0
                ? text
                : text.replace("\u200E", "").replace("\u200F", "");
    }

    private static String reversed(String run) {
        StringBuilder sb = new StringBuilder(run.length());
        for (int i = run.length() - 1; i >= 0; i--) {
            char c = run.charAt(i);
            if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(run.charAt(i - 1))) {
                sb.append(run.charAt(i - 1)).append(c); // a pair keeps its order
                i--;
            } else {
                sb.append(MIRRORED.getOrDefault(c, c));
            }
        }
        return sb.toString();
    }

    private static int[] forms(char c) {
        return c >= 0x0621 && c < 0x064B ? FORMS[c - 0x0621] : null;
    }

    /** Harakat and other marks sit on a letter without breaking its joins. */
    private static boolean transparent(char c) {
        return (c >= 0x064B && c <= 0x065F) || c == 0x0670;
    }

    private static int before(String text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!transparent(text.charAt(j))) {
                return text.charAt(j);
            }
        }
        return -1;
    }

    private static int after(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            if (!transparent(text.charAt(j))) {
                return j;
            }
        }
        return -1;
    }

    private static boolean joinsToNext(int c) {
        if (c == TATWEEL) {
            return true;
        }
        int[] forms = c < 0 ? null : forms((char) c);
        return forms != null && forms[1] == 4;
    }

    private static boolean joinsToPrevious(char c) {
        int[] forms = forms(c);
        return c == TATWEEL || (forms != null && forms[1] > 1);
    }

    /** The isolated lam-alef ligature for lam followed by {@code alef}, or 0 when it is no alef. */
    private static int lamAlef(char alef) {
        return switch (alef) {
            case '\u0622' -> 0xFEF5;
            case '\u0623' -> 0xFEF7;
            case '\u0625' -> 0xFEF9;
            case '\u0627' -> 0xFEFB;
            default -> 0;
        };
    }
}
