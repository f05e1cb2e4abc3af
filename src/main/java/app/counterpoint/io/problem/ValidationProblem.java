package app.counterpoint.io.problem;

import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.LocalText;
import java.util.Objects;

/**
 * One thing wrong with a story file, at the place a person would fix it.
 *
 * @param file    the file name as the caller gave it
 * @param line    1-based line of the offending JSON value (or of the object that lacks a field)
 * @param column  1-based column, counted in characters
 * @param text    what is wrong, naming the field, what was expected and what was found: put into words in a language
 *                only when shown ({@link #message()} in English, {@link #message(Language)} in any)
 */
public record ValidationProblem(String file, int line, int column, LocalText text) {

    public ValidationProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    /** A problem whose words are the same in every language (read from elsewhere, or made by a test). */
    public ValidationProblem(String file, int line, int column, String message) {
        this(file, line, column, LocalText.verbatim(Objects.requireNonNull(message, "message")));
    }

    /** What is wrong, in English: the words of {@code check} in an English terminal and of the tests. */
    public String message() {
        return text.english();
    }

    /** What is wrong, in a language. */
    public String message(Language language) {
        return text.in(language);
    }

    /** The same problem in another file's name (as a user typed it). */
    public ValidationProblem inFile(String name) {
        return new ValidationProblem(name, line, column, text);
    }

    /** The compiler-style line editors and terminals recognise: {@code FILE:LINE:COLUMN: message}. */
    public String format() {
        return format(Language.ENGLISH);
    }

    /** {@code FILE:LINE:COLUMN: message}, the message in a language. */
    public String format(Language language) {
        return file + ":" + line + ":" + column + ": " + message(language);
    }

    /** Problems are equal when they say the same at the same place, however their words were kept. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ValidationProblem p
                && p.line == line
                && p.column == column
                && p.file.equals(file)
                && (p.text.equals(text) || p.message().equals(message()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, line, column, message());
    }

    @Override
    public String toString() {
        return format();
    }
}
