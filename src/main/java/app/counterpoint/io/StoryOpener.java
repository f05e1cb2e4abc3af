package app.counterpoint.io;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.importing.CsvTable;
import app.counterpoint.io.importing.ImportedNames;
import app.counterpoint.io.importing.StatementsCsvImporter;
import app.counterpoint.io.importing.TimelineCsvImporter;
import app.counterpoint.io.importing.TimelineJs2Importer;
import app.counterpoint.io.importing.TimelineJsImporter;
import app.counterpoint.io.importing.VisTimelineImporter;
import app.counterpoint.io.importing.WorkbookTable;
import app.counterpoint.io.json.JsonValueNode;
import app.counterpoint.io.json.LocatedJsonParser;
import app.counterpoint.io.json.ReadLimits;
import app.counterpoint.io.json.TextDecoder;
import app.counterpoint.io.problem.Problems;
import app.counterpoint.io.problem.Utf8Columns;
import app.counterpoint.io.problem.ValidationProblem;
import app.counterpoint.model.Story;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Opens any file Counterpoint understands: it detects the format from the content, then reads a story file or
 * imports a TimelineJS or CSV file. Like {@link StoryReader} it never throws for bad content; the result names the
 * format the file was read as, and problems with a non-native format say which format was assumed.
 *
 * <p>Stateless and therefore safe to share between threads.
 */
public final class StoryOpener {

    /** "read as TimelineJS: …" before the problems of a file read as another format. */
    public static final String READ_AS = "problem.readAs";

    private static final String READ_AS_FORMAT = "problem.readAs.format";

    /** Reading goes in slices this large so progress can be shown and a cancel is noticed quickly. */
    private static final int CHUNK_BYTES = 1024 * 1024;

    /** The progress value for "working, but how far is unknown" (parsing after the bytes are read). */
    public static final double INDETERMINATE = -1;

    private final StoryReader reader;

    /** Whether a file is one Counterpoint saved itself, unchanged: such a file is opened up to the highest limit. */
    private final Predicate<Path> savedHere;

    /** What an import names that its file does not, in the language of whoever opens it now. */
    private final Supplier<ImportedNames> names;

    public StoryOpener() {
        this(new StoryReader());
    }

    public StoryOpener(StoryReader reader) {
        this(reader, file -> false);
    }

    /**
     * @param savedHere whether a file larger than {@code reader}'s limit is, unchanged, one Counterpoint saved on this
     *                  computer; it is then opened with the limit raised as far as it goes, as if the user had asked
     */
    public StoryOpener(StoryReader reader, Predicate<Path> savedHere) {
        this(reader, savedHere, () -> ImportedNames.ENGLISH);
    }

    /**
     * @param names what an import names that its file does not (its one side, its eras' topic, an untitled event),
     *              asked at each open: the window's language may have changed since the last
     */
    public StoryOpener(StoryReader reader, Predicate<Path> savedHere, Supplier<ImportedNames> names) {
        this.reader = reader;
        this.savedHere = savedHere;
        this.names = names;
    }

    public LoadResult open(Path file) {
        return open(file, fraction -> {}, () -> false);
    }

    /**
     * Opens a file, reporting progress and stopping early when asked to.
     *
     * @param progress  receives the fraction of bytes read (0 to 1), then {@link #INDETERMINATE} while parsing
     * @param cancelled asked between slices; once it answers true the result is a "cancelled" problem
     */
    public LoadResult open(Path file, DoubleConsumer progress, BooleanSupplier cancelled) {
        try {
            return openFile(file, progress, cancelled);
        } catch (OutOfMemoryError e) {
            return outOfMemory(file.toString()); // what the read held is gone with its frames: the app goes on
        }
    }

    /**
     * The problem of a file whose reading ran out of memory: the story on screen stays, and the message says why
     * rather than showing Java's error.
     */
    public static LoadResult outOfMemory(String name) {
        long megabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return problem(name, LocalText.of("problem.file.outOfMemory", megabytes));
    }

    private LoadResult openFile(Path file, DoubleConsumer progress, BooleanSupplier cancelled) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                return problem(name, LocalText.of("problem.file.folder"));
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                return problem(name, StoryReader.NOT_A_REGULAR_FILE); // a named pipe would be waited on forever
            }
            long size = Files.size(file);
            if (size > reader.limits().maxFileBytes()) {
                if (reader.limits().maxFileBytes() < ReadLimits.HIGHEST.maxFileBytes() && savedHere.test(file)) {
                    return new StoryOpener(new StoryReader(ReadLimits.HIGHEST), savedHere, names)
                            .openFile(file, progress, cancelled);
                }
                return reader.read(file).withFormat(null); // refused by size, before a byte is read
            }
            byte[] content = new byte[(int) size];
            int read = 0;
            progress.accept(0);
            try (InputStream in = Files.newInputStream(file)) {
                while (read < content.length) {
                    if (cancelled.getAsBoolean()) {
                        return problem(name, LocalText.of("problem.file.cancelled"));
                    }
                    int n = in.readNBytes(content, read, Math.min(CHUNK_BYTES, content.length - read));
                    if (n == 0) {
                        break; // the file shrank while being read
                    }
                    read += n;
                    progress.accept((double) read / content.length);
                }
                // the file may also have grown; what is there now is what is opened, within the size limit
                byte[] more = in.readNBytes(reader.limits().maxFileBytes() + 1 - read);
                if (read < content.length || more.length > 0) {
                    byte[] all = Arrays.copyOf(content, read + more.length);
                    System.arraycopy(more, 0, all, read, more.length);
                    content = all;
                }
            }
            if (cancelled.getAsBoolean()) {
                return problem(name, LocalText.of("problem.file.cancelled"));
            }
            progress.accept(INDETERMINATE);
            return open(name, content, file.toAbsolutePath().getParent());
        } catch (NoSuchFileException e) {
            return problem(name, LocalText.of("problem.file.missing"));
        } catch (AccessDeniedException e) {
            return problem(name, LocalText.of("problem.file.denied"));
        } catch (IOException e) {
            return problem(name, LocalText.of("problem.file.unreadable", Problems.reason(e)));
        }
    }

    /** Opens a story packed with the application. */
    public LoadResult openResource(String classpathResource) {
        String path = classpathResource.startsWith("/") ? classpathResource.substring(1) : classpathResource;
        try (InputStream in = StoryOpener.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return reader.readResource(classpathResource);
            }
            return open(classpathResource, in.readNBytes(reader.limits().maxFileBytes() + 1));
        } catch (IOException e) {
            return problem(classpathResource, LocalText.of("problem.file.resourceUnreadable", Problems.reason(e)));
        }
    }

    /**
     * Opens content already in memory.
     *
     * @param fileName the name used in problems; its last part, without extension, titles a file that has no title
     */
    public LoadResult open(String fileName, byte[] content) {
        return open(fileName, content, null);
    }

    /**
     * Opens content already in memory, read from a file in {@code folder}.
     *
     * @param folder where a story's source {@code textFile}s are looked for, or {@code null} when it has none
     */
    public LoadResult open(String fileName, byte[] content, Path folder) {
        try {
            return openContent(fileName, content, folder);
        } catch (OutOfMemoryError e) {
            return outOfMemory(fileName);
        }
    }

    private LoadResult openContent(String fileName, byte[] content, Path folder) {
        if (content.length > reader.limits().maxFileBytes()) {
            return reader.read(fileName, content).withFormat(null);
        }
        if (WorkbookTable.isWorkbook(content)) {
            return openWorkbook(fileName, content);
        }
        Optional<LocalText> binary = FormatDetector.binaryRefusal(content);
        if (binary.isPresent()) {
            return problem(fileName, binary.get());
        }
        // a story file goes straight to the reader, which checks the encoding itself: no second pass over 60 MB
        if (FormatDetector.startsLikeJson(content)
                && !FormatDetector.startsWithList(content, 0)
                && FormatDetector.detect(content).orElse(null) == StoryFormat.COUNTERPOINT
                && FormatDetector.refusal(content, 0).isEmpty()) {
            return reader.read(fileName, content, folder);
        }
        Problems problems = new Problems(fileName);
        int start = TextDecoder.checkText(content, problems);
        if (start < 0) {
            return LoadResult.invalid(problems).withFormat(null);
        }
        Optional<LocalText> refusal = FormatDetector.refusal(content, start);
        if (refusal.isPresent()) {
            return problem(fileName, refusal.get());
        }
        Optional<StoryFormat> detected = FormatDetector.detect(content, start);
        if (detected.isEmpty()) {
            return problem(fileName, FormatDetector.UNRECOGNISED);
        }
        StoryFormat format = detected.get();
        if (format == StoryFormat.COUNTERPOINT && FormatDetector.startsWithList(content, start)) {
            // a list's syntax problems are listed as a story's would be; a well-formed list is named as one
            problems.useByteColumns(new Utf8Columns(content, start));
            JsonValueNode root = LocatedJsonParser.parse(content, start, content.length - start, problems);
            return root == null
                    ? LoadResult.invalid(problems).withFormat(format)
                    : problem(fileName, ForeignFormats.PLAIN_LIST);
        }
        if (format == StoryFormat.COUNTERPOINT) {
            return reader.read(fileName, content, folder);
        }
        Story story = importStory(format, fileName, content, start, problems);
        if (story != null && problems.isEmpty()) {
            return LoadResult.valid(story).withFormat(format).withWarnings(named(problems.sortedWarnings(), format));
        }
        return LoadResult.invalid(problems)
                .withProblems(named(problems.sorted(), format))
                .withFormat(format);
    }

    /** Problems prefixed with the format they were read as: "read as TimelineJS: …". */
    private static List<ValidationProblem> named(List<ValidationProblem> found, StoryFormat format) {
        return found.stream()
                .map(p -> new ValidationProblem(
                        p.file(),
                        p.line(),
                        p.column(),
                        LocalText.of(
                                READ_AS,
                                LocalText.of(READ_AS_FORMAT, LocalText.choice("format"), format.displayName()),
                                p.text())))
                .toList();
    }

    private Story importStory(StoryFormat format, String fileName, byte[] content, int start, Problems problems) {
        ImportedNames names = this.names.get();
        String title = titleFrom(fileName);
        if (format == StoryFormat.TIMELINEJS_JSON
                || format == StoryFormat.TIMELINEJS2_JSON
                || format == StoryFormat.VIS_TIMELINE) {
            problems.useByteColumns(new Utf8Columns(content, start));
            JsonValueNode root = LocatedJsonParser.parse(content, start, content.length - start, problems);
            if (root == null) {
                return null;
            }
            return switch (format) {
                case TIMELINEJS2_JSON -> TimelineJs2Importer.importStory(root, title, problems, names);
                case VIS_TIMELINE -> VisTimelineImporter.importStory(root, title, problems, names);
                default -> TimelineJsImporter.importStory(root, title, problems, names);
            };
        }
        CsvTable table = CsvTable.read(content, start, content.length - start, problems);
        if (table == null) {
            return null;
        }
        return format == StoryFormat.TIMELINEJS_CSV
                ? TimelineCsvImporter.importStory(table, title, problems, names)
                : StatementsCsvImporter.importStory(table, title, problems, names);
    }

    /**
     * An .xlsx workbook: its sheet (see {@link WorkbookTable}) imported as the CSV file of the same layout would be,
     * TimelineJS's template or a sheet of statements.
     */
    private LoadResult openWorkbook(String fileName, byte[] content) {
        Problems problems = new Problems(fileName);
        StringBuilder sheet = new StringBuilder();
        CsvTable table = WorkbookTable.read(content, problems, sheet);
        if (table == null) {
            List<ValidationProblem> named = problems.sorted().stream()
                    .map(p -> new ValidationProblem(
                            p.file(),
                            p.line(),
                            p.column(),
                            LocalText.of(
                                    READ_AS, LocalText.of(READ_AS_FORMAT, LocalText.choice("workbook"), ""), p.text())))
                    .toList();
            return LoadResult.invalid(problems).withProblems(named).withFormat(null);
        }
        Optional<StoryFormat> layout = FormatDetector.sheetLayout(table.columnNames());
        if (layout.isEmpty()) {
            return problem(fileName, LocalText.of("problem.workbook.layout", sheet.toString()));
        }
        boolean timeline = layout.get() == StoryFormat.TIMELINEJS_CSV;
        StoryFormat format = timeline ? StoryFormat.TIMELINEJS_XLSX : StoryFormat.STATEMENTS_XLSX;
        String title = titleFrom(fileName);
        Story story = timeline
                ? TimelineCsvImporter.importStory(table, title, problems, names.get())
                : StatementsCsvImporter.importStory(table, title, problems, names.get());
        if (story != null && problems.isEmpty()) {
            return LoadResult.valid(story).withFormat(format);
        }
        return LoadResult.invalid(problems)
                .withProblems(named(problems.sorted(), format))
                .withFormat(format);
    }

    /** "my-timeline" for "/home/a/my-timeline.csv": the title of a file that gives none. */
    private String titleFrom(String fileName) {
        String last = fileName.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        String stem = dot > 0 ? last.substring(0, dot) : last;
        return stem.isBlank() ? names.get().untitledStory() : stem;
    }

    private static LoadResult problem(String name, String message) {
        return problem(name, LocalText.verbatim(message));
    }

    private static LoadResult problem(String name, LocalText message) {
        return LoadResult.invalid(new ValidationProblem(name, 1, 1, message)).withFormat(null);
    }
}
