package app.counterpoint.io.validate;

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
    public static String problem(String tag) {
        if (tag == null || tag.isBlank()) {
            return "must not be empty; write the language the words were said in, such as \"ru\" or \"ar\"";
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (locale.getLanguage().isEmpty()) {
                return "'" + tag + "' names no language; write one such as \"ru\", \"ar\" or \"pt-BR\"";
            }
            return null;
        } catch (IllformedLocaleException e) {
            return "'" + tag + "' is not a language tag; write one such as \"ru\", \"ar\" or \"pt-BR\""
                    + (tag.contains("_") ? " (with a hyphen, not an underscore)" : "");
        }
    }
}
