package app.counterpoint.cli;

import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.LocalText;
import app.counterpoint.i18n.Messages;
import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryFormat;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.io.StoryReader;
import app.counterpoint.io.json.ReadLimits;
import app.counterpoint.io.problem.ValidationProblem;
import app.counterpoint.io.recovery.OwnLargeFiles;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code counterpoint check FILE…}: validates story files, and any file Counterpoint can import, and prints problems
 * the way compilers do.
 */
public final class CheckCommand {

    private CheckCommand() {}

    /** The option that makes warnings count like problems. */
    public static final String STRICT = "--strict";

    /**
     * Checks each file and prints {@code OK FILE (N events, M statements)} (and {@code , K tours} when it has any) for a
     * Counterpoint story, {@code OK FILE
     * (TimelineJS, N events, M statements)} naming the format of an importable file, or one
     * {@code FILE:LINE:COLUMN: message} line per problem, the first 200 of them and then {@code FILE: and N more
     * problems of the same kinds}. Warnings (a quote not word for word in its source) come
     * before, as {@code FILE:LINE:COLUMN: warning: message}; they change the exit status only with {@code --strict}.
     *
     * @return 0 when every file is valid (and, with --strict, has no warning), 1 when any is not, 2 (after a usage
     *         line) when no file is given
     */
    public static int run(List<String> arguments, PrintStream out) {
        return run(arguments, out, Messages.ofEnvironment());
    }

    /** As {@link #run(List, PrintStream)}, in the language of {@code messages} (the terminal's: LANG, LC_MESSAGES). */
    public static int run(List<String> arguments, PrintStream out, Messages messages) {
        boolean strict = arguments.contains(STRICT);
        ReadLimits limits = ReadLimits.DEFAULT;
        List<String> files = new ArrayList<>();
        for (String argument : arguments) {
            OptionalInt megabytes = ReadLimits.megabytesOf(argument);
            if (megabytes.isPresent() && megabytes.getAsInt() < 0) {
                out.println(messages.text("check.maxSize.invalid", ReadLimits.HIGHEST_MEGABYTES));
                return 2;
            } else if (megabytes.isPresent()) {
                limits = ReadLimits.ofMegabytes(megabytes.getAsInt());
            } else if (!argument.equals(STRICT)) {
                files.add(argument);
            }
        }
        if (files.isEmpty()) {
            out.println(messages.text("check.usage"));
            return 2;
        }
        StoryOpener opener = new StoryOpener(new StoryReader(limits), OwnLargeFiles.ofCurrentUser()::wrote);
        int status = 0;
        for (String file : files) {
            LoadResult result = read(opener, file, messages);
            List<ValidationProblem> lines = new ArrayList<>(result.problems());
            lines.addAll(result.warnings());
            lines.sort(Comparator.comparingInt(ValidationProblem::line).thenComparingInt(ValidationProblem::column));
            Language language = messages.language();
            for (ValidationProblem line : lines) {
                // The name exactly as typed, which Path may have normalised, so users recognise it.
                String message = result.warnings().contains(line)
                        ? messages.text("check.warning", line.message(language))
                        : line.message(language);
                out.println(file + ":" + line.line() + ":" + line.column() + ": " + message);
            }
            if (!result.unlisted().isEmpty()) {
                out.println(file + ": " + result.unlisted().sentence(language));
            }
            tooLargeHint(result, limits)
                    .ifPresent(option -> out.println(messages.text("check.maxSize.hint", file, option)));
            boolean warned = !result.warnings().isEmpty();
            if (!result.isValid() || (strict && warned)) {
                status = 1;
            }
            if (result.isValid()) {
                String counts = messages.text(
                        "check.counts",
                        result.story().events().size(),
                        result.story().statements().size());
                int tours = result.story().tours().size();
                if (tours > 0) {
                    counts = messages.text("check.tours", counts, tours);
                }
                if (result.format() != StoryFormat.COUNTERPOINT) {
                    counts = messages.text("check.format", result.format().displayName(), counts);
                }
                if (warned) {
                    counts = messages.text(
                            "check.warnings", counts, result.warnings().size());
                }
                out.println(messages.text(strict && warned ? "check.notOk" : "check.ok", file, counts));
            }
        }
        return status;
    }

    /**
     * For a file refused only by its size, when a raised limit would take it: the option that raises it enough, such as
     * {@code --max-size=400}, for the user to add if they trust the file.
     */
    static Optional<String> tooLargeHint(LoadResult result, ReadLimits limits) {
        if (result.isValid() || result.problems().size() != 1) {
            return Optional.empty();
        }
        LocalText only = result.problems().get(0).text();
        if (!only.key().equals(StoryReader.TOO_LARGE)) {
            return Optional.empty();
        }
        long size = ((Number) only.arguments().get(0)).longValue(); // the refusal's first argument: the file's size
        long needed = Math.max(ReadLimits.megabytesFor(size), limits.megabytes() + 1L);
        return needed <= ReadLimits.HIGHEST_MEGABYTES
                ? Optional.of(ReadLimits.OPTION + "=" + needed)
                : Optional.empty();
    }

    /** The file opened, or a problem that names why its name is none, in the language of {@code messages}. */
    static LoadResult read(StoryOpener opener, String file, Messages messages) {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            return LoadResult.invalid(
                    new ValidationProblem(file, 1, 1, messages.text("check.badFileName", e.getReason())));
        }
        return opener.open(path);
    }
}
