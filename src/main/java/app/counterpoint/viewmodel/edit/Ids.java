package app.counterpoint.viewmodel.edit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Ids for new items, made from their names as the format guide recommends: lower-case words joined by hyphens. */
public final class Ids {

    private static final int MAX_LENGTH = 40;

    private Ids() {}

    /** "Astana talks" → "astana-talks", or "astana-talks-2" (3, …) when that is taken; "item" for a name of symbols. */
    public static String fresh(String name, String fallback, Predicate<String> taken) {
        String base = slug(name);
        if (base.isEmpty()) {
            base = fallback;
        }
        String id = base;
        for (int n = 2; taken.test(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String slug(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < plain.length() && sb.length() < MAX_LENGTH; ) {
            int c = plain.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (hyphen && sb.length() > 0) {
                    sb.append('-');
                }
                hyphen = false;
                sb.appendCodePoint(c);
            } else {
                hyphen = true;
            }
        }
        return sb.toString();
    }
}
