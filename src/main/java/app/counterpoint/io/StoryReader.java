package app.counterpoint.io;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.json.JsonValueNode;
import app.counterpoint.io.json.LocatedJsonParser;
import app.counterpoint.io.json.ReadLimits;
import app.counterpoint.io.json.TextDecoder;
import app.counterpoint.io.problem.Problems;
import app.counterpoint.io.problem.Utf8Columns;
import app.counterpoint.io.problem.ValidationProblem;
import app.counterpoint.io.validate.StoryDecoder;
import app.counterpoint.model.Story;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads counterpoint/1 story files. Bad content never throws: every problem, with its line and column, ends up in
 * the {@link LoadResult}, because the people who write these files need to see all their mistakes at once.
 *
 * <p>Stateless and therefore safe to share between threads.
 */
public final class StoryReader {

    /** Only regular files are read: a named pipe or a device would be waited on, or read, forever. */
    /** The problem of a file larger than the reader's limit: its size, the limit in megabytes and in bytes. */
    public static final String TOO_LARGE = "problem.file.tooLarge";

    static final LocalText NOT_A_REGULAR_FILE = LocalText.of("problem.file.notRegular");

    /** Other programs' JSON settings and selections are small; a bigger file is told what a story lacks. */
    private static final int OTHER_PROGRAMS_FILE_SIZE = 1 << 20;

    private final ReadLimits limits;

    /** A reader held to the default limits, as every file from a stranger is. */
    public StoryReader() {
        this(ReadLimits.DEFAULT);
    }

    /** A reader that takes files up to {@code limits}' size, which the user may have raised. */
    public StoryReader(ReadLimits limits) {
        this.limits = limits;
    }

    /** The limits this reader keeps to. */
    public ReadLimits limits() {
        return limits;
    }

    public LoadResult read(Path file) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                return LoadResult.invalid(new ValidationProblem(name, 1, 1, LocalText.of("problem.file.folder")));
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                return LoadResult.invalid(new ValidationProblem(name, 1, 1, NOT_A_REGULAR_FILE));
            }
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                return tooLarge(name, size);
            }
            return read(name, Files.readAllBytes(file), file.toAbsolutePath().getParent());
        } catch (NoSuchFileException e) {
            return LoadResult.invalid(new ValidationProblem(name, 1, 1, LocalText.of("problem.file.missing")));
        } catch (AccessDeniedException e) {
            return LoadResult.invalid(new ValidationProblem(name, 1, 1, LocalText.of("problem.file.denied")));
        } catch (IOException e) {
            return LoadResult.invalid(
                    new ValidationProblem(name, 1, 1, LocalText.of("problem.file.unreadable", Problems.reason(e))));
        }
    }

    /**
     * Reads a story from bytes already in memory.
     *
     * @param fileName the name used in problems
     */
    public LoadResult read(String fileName, byte[] content) {
        return read(fileName, content, null);
    }

    /**
     * Reads a story from bytes already in memory, read from a file in {@code folder}.
     *
     * @param fileName the name used in problems
     * @param folder   where the sources' {@code textFile}s are looked for, or {@code null} when the story has no
     *                 folder (then a textFile is a problem)
     */
    public LoadResult read(String fileName, byte[] content, Path folder) {
        if (content.length > limits.maxFileBytes()) {
            return tooLarge(fileName, content.length);
        }
        Problems problems = new Problems(fileName);
        int start = TextDecoder.checkText(content, problems);
        if (start < 0) {
            return LoadResult.invalid(problems);
        }
        problems.useByteColumns(new Utf8Columns(content, start));
        Story story = StoryDecoder.read(content, start, problems, folder);
        if (!problems.isEmpty() && content.length - start <= OTHER_PROGRAMS_FILE_SIZE) {
            // some other program's small JSON file is named by its own fields rather than told what a story lacks;
            // parsed again as a tree only then, so a story is still read entry by entry
            Problems again = new Problems(fileName);
            again.useByteColumns(new Utf8Columns(content, start));
            JsonValueNode root = LocatedJsonParser.parse(content, start, content.length - start, again);
            Optional<LocalText> otherProgram =
                    root == null ? Optional.empty() : ForeignFormats.otherProgramsObject(root);
            if (otherProgram.isPresent()) {
                again.add(root, otherProgram.get());
                return LoadResult.invalid(again);
            }
        }
        LoadResult result = problems.isEmpty() ? LoadResult.valid(story) : LoadResult.invalid(problems);
        return result.withWarnings(problems.sortedWarnings());
    }

    /** Reads a story packed with the application, such as the bundled examples. */
    public LoadResult readResource(String classpathResource) {
        String path = classpathResource.startsWith("/") ? classpathResource.substring(1) : classpathResource;
        ClassLoader loader = StoryReader.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                return LoadResult.invalid(
                        new ValidationProblem(classpathResource, 1, 1, LocalText.of("problem.file.noResource")));
            }
            byte[] content = in.readNBytes(limits.maxFileBytes() + 1);
            return read(classpathResource, content);
        } catch (IOException e) {
            return LoadResult.invalid(new ValidationProblem(
                    classpathResource, 1, 1, LocalText.of("problem.file.resourceUnreadable", Problems.reason(e))));
        }
    }

    private LoadResult tooLarge(String name, long size) {
        return LoadResult.invalid(new ValidationProblem(name, 1, 1, tooLarge(size, limits)));
    }

    /** Why a file of {@code size} bytes is not read under {@code limits}. */
    public static LocalText tooLarge(long size, ReadLimits limits) {
        return LocalText.of(TOO_LARGE, size, limits.megabytes(), limits.maxFileBytes());
    }
}
