package app.counterpoint.io.problem;

import java.util.Objects;

/**
 * One thing wrong with a story file, at the place a person would fix it.
 *
 * @param file    the file name as the caller gave it
 * @param line    1-based line of the offending JSON value (or of the object that lacks a field)
 * @param column  1-based column, counted in characters
 * @param message what is wrong, naming the field, what was expected and what was found
 */
public record ValidationProblem(String file, int line, int column, String message) {

    public ValidationProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    /** The compiler-style line editors and terminals recognise: {@code FILE:LINE:COLUMN: message}. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
