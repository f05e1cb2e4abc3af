package app.counterpoint.io.validate;

import app.counterpoint.i18n.LocalText;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * The rule for a statement's {@code lang}: a well-formed BCP 47 language tag ({@code "ru"}, {@code "ar-SY"},
 * {@code "zh-Hant"}), the form browsers, screen readers and the JDK's {@link Locale} understand. One rule for the
 * reader and the editor.
 */
public final class LanguageTags {

    private LanguageTags() {}

    /** Why a text is not a language tag, or {@code null} when it is one. */
    public static LocalText problem(String tag) {
        if (tag == null || tag.isBlank()) {
            return LocalText.of("problem.lang.empty");
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            return locale.getLanguage().isEmpty() ? LocalText.of("problem.lang.noLanguage", tag) : null;
        } catch (IllformedLocaleException e) {
            return LocalText.of(tag.contains("_") ? "problem.lang.underscore" : "problem.lang.notATag", tag);
        }
    }
}
