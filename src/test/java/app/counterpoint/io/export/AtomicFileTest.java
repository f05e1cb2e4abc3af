package app.counterpoint.io.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving over links, read-only files and folders, long names, and temporary files that never stay behind. */
class AtomicFileTest {

    private static final byte[] NEW = "new".getBytes(StandardCharsets.UTF_8);

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSymbolicLinkIsSavedThroughToItsTargetAndStaysALink(@TempDir Path dir) throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real.json"));
        Path linkToLink = Files.createSymbolicLink(dir.resolve("link2.json"), link);

        AtomicFile.write(linkToLink, NEW);

        assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(linkToLink), "the links stay links");
        assertEquals("new", Files.readString(real));
        assertEquals(List.of("link.json", "link2.json", "real.json"), names(dir));
    }

    @Test
    void aLinkToAFileNotYetThereCreatesThatFile(@TempDir Path dir) throws IOException {
        Path other = Files.createDirectory(dir.resolve("other"));
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), other.resolve("new.json"));

        AtomicFile.write(link, NEW);

        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(other.resolve("new.json")));
    }

    @Test
    void aReadOnlyFileIsRefusedAndLeftAsItWas(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("locked.json"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file, NEW));

        assertTrue(e.getMessage().startsWith("the file is read-only; save under another name"), e::getMessage);
        assertEquals("old", Files.readString(file));
        assertEquals(List.of("locked.json"), names(dir));
    }

    @Test
    void aFolderOrTheRootIsRefusedWithAMessage(@TempDir Path dir) {
        for (Path target : List.of(dir, Path.of("/"))) {
            IOException e = assertThrows(IOException.class, () -> AtomicFile.write(target, NEW));
            assertEquals("it is a folder; give a file name, such as story.json, inside it", e.getMessage());
        }
    }

    @Test
    void aNameAtTheSystemsLengthLimitCanBeSaved(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("s".repeat(250) + ".json"); // 255 bytes, the most a Linux file name may have
        AtomicFile.write(target, NEW);
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target.getFileName().toString()), names(dir));
    }

    @Test
    void aFailedWriteSaysWhyInPlainWordsWithoutTheTemporaryName(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("story.json"), "old");
        IOException e = assertThrows(
                IOException.class,
                () -> AtomicFile.write(target, NEW, out -> new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        throw new IOException("No space left on device");
                    }
                }));
        assertEquals("the disk is full; free some space or save somewhere else", e.getMessage());
        assertEquals(List.of("story.json"), names(dir));
    }

    @Test
    void ownTemporaryFilesOlderThanADayAreRemovedWhenSavingIntoTheirFolder(@TempDir Path dir) throws IOException {
        FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
        Path stale = Files.writeString(dir.resolve(".counterpoint-0123abcd.tmp"), "x");
        Files.setLastModifiedTime(stale, twoDaysAgo);
        Path fresh = Files.writeString(dir.resolve(".counterpoint-89abcdef.tmp"), "x"); // perhaps being written now
        Path notOurs = Files.writeString(dir.resolve(".story.json.tmp"), "x");
        Files.setLastModifiedTime(notOurs, twoDaysAgo);

        AtomicFile.write(dir.resolve("story.json"), NEW);

        assertEquals(
                List.of(fresh, notOurs, dir.resolve("story.json")).stream()
                        .map(p -> p.getFileName().toString())
                        .sorted()
                        .toList(),
                names(dir));
    }

    @Test
    void aTemporaryFileIsRemovedWhenTheProgramIsKilledWhileWriting(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("story.json");
        Files.writeString(target, "old");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        StalledWrite.class.getName(),
                        target.toString())
                .redirectErrorStream(true)
                .start();
        try {
            // the child holds a temporary file half-written; wait until it is there
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (names(dir).size() < 2) {
                assertTrue(child.isAlive(), () -> "the writer ended early: " + output(child));
                assertTrue(System.nanoTime() < deadline, "no temporary file appeared within a minute");
                Thread.sleep(20);
            }
            List<String> during = names(dir);
            assertEquals(2, during.size(), during::toString);

            child.destroy(); // SIGTERM, as a kill or a logout sends
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the writer did not end on SIGTERM");
        } finally {
            child.destroyForcibly();
        }
        assertEquals(List.of("story.json"), names(dir), "the temporary file is gone");
        assertArrayEquals("old".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
    }

    private static String output(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void noTemporaryFileIsLeftPendingAfterASave(@TempDir Path dir) throws IOException {
        AtomicFile.write(dir.resolve("a.json"), NEW);
        assertFalse(TemporaryFiles.pending().stream().anyMatch(p -> p.startsWith(dir)));
    }
}
