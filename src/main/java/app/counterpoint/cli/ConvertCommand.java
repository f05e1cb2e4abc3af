package app.counterpoint.cli;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.io.export.StoryWriter;
import app.counterpoint.io.problem.ValidationProblem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code counterpoint convert IN OUT.json}: opens any file Counterpoint can import and saves it as a Counterpoint
 * story. The output is written atomically and never over the input.
 */
public final class ConvertCommand {

    private static final String USAGE = "usage: counterpoint convert IN OUT.json";

    private ConvertCommand() {}

    /**
     * @return 0 when the story was written, 1 when the input has problems or the output cannot be written, 2 (after
     * a usage line) for wrong arguments or an output that would replace the input
     */
    public static int run(List<String> args, PrintStream out) {
        if (args.size() != 2) {
            out.println(USAGE);
            return 2;
        }
        String in = args.get(0);
        String target = args.get(1);
        Path outPath;
        try {
            outPath = Path.of(target);
        } catch (InvalidPathException e) {
            out.println(target + ":1:1: not a valid file name: " + e.getReason());
            return 2;
        }
        if (sameFile(in, outPath)) {
            out.println(target + ": refusing to overwrite the input file; name a different output file");
            return 2;
        }
        LoadResult result = CheckCommand.read(new StoryOpener(), in);
        if (!result.isValid()) {
            for (ValidationProblem problem : result.problems()) {
                out.println(new ValidationProblem(in, problem.line(), problem.column(), problem.message()).format());
            }
            return 1;
        }
        try {
            new StoryWriter().write(result.story(), outPath);
        } catch (IOException e) {
            out.println(target + ": cannot be written: " + e.getMessage());
            return 1;
        }
        out.println("Wrote " + target + " from " + in + " (" + result.format().displayName() + ", "
                + result.story().events().size() + " events, "
                + result.story().statements().size()
                + " statements)");
        return 0;
    }

    private static boolean sameFile(String in, Path outPath) {
        try {
            Path inPath = Path.of(in);
            if (Files.exists(inPath) && Files.exists(outPath)) {
                return Files.isSameFile(inPath, outPath);
            }
            return inPath.toAbsolutePath()
                    .normalize()
                    .equals(outPath.toAbsolutePath().normalize());
        } catch (InvalidPathException | IOException e) {
            return false; // an unreadable input is reported when it is opened
        }
    }
}
