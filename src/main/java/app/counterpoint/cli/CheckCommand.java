package app.counterpoint.cli;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryFormat;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.io.problem.ValidationProblem;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code counterpoint check FILE…}: validates story files, and any file Counterpoint can import, and prints problems
 * the way compilers do.
 */
public final class CheckCommand {

    private CheckCommand() {}

    /**
     * Checks each file and prints {@code OK FILE (N events, M statements)} for a Counterpoint story, {@code OK FILE
     * (TimelineJS, N events, M statements)} naming the format of an importable file, or one
     * {@code FILE:LINE:COLUMN: message} line per problem.
     *
     * @return 0 when every file is valid, 1 when any is not, 2 (after a usage line) when no file is given
     */
    public static int run(List<String> files, PrintStream out) {
        if (files.isEmpty()) {
            out.println("usage: counterpoint check FILE...");
            return 2;
        }
        StoryOpener opener = new StoryOpener();
        int status = 0;
        for (String file : files) {
            LoadResult result = read(opener, file);
            if (result.isValid()) {
                String format = result.format() == StoryFormat.COUNTERPOINT
                        ? ""
                        : result.format().displayName() + ", ";
                out.println(
                        "OK " + file + " (" + format + result.story().events().size() + " events, "
                                + result.story().statements().size() + " statements)");
            } else {
                status = 1;
                for (ValidationProblem problem : result.problems()) {
                    // The name exactly as typed, which Path may have normalised, so users recognise it.
                    out.println(
                            new ValidationProblem(file, problem.line(), problem.column(), problem.message()).format());
                }
            }
        }
        return status;
    }

    static LoadResult read(StoryOpener opener, String file) {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            return LoadResult.invalid(new ValidationProblem(file, 1, 1, "not a valid file name: " + e.getReason()));
        }
        return opener.open(path);
    }
}
