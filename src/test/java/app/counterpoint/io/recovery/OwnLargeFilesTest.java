package app.counterpoint.io.recovery;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.json.ReadLimits;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The large files the app saved are known again, and only while they are unchanged and where they were saved. */
class OwnLargeFilesTest {

    private static final ReadLimits SMALL = new ReadLimits(200 * 1024);

    private static Path write(Path file, int size, char fill) throws IOException {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) fill);
        return Files.write(file, bytes);
    }

    @Test
    void aSavedLargeFileIsKnownUntilItChanges(@TempDir Path dir) throws IOException {
        OwnLargeFiles own = new OwnLargeFiles(dir.resolve("data/own.txt"), SMALL);
        Path story = write(dir.resolve("big.json"), 300 * 1024, 'a');
        assertFalse(own.wrote(story), "not yet saved by the app");
        own.remember(story);
        assertTrue(own.wrote(story));
        assertTrue(new OwnLargeFiles(dir.resolve("data/own.txt"), SMALL).wrote(story), "known at the next start");
        assertTrue(own.wrote(dir.resolve("sub/../big.json")), "the same place written another way");

        FileTime saved = Files.getLastModifiedTime(story);
        try (RandomAccessFile file = new RandomAccessFile(story.toFile(), "rw")) {
            file.seek(file.length() - 1);
            file.write('b'); // the same size, a changed last byte
        }
        Files.setLastModifiedTime(story, saved);
        assertFalse(own.wrote(story), "changed since it was saved, though its size and time are the same");
    }

    @Test
    void aFileTouchedSinceOrPutInItsPlaceIsAStrangers(@TempDir Path dir) throws IOException {
        OwnLargeFiles own = new OwnLargeFiles(dir.resolve("own.txt"), SMALL);
        Path story = write(dir.resolve("big.json"), 300 * 1024, 'a');
        own.remember(story);
        FileTime saved = Files.getLastModifiedTime(story);
        Files.setLastModifiedTime(story, FileTime.fromMillis(saved.toMillis() + 5_000));
        assertFalse(own.wrote(story), "modified at another time");

        Path other = write(dir.resolve("other.json"), 300 * 1024, 'a');
        assertFalse(own.wrote(other), "the same content elsewhere was not saved by the app");
        write(story, 300 * 1024, 'c');
        Files.setLastModifiedTime(story, saved);
        assertFalse(own.wrote(story), "other content of the same size and time");
    }

    @Test
    void aFileWithinTheDefaultLimitIsNotRememberedAndASmallerSaveForgetsIt(@TempDir Path dir) throws IOException {
        Path record = dir.resolve("own.txt");
        OwnLargeFiles own = new OwnLargeFiles(record, SMALL);
        Path story = write(dir.resolve("small.json"), 1000, 'a');
        own.remember(story);
        assertFalse(own.wrote(story));
        assertFalse(Files.exists(record) && Files.readString(record).contains("small.json"));

        write(story, 300 * 1024, 'a');
        own.remember(story);
        assertTrue(own.wrote(story));
        write(story, 1000, 'a');
        own.remember(story);
        assertFalse(Files.readString(record).contains("small.json"), "saved small again: forgotten");
    }

    @Test
    void onlyTheMostRecentFilesAreKept(@TempDir Path dir) throws IOException {
        OwnLargeFiles own = new OwnLargeFiles(dir.resolve("own.txt"), SMALL);
        Path first = write(dir.resolve("story-0.json"), 250 * 1024, 'a');
        own.remember(first);
        for (int i = 1; i <= OwnLargeFiles.KEPT; i++) {
            own.remember(write(dir.resolve("story-" + i + ".json"), 250 * 1024, 'a'));
        }
        assertFalse(own.wrote(first), "the oldest is forgotten");
        assertTrue(own.wrote(dir.resolve("story-" + OwnLargeFiles.KEPT + ".json")));
        assertTrue(own.wrote(dir.resolve("story-1.json")));
    }

    @Test
    void aDamagedOrUnwritableRecordNeverFailsAndKnowsNothing(@TempDir Path dir) throws IOException {
        Path record = Files.writeString(dir.resolve("own.txt"), "not\ta record\n\u0000\u0001", StandardCharsets.UTF_8);
        OwnLargeFiles own = new OwnLargeFiles(record, SMALL);
        Path story = write(dir.resolve("big.json"), 300 * 1024, 'a');
        assertFalse(own.wrote(story));
        own.remember(story);
        assertTrue(own.wrote(story), "the damaged lines are dropped, the new one kept");

        Path blocked = Files.writeString(dir.resolve("file"), "x");
        OwnLargeFiles nowhere = new OwnLargeFiles(blocked.resolve("own.txt"), SMALL);
        nowhere.remember(story); // cannot make a folder under a file: nothing remembered, nothing thrown
        assertFalse(nowhere.wrote(story));
        assertFalse(own.wrote(dir.resolve("missing.json")));
    }
}
