package app.counterpoint.i18n;

import java.util.Locale;
import java.util.Map;

/** The languages Counterpoint speaks, each named in its own words for View › Language. */
public enum Language {
    ENGLISH("en", "English"),
    GERMAN("de", "Deutsch"),
    FRENCH("fr", "Français"),
    SPANISH("es", "Español"),
    RUSSIAN("ru", "Русский"),
    ARABIC("ar", "العربية");

    private final Locale locale;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.locale = Locale.forLanguageTag(tag);
        this.nativeName = nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name as its speakers write it ("Deutsch"), so anyone finds their own in the menu. */
    public String nativeName() {
        return nativeName;
    }

    /**
     * The locale numbers are written in: Arabic with Arabic-Indic digits (٠١٢٣), as the JDK's dates and the schools
     * of the Levant and the Gulf write them (newer CLDR data defaults plain "ar" to Western digits).
     */
    public Locale numberLocale() {
        return this == ARABIC ? Locale.forLanguageTag("ar-u-nu-arab") : locale;
    }

    /** The zero of the digits dates are written in. */
    public char zeroDigit() {
        return this == ARABIC ? '\u0660' : '0';
    }

    /** Whether the window is laid out from right to left in this language. */
    public boolean isRightToLeft() {
        return this == ARABIC;
    }

    /** The language of a locale, English for one Counterpoint does not speak. */
    public static Language of(Locale locale) {
        return locale == null ? ENGLISH : ofTag(locale.getLanguage()).orElse(ENGLISH);
    }

    /** The language named by a setting ("de", "GERMAN") or a locale's language tag, if Counterpoint speaks it. */
    public static java.util.Optional<Language> ofTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return java.util.Optional.empty();
        }
        String language = tag.trim().split("[-_.@]", 2)[0].toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.locale.getLanguage().equals(language) || l.name().equalsIgnoreCase(tag.trim())) {
                return java.util.Optional.of(l);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The language of a terminal's messages as POSIX chooses it: {@code LC_ALL}, then {@code LC_MESSAGES}, then
     * {@code LANG}, the first one set (a language Counterpoint does not speak, or "C", means English).
     */
    public static Language fromEnvironment(Map<String, String> environment) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return ofTag(value).orElse(ENGLISH);
            }
        }
        return ENGLISH;
    }
}
