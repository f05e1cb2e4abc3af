package app.counterpoint.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.json.LocatedJsonParser;
import app.counterpoint.io.problem.ValidationProblem;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and odd files through {@link StoryOpener}, the way the window and the command line open them: each is
 * answered with a message (or opens), never with an exception, a hang or running out of memory.
 */
class HardenedLoadingTest {

    private static final String STORY =
            "{\"format\": \"counterpoint/1\", \"title\": \"T\", " + "\"actors\": [{\"id\": \"a\", \"name\": \"A\"}]}";
    private static final String TIMELINE =
            "{\"events\": [{\"start_date\": {\"year\": 2017}, " + "\"text\": {\"headline\": \"H\"}}]}";
    private static final String SHEET = "Year,Headline\n2017,H\n";

    private final StoryOpener opener = new StoryOpener();

    private static ValidationProblem only(LoadResult result) {
        assertFalse(result.isValid());
        assertEquals(1, result.problems().size(), result.problems()::toString);
        return result.problems().get(0);
    }

    private LoadResult open(String text) {
        return opener.open("f", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a200MegabyteFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.csv");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024); // sparse: takes no disk space, and is never read
        }
        ValidationProblem problem = only(opener.open(huge));
        assertEquals(
                huge + ":1:1: the file is too large (209,715,200 bytes); a story file may be at most 64 MB "
                        + "(67,108,864 bytes)",
                problem.format());
    }

    @Test
    void randomBytesAreNotAText() {
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            byte[] bytes = new byte[1 + random.nextInt(5000)];
            random.nextBytes(bytes);
            LoadResult result = opener.open("r.bin", bytes);
            assertFalse(result.isValid());
            assertNull(result.format(), "random bytes are no format");
        }
        byte[] noZero = new byte[2000];
        random.nextBytes(noZero);
        for (int i = 0; i < noZero.length; i++) {
            noZero[i] = (byte) (noZero[i] == 0 ? 0x80 : noZero[i] | 0x80);
        }
        assertTrue(only(opener.open("r.bin", noZero)).message().startsWith("the file is not UTF-8 text"));
    }

    @Test
    void tenThousandDeepNestingIsRefusedInEveryJsonFormat() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertTrue(only(open(deep)).message().startsWith("the JSON is nested more than 64 levels deep"));
        ValidationProblem timeline = only(open("{\"eras\": " + deep + "}"));
        assertTrue(
                timeline.message().startsWith("read as TimelineJS: the JSON is nested more than 64 levels"),
                timeline::toString);
    }

    @Test
    void utf16IsRefusedWithAnExplanationInEveryFormat() {
        for (String text : List.of(STORY, TIMELINE, SHEET)) {
            for (var charset : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                ValidationProblem problem = only(opener.open("u", text.getBytes(charset)));
                assertTrue(problem.message().startsWith("the file is saved as UTF-16 text"), problem::toString);
            }
        }
    }

    @Test
    void utf32IsCalledUtf32() {
        Charset utf32 = Charset.forName("UTF-32");
        Charset utf32le = Charset.forName("UTF-32LE");
        for (String text : List.of(STORY, TIMELINE, SHEET)) {
            for (byte[] bytes : List.of(
                    text.getBytes(utf32),
                    text.getBytes(utf32le),
                    ("\uFEFF" + text).getBytes(utf32),
                    ("\uFEFF" + text).getBytes(utf32le))) {
                ValidationProblem problem = only(opener.open("u", bytes));
                assertTrue(
                        problem.message().startsWith("the file is saved as UTF-32 text; save it as UTF-8"),
                        problem::toString);
            }
        }
    }

    @Test
    void aUtf8ByteOrderMarkIsSkippedInEveryFormat() {
        assertEquals(StoryFormat.COUNTERPOINT, open("\uFEFF" + STORY).format());
        assertTrue(open("\uFEFF" + STORY).isValid());
        LoadResult timeline = open("\uFEFF" + TIMELINE);
        assertTrue(timeline.isValid(), timeline.problems()::toString);
        assertEquals(StoryFormat.TIMELINEJS_JSON, timeline.format());
        LoadResult sheet = open("\uFEFF" + SHEET);
        assertTrue(sheet.isValid(), sheet.problems()::toString);
        assertEquals(StoryFormat.TIMELINEJS_CSV, sheet.format());
    }

    @Test
    void nanAndInfinityAreNamedPlainly() {
        ValidationProblem problem = only(open("{\"format\": \"counterpoint/1\", \"title\": NaN}"));
        assertEquals(
                "f:1:39: 'NaN' is not a number a story file can hold: write a number, or null when there is none",
                problem.format());
        ValidationProblem timeline = only(open("{\"events\": [{\"start_date\": {\"year\": Infinity}}]}"));
        assertTrue(timeline.message().startsWith("read as TimelineJS: 'Infinity' is not a number"), timeline::toString);
    }

    @Test
    void duplicateKeysAreReportedInEveryJsonFormat() {
        ValidationProblem story = only(open("{\"format\": \"counterpoint/1\", \"title\": \"a\", \"title\": \"b\", "
                + "\"actors\": [{\"id\": \"a\", \"name\": \"A\"}]}"));
        assertEquals("f:1:53: the field 'title' appears twice in the same object; keep only one", story.format());
        ValidationProblem timeline =
                only(open("{\"events\": [{\"start_date\": {\"year\": 1}, " + "\"start_date\": {\"year\": 2}}]}"));
        assertTrue(
                timeline.message()
                        .endsWith("the field 'start_date' appears twice in the same object; keep " + "only one"),
                timeline::toString);
    }

    @Test
    void overlongTextsAndNumbersMeetDeliberateLimits() {
        ValidationProblem text =
                only(open("{\"title\": \"" + "x".repeat(LocatedJsonParser.MAX_STRING_CHARS + 10) + "\"}"));
        assertTrue(
                text.message().endsWith("a text is longer than the 8,388,608 characters a story file allows"),
                text::toString);
        ValidationProblem number = only(open("{\"title\": 1" + "0".repeat(500) + "}"));
        assertTrue(number.message().contains("a number is longer than the 100 characters"), number::toString);
        ValidationProblem cell =
                only(open("Year,Headline\n2017,\"" + "x".repeat(LocatedJsonParser.MAX_STRING_CHARS + 10) + "\"\n"));
        assertTrue(cell.message().contains("a text is longer than"), cell::toString);
    }

    @Test
    void unrecognisedTextNamesTheFormatsThatCanBeOpened() {
        ValidationProblem problem = only(open("Dear diary,\ntoday nothing happened."));
        assertTrue(problem.message().startsWith("this file is not in a format Counterpoint can open"));
        assertTrue(problem.message().contains("TimelineJS JSON"));
    }

    @Test
    void missingFilesAndFoldersAreMessages(@TempDir Path dir) throws IOException {
        assertEquals(
                "the file does not exist",
                only(opener.open(dir.resolve("no.csv"))).message());
        assertEquals(
                "this is a folder, not a story file", only(opener.open(dir)).message());
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        assertEquals("the file is empty", only(opener.open(empty)).message());
    }

    @Test
    void aNamedPipeOrADeviceIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        for (Path special : List.of(fifo, Path.of("/dev/zero"))) {
            // opening a pipe with no writer waits forever, and /dev/zero never ends: neither may be read
            LoadResult opened = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> opener.open(special));
            assertEquals(
                    "this is not a regular file but a named pipe, a device or a socket; Counterpoint opens only "
                            + "files saved on a disk",
                    only(opened).message());
            LoadResult read = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new StoryReader().read(special));
            assertEquals(only(opened).message(), only(read).message());
        }
    }

    @Test
    void cancellingStopsReadingWithAMessage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.json");
        Files.writeString(file, STORY);
        List<Double> progress = new java.util.ArrayList<>();
        LoadResult cancelled = opener.open(file, progress::add, () -> true);
        assertEquals("opening was cancelled", only(cancelled).message());

        LoadResult opened = opener.open(file, progress::add, () -> false);
        assertTrue(opened.isValid());
        assertEquals(List.of(0.0, 0.0, 1.0, StoryOpener.INDETERMINATE), progress);
    }
}
