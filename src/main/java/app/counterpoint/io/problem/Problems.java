package app.counterpoint.io.problem;

import app.counterpoint.i18n.LocalText;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the problems of one file so that validation can go on after the first and report them all, and apart from
 * them its warnings: what is doubtful but does not keep the story from opening (a quote not word for word in its
 * source).
 *
 * <p>Only the first {@link #LISTED} problems by position are kept; the others are counted, with the first of each
 * kind, so a file with half a million mistakes costs memory for 200 of them ({@link UnlistedProblems}).
 */
public final class Problems {

    /** How many problems are listed, the first by position; the rest are told in one sentence. */
    public static final int LISTED = 200;

    /** The list is cut back to {@link #LISTED} when it reaches this size: sorting is then amortised. */
    private static final int CUT_AT = 4 * LISTED;

    /** Kinds of unlisted problems remembered, each with its first problem; more are counted as kinds only. */
    private static final int KINDS_REMEMBERED = 1000;

    private static final Comparator<ValidationProblem> BY_POSITION =
            Comparator.comparingInt(ValidationProblem::line).thenComparingInt(ValidationProblem::column);

    private final String file;
    /** The problems that may still be listed: the first by position, in the order they were found after a cut. */
    private final List<ValidationProblem> list = new ArrayList<>();
    /** The first unlisted problem of each kind, by kind, in the order they were cut. */
    private final Map<String, ValidationProblem> unlistedKinds = new LinkedHashMap<>();

    private int unlistedKindsForgotten;
    private int total;
    private final List<ValidationProblem> warnings = new ArrayList<>();
    private Utf8Columns columns;

    public Problems(String file) {
        this.file = file;
    }

    /** A new collector for the same file, with the same columns: problems kept apart, then {@link #addAll} added. */
    public Problems sibling() {
        Problems other = new Problems(file);
        other.columns = columns;
        return other;
    }

    /** Adds every problem and warning of another collector of the same file. */
    public void addAll(Problems other) {
        for (ValidationProblem problem : other.list) {
            addAtCharColumn(problem.line(), problem.column(), problem.text());
        }
        total += other.total - other.list.size();
        other.unlistedKinds.forEach(unlistedKinds::putIfAbsent);
        unlistedKindsForgotten += other.unlistedKindsForgotten;
        warnings.addAll(other.warnings);
    }

    /** From now on, columns given to {@link #add(int, int, String)} are Jackson's byte columns in this text. */
    public void useByteColumns(Utf8Columns byteColumns) {
        this.columns = byteColumns;
    }

    /** Adds a problem at a position as Jackson reports it. */
    public void add(int line, int column, LocalText message) {
        addAtCharColumn(line, columns == null ? column : columns.charColumn(line, column), message);
    }

    /** Adds a problem whose words are the same in every language. */
    public void add(int line, int column, String message) {
        add(line, column, LocalText.verbatim(message));
    }

    public void add(Located at, String message) {
        add(at, LocalText.verbatim(message));
    }

    public void addAtCharColumn(int line, int column, String message) {
        addAtCharColumn(line, column, LocalText.verbatim(message));
    }

    public void warn(Located at, String message) {
        warn(at, LocalText.verbatim(message));
    }

    public void addAtCharColumn(int line, int column, LocalText message) {
        total++;
        list.add(new ValidationProblem(file, Math.max(1, line), Math.max(1, column), message));
        if (list.size() >= CUT_AT) {
            cut();
        }
    }

    /**
     * Keeps the first {@link #LISTED} by position. A problem cut is never listed again, as every later cut keeps only
     * problems at or before it, so the kinds counted here are exactly those of the unlisted problems.
     */
    private void cut() {
        list.sort(BY_POSITION); // stable: problems at one place keep the order they were found in
        List<ValidationProblem> dropped = list.subList(LISTED, list.size());
        for (ValidationProblem problem : dropped) {
            String kind = kindOf(problem);
            if (!unlistedKinds.containsKey(kind)) {
                if (unlistedKinds.size() < KINDS_REMEMBERED) {
                    unlistedKinds.put(kind, problem);
                } else {
                    unlistedKindsForgotten++;
                }
            }
        }
        dropped.clear();
    }

    /** What kind of problem this is: from its key and arguments, without putting it into words, when it has a key. */
    private static String kindOf(ValidationProblem problem) {
        String kind = problem.text().kind();
        return kind != null ? kind : kindOf(problem.message());
    }

    /**
     * What kind of problem a message tells, for "of the same kinds": the message without the JSON path it starts
     * with, the texts it quotes and its numbers, so "events[3].start: month 13 is impossible" and
     * "events[9].start: month 14 is impossible" are of one kind.
     */
    static String kindOf(String message) {
        int from = pathEnd(message);
        StringBuilder kind = new StringBuilder(message.length() - from);
        char quote = 0;
        for (int i = from; i < message.length(); i++) {
            char c = message.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                    kind.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                kind.append(c);
            } else if (c >= '0' && c <= '9') {
                if (kind.length() == 0 || kind.charAt(kind.length() - 1) != '#') {
                    kind.append('#');
                }
            } else if (c != ',' || kind.length() == 0 || kind.charAt(kind.length() - 1) != '#') {
                kind.append(c);
            }
        }
        return kind.toString();
    }

    /** Where a leading JSON path such as "statements[12].topics[0]: " ends; 0 when the message has none. */
    private static int pathEnd(String message) {
        for (int i = 0; i + 1 < message.length(); i++) {
            char c = message.charAt(i);
            if (c == ':' && message.charAt(i + 1) == ' ') {
                return i + 2;
            }
            boolean pathCharacter = Character.isLetterOrDigit(c) || c == '.' || c == '[' || c == ']' || c == '_';
            if (!pathCharacter) {
                return 0;
            }
        }
        return 0;
    }

    public void add(Located at, LocalText message) {
        add(at.line(), at.column(), message);
    }

    /** Adds a warning at a value; warnings do not count as problems. */
    public void warn(Located at, LocalText message) {
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
    public static LocalText reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return LocalText.verbatim(f.getReason());
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? LocalText.of("problem.noReason") : LocalText.verbatim(message);
    }

    /** How many problems so far, listed or not; comparing counts tells whether one part of the file added any. */
    public int count() {
        return total;
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /**
     * The first {@link #LISTED} problems by line, then column; problems at the same place keep the order they were
     * found in. {@link #unlisted()} tells the rest.
     */
    public List<ValidationProblem> sorted() {
        if (list.size() > LISTED) {
            cut();
        }
        List<ValidationProblem> copy = new ArrayList<>(list);
        copy.sort(BY_POSITION);
        return copy;
    }

    /** The problems {@link #sorted()} does not list, in one sentence. */
    public UnlistedProblems unlisted() {
        List<ValidationProblem> listed = sorted();
        int count = total - listed.size();
        if (count == 0) {
            return UnlistedProblems.NONE;
        }
        Set<String> listedKinds = new HashSet<>();
        for (ValidationProblem problem : listed) {
            listedKinds.add(kindOf(problem));
        }
        ValidationProblem first = null;
        int otherKinds = unlistedKindsForgotten;
        for (Map.Entry<String, ValidationProblem> kind : unlistedKinds.entrySet()) {
            if (!listedKinds.contains(kind.getKey())) {
                otherKinds++;
                if (first == null || BY_POSITION.compare(kind.getValue(), first) < 0) {
                    first = kind.getValue();
                }
            }
        }
        return new UnlistedProblems(count, first, otherKinds);
    }
}
