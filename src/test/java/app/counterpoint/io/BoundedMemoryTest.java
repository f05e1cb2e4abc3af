package app.counterpoint.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.Main;
import app.counterpoint.io.json.ReadLimits;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory of a read follows what the story keeps (issue #14, defect 5): a legal file under the size limit reads
 * within a 512 MB heap however often it repeats a reference, and running out of memory is a plain message, never a
 * stack trace. Each case runs {@code check} in a JVM of its own with a small heap, as a user's would be.
 */
class BoundedMemoryTest {

    private static final String HEAD = "{\"format\":\"counterpoint/1\",\"title\":\"T\",\"actors\":[{\"id\":\"a\","
            + "\"name\":\"A\"}],\"topics\":[{\"id\":\"t\",\"label\":\"T\"}],\"events\":[{\"id\":\"e\",\"title\":\"E\","
            + "\"start\":\"2017\",\"topics\":[\"t\"";

    private record Run(int status, String output) {}

    private static Run check(String heap, Path file) throws IOException, InterruptedException {
        return counterpoint(heap, "check", file.toString());
    }

    /** Runs the command line ({@code check}, {@code convert}, …) in a JVM of its own with {@code heap}. */
    private static Run counterpoint(String heap, String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(arguments));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(child.waitFor(300, TimeUnit.SECONDS), arguments[0] + " did not end");
            return new Run(child.exitValue(), output);
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void fifteenMillionRepeatedReferencesAreOneProblemWithinA512MegabyteHeap(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("repeated.json");
        int repeats = 15_700_000;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(HEAD.getBytes(StandardCharsets.UTF_8));
            byte[] again = ",\"t\"".getBytes(StandardCharsets.US_ASCII);
            for (int i = 1; i < repeats; i++) {
                out.write(again);
            }
            out.write("]}]}".getBytes(StandardCharsets.US_ASCII));
        }
        assertTrue(Files.size(file) < ReadLimits.MAX_FILE_BYTES, "the file is legal by size");

        // took 1.4 GB and died in JsonTape.grow with an OutOfMemoryError at -Xmx512m
        Run run = check("-Xmx512m", file);

        int column = HEAD.length() + 2; // the second "t", where the repeat starts
        assertEquals(
                List.of(file + ":1:" + column
                        + ": events[0].topics: topic 't' is listed 15,700,000 times; list it once"),
                run.output().lines().toList());
        assertEquals(1, run.status());
    }

    @Test
    void aSixtyMegabyteFieldThisVersionDoesNotKnowReadsAndSavesWithinA512MegabyteHeap(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("newer.json");
        int length = 60 * 1024 * 1024;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(HEAD.getBytes(StandardCharsets.UTF_8));
            // a newer version's field on the event: 60 MB of transcript lines (one text may hold 8 MB at most)
            out.write("],\"transcript\":[\"".getBytes(StandardCharsets.US_ASCII));
            byte[] line = "word ".repeat(1024).getBytes(StandardCharsets.US_ASCII);
            byte[] between = "\",\"".getBytes(StandardCharsets.US_ASCII);
            for (int written = 0; written < length; written += line.length) {
                if (written > 0) {
                    out.write(between);
                }
                out.write(line);
            }
            out.write("\"]}]}".getBytes(StandardCharsets.US_ASCII));
        }
        assertTrue(Files.size(file) < ReadLimits.MAX_FILE_BYTES, "the file is legal by size");

        Run read = check("-Xmx512m", file);
        assertEquals(0, read.status(), read::output);

        // and what it does not know is kept: saved again (convert), the field is still there, whole
        Path saved = dir.resolve("saved.json");
        Run convert = counterpoint("-Xmx512m", "convert", file.toString(), saved.toString());
        assertEquals(0, convert.status(), convert::output);
        assertTrue(Files.size(saved) > length, "the field was saved whole: " + Files.size(saved) + " bytes");
    }

    @Test
    void runningOutOfMemoryIsAPlainMessage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.json");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(HEAD.getBytes(StandardCharsets.UTF_8));
            out.write("]}".getBytes(StandardCharsets.US_ASCII));
            byte[] event =
                    ",{\"id\":\"e%d\",\"title\":\"An event of the story\",\"start\":\"2017-05-02\",\"topics\":[\"t\"]}"
                            .getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 400_000; i++) {
                out.write(new String(event, StandardCharsets.US_ASCII)
                        .formatted(i)
                        .getBytes(StandardCharsets.US_ASCII));
            }
            out.write("]}".getBytes(StandardCharsets.US_ASCII));
        }

        Run run = check("-Xmx40m", file);

        List<String> lines = run.output().lines().toList();
        assertEquals(1, lines.size(), run::output);
        assertTrue(
                lines.get(0)
                        .startsWith(file + ":1:1: the file is too large for the memory available to Counterpoint ("),
                lines.get(0));
        assertFalse(run.output().contains("Exception") || run.output().contains("Error"), run::output);
        assertEquals(1, run.status());
    }
}
