package app.counterpoint.text;

/**
 * A deliberately light English stemmer, so "talks", "talked" and "talking" meet on "talk" and "countries" on
 * "country", without the surprises of a full stemmer on names. It takes lower-case words.
 */
public final class LightStemmer {

    private LightStemmer() {}

    public static String stem(String word) {
        String w = stripPossessive(word);
        if (w.length() <= 3 || !isAlphabetic(w)) {
            return w;
        }
        w = stripPlural(w);
        w = stripVerbEnding(w);
        // "eradicate" and "eradicating" must meet: a final silent e never decides a match
        if (w.length() > 4 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String stripPossessive(String w) {
        if (w.endsWith("'s")) {
            return w.substring(0, w.length() - 2);
        }
        return w.endsWith("s'") ? w.substring(0, w.length() - 1) : w;
    }

    private static String stripPlural(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zes") || w.endsWith("ches") || w.endsWith("shes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String stripVerbEnding(String w) {
        String base = w;
        if (w.endsWith("ing") && w.length() > 5) {
            base = w.substring(0, w.length() - 3);
        } else if (w.endsWith("ed") && w.length() > 4) {
            base = w.substring(0, w.length() - 2);
        }
        if (base == w) {
            return w;
        }
        if (base.endsWith("i")) {
            // "tried" → "try"
            return base.substring(0, base.length() - 1) + "y";
        }
        int n = base.length();
        if (n > 2
                && base.charAt(n - 1) == base.charAt(n - 2)
                && "lsz".indexOf(base.charAt(n - 1)) < 0
                && !isVowel(base.charAt(n - 1))) {
            // "stopped" → "stop", but "called" stays "call"
            return base.substring(0, n - 1);
        }
        return base;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static boolean isAlphabetic(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'') {
                return false;
            }
        }
        return true;
    }
}
