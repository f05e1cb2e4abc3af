package app.counterpoint.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every word Counterpoint shows, in one language, from {@code app/counterpoint/i18n/messages*.properties} (UTF-8).
 * Texts are ICU message patterns: {@code {0}} for an argument and {@code {0, plural, one {# event} other {# events}}}
 * for counts, so Russian and Arabic get their own plural forms, and numbers come in the language's digits.
 */
public final class Messages {

    static final String BUNDLE = "app.counterpoint.i18n.messages";

    /** What is wrong in a story file, for {@link LocalText}: a bundle of its own, apart from the window's words. */
    static final String PROBLEMS_BUNDLE = "app.counterpoint.i18n.problems";

    private static final Map<Language, Messages> LOADED = new ConcurrentHashMap<>();
    private static final Map<Language, Messages> PROBLEMS = new ConcurrentHashMap<>();

    private final Language language;
    private final ResourceBundle bundle;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Messages(Language language, String bundleName) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(
                bundleName,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The messages of a language, loaded once. */
    public static Messages of(Language language) {
        return LOADED.computeIfAbsent(language, l -> new Messages(l, BUNDLE));
    }

    /** The words of a language for what is wrong in a story file ({@link LocalText}), loaded once. */
    public static Messages problems(Language language) {
        return PROBLEMS.computeIfAbsent(language, l -> new Messages(l, PROBLEMS_BUNDLE));
    }

    /** The messages of the terminal's language ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}). */
    public static Messages ofEnvironment() {
        return of(Language.fromEnvironment(System.getenv()));
    }

    public Language language() {
        return language;
    }

    /**
     * The text of a key with its arguments filled in.
     *
     * @throws MissingResourceException for a key no bundle has: a programming error the consistency test catches
     */
    public String text(String key, Object... arguments) {
        MessageFormat format = formats.computeIfAbsent(
                key, k -> new MessageFormat(bundle.getString(k), ULocale.forLocale(language.numberLocale())));
        return format.format(arguments);
    }

    /** A key's text as written, not a message pattern: java.time date patterns, which quote with apostrophes too. */
    public String pattern(String key) {
        return bundle.getString(key);
    }

    /** Whether the bundles have this key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
