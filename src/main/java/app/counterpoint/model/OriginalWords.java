package app.counterpoint.model;

import java.util.Objects;

/**
 * The language a statement was said in, when its {@code text} is a translation, and its words in that language when
 * the story has them: the Kremlin's Russian readout beside the English used in class. A quote without its original
 * words is a translated quote, and the comparison says so.
 *
 * @param lang  the language the words were said in, a BCP 47 tag such as {@code "ru"} or {@code "ar-SY"}
 * @param words the words as they were said, or {@code null} when the story does not have them
 */
public record OriginalWords(String lang, String words) {

    public OriginalWords {
        Objects.requireNonNull(lang, "lang");
    }

    /** Whether the story has the words as they were said. */
    public boolean hasWords() {
        return words != null;
    }
}
