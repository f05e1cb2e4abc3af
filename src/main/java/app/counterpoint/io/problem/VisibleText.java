package app.counterpoint.io.problem;

import app.counterpoint.i18n.LocalText;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Texts as problem messages show them, and as people compare them: characters that cannot be seen (a zero-width
 * space, a right-to-left override, a lone half of a surrogate pair) are written as a backslash, u and four hex digits ({@code \\u200b}), and two ids that
 * look the same on screen have the same {@link #lookalikeKey}.
 */
public final class VisibleText {

    private VisibleText() {}

    /** The text with every invisible or unprintable character written as {@code \\uXXXX}. */
    public static String of(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hidden = isInvisible(c) || isLoneSurrogate(text, i);
            if (hidden && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (hidden) {
                    sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
            if (!hidden && Character.isHighSurrogate(c) && i + 1 < text.length()) {
                if (sb != null) {
                    sb.append(text.charAt(i + 1));
                }
                i++; // the pair's second half is part of this character
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** The index of the first half of a surrogate pair without its other half, or -1. */
    public static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                if (isLoneSurrogate(text, i)) {
                    return i;
                }
                i++; // a whole pair
            }
        }
        return -1;
    }

    /** What is wrong with a text that holds a lone surrogate at {@code at}, which no editor can show or save. */
    public static String halfCharacter(String text, int at) {
        return halfCharacterText(text, at).english();
    }

    public static LocalText halfCharacterText(String text, int at) {
        return LocalText.of(
                "problem.halfCharacter", String.format(Locale.ROOT, "\\u%04x", (int) text.charAt(at)), at + 1);
    }

    /**
     * What a reader sees: the text in Unicode's composed form (NFC: "e" + combining accent is "é") without its
     * invisible characters. Plain ASCII, nearly every id, is its own key and costs one pass.
     */
    public static String lookalikeKey(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            char c = text.charAt(i);
            ascii = c >= 0x20 && c < 0x7F;
        }
        if (ascii) {
            return text;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (!isInvisible(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Format characters (zero-width spaces and joiners, direction marks and overrides), controls, odd spaces. */
    private static boolean isInvisible(char c) {
        if (c == ' ') {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.FORMAT,
                    Character.CONTROL,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> true;
            default -> false;
        };
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
