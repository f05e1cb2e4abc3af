package app.counterpoint.i18n;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A text told in the reader's language, kept as a key of the problems bundle
 * ({@code app/counterpoint/i18n/problems*.properties}) and its arguments, and put into words only when it is shown:
 * a story file with half a million mistakes makes half a million of these, and shows two hundred. An argument may
 * be a text of its own (a {@code LocalText}, told in the same language), a {@link Localised} value (a date, told
 * the language's way), a {@link #choice choice} word an ICU {@code select} picks its words by, or a value shown as it
 * is (a field's name, an id, a number in the language's digits).
 *
 * @param key       the bundle key; {@code null} for a {@link #verbatim} text, which is told the same in every language
 * @param arguments the pattern's arguments, in order
 */
public record LocalText(String key, List<Object> arguments) {

    /** The key that puts a field's JSON path before what is wrong with it: "events[3].start: …". */
    public static final String AT = "problem.at";

    public LocalText {
        arguments = Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
    }

    /** A value told its own way in each language. */
    @FunctionalInterface
    public interface Localised {
        String in(Language language);
    }

    /** A word an ICU {@code select} chooses by ("topic", "actor"); it also tells problems' kinds apart. */
    public record Choice(String word) {
        @Override
        public String toString() {
            return word;
        }
    }

    public static LocalText of(String key, Object... arguments) {
        return new LocalText(key, Arrays.asList(arguments));
    }

    /** A text that is the same in every language: one read from elsewhere (the system's reason for an error). */
    public static LocalText verbatim(String text) {
        return new LocalText(null, List.of(text));
    }

    public static Choice choice(String word) {
        return new Choice(word);
    }

    /** What is wrong at a field, after its JSON path; the text alone when the path is empty (the file's root). */
    public static LocalText at(String path, LocalText what) {
        return path == null || path.isEmpty() ? what : of(AT, path, what);
    }

    public boolean isVerbatim() {
        return key == null;
    }

    /** The text in a language. */
    public String in(Language language) {
        if (key == null) {
            return String.valueOf(arguments.get(0));
        }
        Object[] shown = new Object[arguments.size()];
        for (int i = 0; i < shown.length; i++) {
            Object a = arguments.get(i);
            shown[i] = a instanceof LocalText t
                    ? t.in(language)
                    : a instanceof Localised l ? l.in(language) : a instanceof Choice c ? c.word() : a;
        }
        return Messages.problems(language).text(key, shown);
    }

    /** The text in English: what {@code check} prints by default and what the tests read. */
    public String english() {
        return in(Language.ENGLISH);
    }

    /**
     * What kind of problem this tells, for counting the unlisted ones "of the same kinds": its key, the keys of the
     * texts inside it and its choice words, without the values that differ from one place to the next (a path, an
     * id, a number). Cheap: nothing is formatted.
     */
    public String kind() {
        if (key == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        appendKind(sb);
        return sb.toString();
    }

    private void appendKind(StringBuilder sb) {
        if (!AT.equals(key)) {
            sb.append(key);
        }
        for (Object a : arguments) {
            if (a instanceof LocalText t) {
                sb.append('(');
                if (t.key == null) {
                    sb.append('"').append(t.arguments.get(0)).append('"');
                } else {
                    t.appendKind(sb);
                }
                sb.append(')');
            } else if (a instanceof Choice c) {
                sb.append('[').append(c.word()).append(']');
            }
        }
    }

    @Override
    public String toString() {
        return english();
    }
}
