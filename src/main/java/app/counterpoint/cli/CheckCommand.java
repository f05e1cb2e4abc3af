package app.counterpoint.cli;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import app.counterpoint.io.ValidationProblem;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** {@code counterpoint check FILE…}: validates story files and prints problems the way compilers do. */
public final class CheckCommand {

    private CheckCommand() {
    }

    /**
     * Checks each file and prints {@code OK FILE (N events, M statements)} or one {@code FILE:LINE:COLUMN: message}
     * line per problem.
     *
     * @return 0 when every file is valid, 1 when any is not, 2 (after a usage line) when no file is given
     */
    public static int run(List<String> files, PrintStream out) {
        if (files.isEmpty()) {
            out.println("usage: counterpoint check FILE...");
            return 2;
        }
        StoryReader reader = new StoryReader();
        int status = 0;
        for (String file : files) {
            LoadResult result = read(reader, file);
            if (result.isValid()) {
                out.println("OK " + file + " (" + result.story().events().size() + " events, "
                        + result.story().statements().size() + " statements)");
            } else {
                status = 1;
                for (ValidationProblem problem : result.problems()) {
                    // The name exactly as typed, which Path may have normalised, so users recognise it.
                    out.println(new ValidationProblem(file, problem.line(), problem.column(), problem.message())
                            .format());
                }
            }
        }
        return status;
    }

    private static LoadResult read(StoryReader reader, String file) {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            return LoadResult.invalid(new ValidationProblem(file, 1, 1, "not a valid file name: " + e.getReason()));
        }
        return reader.read(path);
    }
}
