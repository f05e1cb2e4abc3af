package app.counterpoint.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.json.ReadLimits;
import app.counterpoint.io.problem.ValidationProblem;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input that is not a story at all: wrong encodings, binary data, empty, huge or absurdly nested files. */
class StoryReaderInputTest {

    private final StoryReader reader = new StoryReader();

    private static ValidationProblem only(LoadResult result) {
        assertFalse(result.isValid());
        assertEquals(1, result.problems().size(), result.problems()::toString);
        return result.problems().get(0);
    }

    @Test
    void anEmptyFileIsReportedAsEmpty() {
        assertEquals(
                "e.json:1:1: the file is empty",
                only(reader.read("e.json", new byte[0])).format());
    }

    @Test
    void aFileOfOnlyWhitespaceIsReportedAsEmpty() {
        byte[] blank = " \n\t\r\n  ".getBytes(StandardCharsets.UTF_8);
        assertEquals(
                "e.json:1:1: the file is empty",
                only(reader.read("e.json", blank)).format());
    }

    @Test
    void invalidUtf8IsReportedWhereItGoesWrong() {
        ValidationProblem problem = only(reader.readResource("stories/invalid/not-utf8.json"));

        assertEquals(3, problem.line());
        assertEquals(16, problem.column());
        assertTrue(
                problem.message().startsWith("the file is not UTF-8 text: the byte 0xC3 here is not valid UTF-8"),
                problem::toString);
        assertTrue(problem.message().endsWith("save it as UTF-8"), problem::toString);
    }

    @Test
    void invalidUtf8AfterMultibyteCharactersCountsCharacters() {
        byte[] head = "{\"a\": \"éé".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;

        ValidationProblem problem = only(reader.read("x.json", bytes));

        assertEquals("1:10", problem.line() + ":" + problem.column());
    }

    @Test
    void utf16WithByteOrderMarkIsRejected() {
        byte[] be = "{\"format\": \"counterpoint/1\"}".getBytes(StandardCharsets.UTF_16);
        byte[] le = new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0};

        for (byte[] bytes : List.of(be, le)) {
            ValidationProblem problem = only(reader.read("u.json", bytes));
            assertEquals("1:1", problem.line() + ":" + problem.column());
            assertTrue(
                    problem.message().contains("UTF-16") && problem.message().contains("save it as UTF-8"),
                    problem::toString);
        }
    }

    @Test
    void utf16WithoutByteOrderMarkIsRejected() {
        ValidationProblem problem = only(reader.read("u.json", "{\"a\": 1}".getBytes(StandardCharsets.UTF_16LE)));
        assertTrue(problem.message().startsWith("the file is saved as UTF-16 text"), problem::toString);
    }

    @Test
    void binaryContentIsNotAText() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        bytes[0] = '{';
        bytes[1] = ' ';
        bytes[100] = 0;

        assertEquals(
                "b.png:1:1: this is not a text file (it contains binary data); a story file is JSON text",
                only(reader.read("b.png", bytes)).format());
    }

    @Test
    void deepNestingIsAProblemNotAStackOverflow() {
        String json = "[".repeat(10_000) + "]".repeat(10_000);

        ValidationProblem problem = only(reader.read("deep.json", json.getBytes(StandardCharsets.US_ASCII)));

        assertEquals(
                "deep.json:1:65: the JSON is nested more than 64 levels deep here; a story file never needs "
                        + "that many",
                problem.format());
    }

    @Test
    void deepNestingInsideAnUnknownFieldIsAlsoRefused() {
        String json = "{\"format\": \"counterpoint/1\",\n \"x\": " + "{\"y\": ".repeat(100) + "1" + "}".repeat(101);

        ValidationProblem problem = only(reader.read("deep.json", json.getBytes(StandardCharsets.US_ASCII)));

        // the root is level 1, so the 64th "{\"y\": " opens level 65
        assertEquals("2:" + (7 + 63 * 6), problem.line() + ":" + problem.column());
    }

    @Test
    void aMissingFileIsReportedAsNotThere(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        assertEquals(
                missing + ":1:1: the file does not exist",
                only(reader.read(missing)).format());
    }

    @Test
    void aFolderIsReportedAsNoStoryFile(@TempDir Path dir) {
        assertEquals(
                dir + ":1:1: this is a folder, not a story file",
                only(reader.read(dir)).format());
    }

    @Test
    void aMissingBundledStoryIsReported() {
        assertEquals(
                "no/such.json:1:1: there is no such story in the application",
                only(reader.readResource("no/such.json")).format());
    }

    @Test
    void fileOver64MegabytesIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(ReadLimits.MAX_FILE_BYTES + 1L); // sparse: no disk space, and never read
        }
        assertEquals(ReadLimits.MAX_FILE_BYTES + 1L, Files.size(huge));

        assertEquals(
                huge + ":1:1: the file is too large (67,108,865 bytes); a story file may be at most 64 MB "
                        + "(67,108,864 bytes)",
                only(reader.read(huge)).format());
    }

    @Test
    void contentOver64MegabytesIsRefused() {
        byte[] content = new byte[ReadLimits.MAX_FILE_BYTES + 1];
        assertTrue(only(reader.read("big.json", content)).message().startsWith("the file is too large"));
    }
}
