package app.counterpoint.cli;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.io.StoryReader;
import app.counterpoint.io.export.AtomicFile;
import app.counterpoint.io.export.FileNotWrittenException;
import app.counterpoint.io.export.StoryWriter;
import app.counterpoint.io.export.TimelineJsExporter;
import app.counterpoint.io.export.TourSlideshow;
import app.counterpoint.io.importing.ImportedNames;
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
 * the app's File menu saves and exports. The output is written atomically and never over the input. What it says is in
 * the terminal's language ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}), as {@code check}'s.
 */
public final class ConvertCommand {

    private ConvertCommand() {}

    /**
     * @return 0 when the output was written (or help printed), 1 when the input has problems or the output cannot
     * be written, 2 (after a usage line) for wrong arguments or an output that would replace the input
     */
    public static int run(List<String> args, PrintStream out) {
        return run(args, out, Messages.ofEnvironment());
    }

    /** As {@link #run(List, PrintStream)}, in the language of {@code messages}. */
    public static int run(List<String> args, PrintStream out, Messages messages) {
        String usage = messages.text("cli.convert.usage", ConvertFormat.choices());
        List<String> files = new ArrayList<>();
        ConvertFormat format = ConvertFormat.COUNTERPOINT;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                help(out, usage, messages);
                return 0;
            }
            String name = null;
            if (arg.equals("--to")) {
                if (i + 1 == args.size()) {
                    out.println(messages.text("cli.convert.toNeedsFormat", ConvertFormat.choices()));
                    out.println(usage);
                    return 2;
                }
                name = args.get(++i);
            } else if (arg.startsWith("--to=")) {
                name = arg.substring("--to=".length());
            } else if (arg.startsWith("--")) {
                out.println(messages.text("cli.convert.unknownOption", arg));
                out.println(usage);
                return 2;
            } else {
                files.add(arg);
                continue;
            }
            Optional<ConvertFormat> chosen = ConvertFormat.of(name);
            if (chosen.isEmpty()) {
                out.println(messages.text("cli.convert.unknownFormat", name, ConvertFormat.choices()));
                return 2;
            }
            format = chosen.get();
        }
        if (files.size() != 2) {
            out.println(usage);
            return 2;
        }
        return convert(files.get(0), files.get(1), format, out, messages);
    }

    private static int convert(String in, String target, ConvertFormat format, PrintStream out, Messages messages) {
        Path outPath;
        try {
            outPath = Path.of(target);
        } catch (InvalidPathException e) {
            out.println(target + ":1:1: " + messages.text("check.badFileName", e.getReason()));
            return 2;
        }
        if (sameFile(in, outPath)) {
            out.println(target + ": " + messages.text("cli.convert.sameFile"));
            return 2;
        }
        // an imported file's unnamed side, eras and events are named in the terminal's language
        StoryOpener opener =
                new StoryOpener(new StoryReader(), file -> false, () -> ImportedNames.in(messages.language()));
        LoadResult result = CheckCommand.read(opener, in, messages);
        Language language = messages.language();
        if (!result.isValid()) {
            for (ValidationProblem problem : result.problems()) {
                out.println(problem.inFile(in).format(language));
            }
            if (!result.unlisted().isEmpty()) {
                out.println(in + ": " + result.unlisted().sentence(language));
            }
            return 1;
        }
        if (format == ConvertFormat.SLIDESHOW && result.story().tours().isEmpty()) {
            out.println(target + ": " + messages.text("cli.convert.cannotWrite", messages.text("cli.convert.noTour")));
            return 1;
        }
        try {
            write(result.story(), outPath, format, messages);
        } catch (IOException e) {
            out.println(target + ": "
                    + messages.text("cli.convert.cannotWrite", FileNotWrittenException.reason(e, language)));
            return 1;
        }
        String counts = messages.text(
                "check.format",
                result.format().displayName(),
                messages.text(
                        "check.counts",
                        result.story().events().size(),
                        result.story().statements().size()));
        out.println(
                format == ConvertFormat.COUNTERPOINT
                        ? messages.text("cli.convert.wrote", target, in, counts)
                        : messages.text("cli.convert.wroteAs", target, format.option(), in, counts));
        return 0;
    }

    /** @param messages the terminal's language, which a comparison's or slideshow's own words and dates are written in */
    private static void write(Story story, Path target, ConvertFormat format, Messages messages) throws IOException {
        switch (format) {
            case COUNTERPOINT -> new StoryWriter().write(story, target);
            case TIMELINEJS -> new TimelineJsExporter(new DisplayDates(messages)).write(story, target);
            case MARKDOWN ->
                AtomicFile.write(
                        target,
                        StoryComparisons.markdown(story, new DisplayDates(messages))
                                .getBytes(StandardCharsets.UTF_8));
            case HTML ->
                AtomicFile.write(
                        target,
                        StoryComparisons.html(story, new DisplayDates(messages)).getBytes(StandardCharsets.UTF_8));
            case SLIDESHOW -> // a story without a tour is refused before
                AtomicFile.write(
                        target,
                        TourSlideshow.html(story, story.tours().get(0), new DisplayDates(messages))
                                .getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void help(PrintStream out, String usage, Messages messages) {
        out.println(usage);
        out.println();
        out.println(messages.text("cli.convert.help"));
        for (ConvertFormat format : ConvertFormat.values()) {
            out.println(String.format("  %-13s %s", format.option(), messages.text(format.descriptionKey())));
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
