package app.counterpoint.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.LocalText;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a problem is told by a key in each of the six languages with no English word left in the five
 * translations: the texts are read with their values (ids, field names, the file's words) masked, so only the
 * translation's own words are checked. Shared by the reader's and the importers' corpus tests.
 */
final class EveryLanguageCheck {

    /** Words of the English messages that no translation uses as a word of its own. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|is|are|not|must|missing|expected|found|file|field|line|write|has|cannot|should|with|and|of|to"
                    + "|for|or|here|this|needs|unknown|already|used|story|empty)\\b");

    /** What a translation quotes as the file writes it: "format": "counterpoint/1", 'name', \n. */
    private static final Pattern AS_WRITTEN = Pattern.compile("\"[^\"]*\"|'[^']*'|\\\\.");

    private static final String MASK = "◆";

    private EveryLanguageCheck() {}

    /**
     * Checks one text: adds what is wrong with it to {@code wrong} (no key, an English word left, a translation the
     * same as the English) and its keys, with those of the texts inside it, to {@code keys}.
     */
    static void check(String where, LocalText text, List<String> wrong, Set<String> keys) {
        if (text.isVerbatim()) {
            wrong.add(where + ": no key for \"" + text.english() + "\"");
            return;
        }
        collectKeys(text, keys);
        String english = masked(text).in(Language.ENGLISH);
        for (Language language : Language.values()) {
            String words = text.in(language); // every language renders: no key or argument is missing
            assertTrue(!words.isBlank(), language + ": " + text.key());
            if (language == Language.ENGLISH) {
                continue;
            }
            String own = AS_WRITTEN.matcher(masked(text).in(language)).replaceAll(MASK);
            Matcher left = ENGLISH.matcher(own);
            if (left.find()) {
                wrong.add(language + ": English \"" + left.group() + "\" in " + own);
            } else if (own.equals(AS_WRITTEN.matcher(english).replaceAll(MASK))) {
                wrong.add(language + ": not translated: " + own);
            }
        }
    }

    private static void collectKeys(LocalText text, Set<String> keys) {
        if (text.isVerbatim()) {
            return;
        }
        keys.add(text.key());
        for (Object argument : text.arguments()) {
            if (argument instanceof LocalText inner) {
                collectKeys(inner, keys);
            }
        }
    }

    /** The same text with every value shown as it is replaced by a mark: only the bundle's own words are left. */
    private static LocalText masked(LocalText text) {
        if (text.isVerbatim()) {
            return LocalText.verbatim(MASK);
        }
        Object[] arguments = text.arguments().stream()
                .map(a -> a instanceof LocalText inner
                        ? masked(inner)
                        : a instanceof LocalText.Choice || a instanceof Number ? a : MASK)
                .toArray();
        return LocalText.of(text.key(), arguments);
    }
}
