package app.counterpoint.cli;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.io.export.AtomicFile;
import app.counterpoint.io.export.StoryWriter;
import app.counterpoint.io.export.TimelineJsExporter;
import app.counterpoint.io.problem.ValidationProblem;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.compare.StoryComparisons;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code counterpoint convert IN OUT [--to FORMAT]}: opens any file Counterpoint can import and writes it as a
 * Counterpoint story (the default), TimelineJS JSON, or the comparison of every event as Markdown or HTML, the way
 * the app's File menu saves and exports. The output is written atomically and never over the input.
 */
public final class ConvertCommand {

    static final String USAGE = "usage: counterpoint convert IN OUT [--to " + ConvertFormat.choices() + "]";

    private ConvertCommand() {}

    /**
     * @return 0 when the output was written (or help printed), 1 when the input has problems or the output cannot
     * be written, 2 (after a usage line) for wrong arguments or an output that would replace the input
     */
    public static int run(List<String> args, PrintStream out) {
        List<String> files = new ArrayList<>();
        ConvertFormat format = ConvertFormat.COUNTERPOINT;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                help(out);
                return 0;
            }
            String name = null;
            if (arg.equals("--to")) {
                if (i + 1 == args.size()) {
                    out.println("--to needs a format: " + ConvertFormat.choices());
                    out.println(USAGE);
                    return 2;
                }
                name = args.get(++i);
            } else if (arg.startsWith("--to=")) {
                name = arg.substring("--to=".length());
            } else if (arg.startsWith("--")) {
                out.println("unknown option " + arg);
                out.println(USAGE);
                return 2;
            } else {
                files.add(arg);
                continue;
            }
            Optional<ConvertFormat> chosen = ConvertFormat.of(name);
            if (chosen.isEmpty()) {
                out.println("unknown format '" + name + "'; --to takes one of " + ConvertFormat.choices());
                return 2;
            }
            format = chosen.get();
        }
        if (files.size() != 2) {
            out.println(USAGE);
            return 2;
        }
        return convert(files.get(0), files.get(1), format, out);
    }

    private static int convert(String in, String target, ConvertFormat format, PrintStream out) {
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
            if (!result.unlisted().isEmpty()) {
                out.println(in + ": " + result.unlisted().sentence());
            }
            return 1;
        }
        try {
            write(result.story(), outPath, format);
        } catch (IOException e) {
            out.println(target + ": cannot be written: " + e.getMessage());
            return 1;
        }
        out.println("Wrote " + target + (format == ConvertFormat.COUNTERPOINT ? "" : " as " + format.option())
                + " from " + in + " (" + result.format().displayName() + ", "
                + result.story().events().size() + " events, "
                + result.story().statements().size()
                + " statements)");
        return 0;
    }

    private static void write(Story story, Path target, ConvertFormat format) throws IOException {
        switch (format) {
            case COUNTERPOINT -> new StoryWriter().write(story, target);
            case TIMELINEJS -> new TimelineJsExporter().write(story, target);
            case MARKDOWN ->
                AtomicFile.write(target, StoryComparisons.markdown(story).getBytes(StandardCharsets.UTF_8));
            case HTML -> AtomicFile.write(target, StoryComparisons.html(story).getBytes(StandardCharsets.UTF_8));
            case SLIDESHOW -> {
                if (story.tours().isEmpty()) {
                    throw new IOException("the story has no tour to make a slideshow of");
                }
                AtomicFile.write(
                        target,
                        app.counterpoint.io.export.TourSlideshow.html(
                                        story, story.tours().get(0))
                                .getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void help(PrintStream out) {
        out.println(USAGE);
        out.println();
        out.println(
                "Opens IN (a Counterpoint story, TimelineJS JSON, a TimelineJS spreadsheet as CSV or a statement CSV)");
        out.println("and writes OUT atomically, never over IN. Formats for --to:");
        for (ConvertFormat format : ConvertFormat.values()) {
            out.println(String.format("  %-13s %s", format.option(), format.description()));
        }
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
