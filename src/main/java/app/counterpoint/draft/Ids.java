package app.counterpoint.draft;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Readable ids made from names ("white-house", "white-house-2"), unique within one draft. */
final class Ids {

    private static final int MAX_LENGTH = 40;

    private final Set<String> used = new HashSet<>();

    String unique(String kind, String name) {
        String base = slug(name);
        if (base.isEmpty()) {
            base = kind;
        }
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Lower-case ASCII letters and digits joined by hyphens: "Workers’ Union" → "workers-union". */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
        }
        return s;
    }
}
