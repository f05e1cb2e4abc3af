package app.counterpoint.draft;

/**
 * A word or a punctuation mark of the article, with its place in the article's text.
 *
 * @param start the offset of its first character in the article text
 * @param end   the offset just after its last character
 */
record Token(String text, int start, int end, boolean word) {

    /** Whether the word starts with a capital letter (or is a number, which a name may hold: "G20"). */
    boolean capitalised() {
        return word && (Character.isUpperCase(text.codePointAt(0)) || Character.isDigit(text.codePointAt(0)));
    }

    /** The word lower-cased, without a trailing possessive "'s". */
    String bare() {
        return Lexicon.lower(possessive() ? text.substring(0, text.length() - 2) : text);
    }

    /** Whether the word ends with a possessive "'s" ("Putin's", "council’s"). */
    boolean possessive() {
        return word && text.length() > 2 && (text.endsWith("'s") || text.endsWith("’s"));
    }

    boolean is(String s) {
        return text.equals(s);
    }

    boolean isLower(String s) {
        return word && text.equalsIgnoreCase(s);
    }
}
