package app.counterpoint.io.problem;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one file so that validation can go on after the first and report them all, and apart from
 * them its warnings: what is doubtful but does not keep the story from opening (a quote not word for word in its
 * source).
 */
public final class Problems {

    private static final Comparator<ValidationProblem> BY_POSITION =
            Comparator.comparingInt(ValidationProblem::line).thenComparingInt(ValidationProblem::column);

    private final String file;
    private final List<ValidationProblem> list = new ArrayList<>();
    private final List<ValidationProblem> warnings = new ArrayList<>();
    private Utf8Columns columns;

    public Problems(String file) {
        this.file = file;
    }

    /** From now on, columns given to {@link #add(int, int, String)} are Jackson's byte columns in this text. */
    public void useByteColumns(Utf8Columns byteColumns) {
        this.columns = byteColumns;
    }

    /** Adds a problem at a position as Jackson reports it. */
    public void add(int line, int column, String message) {
        addAtCharColumn(line, columns == null ? column : columns.charColumn(line, column), message);
    }

    public void addAtCharColumn(int line, int column, String message) {
        list.add(new ValidationProblem(file, Math.max(1, line), Math.max(1, column), message));
    }

    public void add(Located at, String message) {
        add(at.line(), at.column(), message);
    }

    /** Adds a warning at a value; warnings do not count as problems. */
    public void warn(Located at, String message) {
        int column = columns == null ? at.column() : columns.charColumn(at.line(), at.column());
        warnings.add(new ValidationProblem(file, Math.max(1, at.line()), Math.max(1, column), message));
    }

    /** The warnings by line, then column. */
    public List<ValidationProblem> sortedWarnings() {
        List<ValidationProblem> copy = new ArrayList<>(warnings);
        copy.sort(BY_POSITION);
        return copy;
    }

    /**
     * Why a file could not be read, in the system's words but without Java's names for it: "Input/output error",
     * not "java.nio.file.FileSystemException: /a/b: Input/output error".
     */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "the system gave no reason" : message;
    }

    /** How many problems so far; comparing counts tells whether one part of the file added any. */
    public int count() {
        return list.size();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** The problems by line, then column; problems at the same place keep the order they were found in. */
    public List<ValidationProblem> sorted() {
        List<ValidationProblem> copy = new ArrayList<>(list);
        copy.sort(BY_POSITION);
        return copy;
    }
}
