package app.counterpoint.io.recovery;

import app.counterpoint.io.export.AtomicFile;
import app.counterpoint.io.json.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The story files larger than the default limit ({@link ReadLimits#MAX_FILE_BYTES}) that Counterpoint saved itself on this computer, so
 * that it opens them again without the user raising the limit: a story of a million events the user made is theirs,
 * not a stranger's. A file counts as the one saved only while its place, size, time of last change and a fingerprint
 * of its first and last bytes are all still those recorded when it was saved; a file put there by anyone else, or
 * changed since, is held to the default limit like any other.
 *
 * <p>The record is a small text file in the user's data folder, one line per file, the most recent
 * {@value #KEPT} kept. Failing to read or write it never fails a save or an open: the file is then simply held to the
 * default limit.
 */
public final class OwnLargeFiles {

    /** How many files are remembered; the oldest are forgotten first. */
    static final int KEPT = 20;

    /** How many bytes at each end of a file go into its fingerprint. */
    private static final int ENDS = 64 * 1024;

    private static final String SEPARATOR = "\t";

    /** More than {@value #KEPT} lines of the longest paths take. */
    private static final int RECORD_BYTES = 1024 * 1024;

    private final Path record;

    /** Files larger than this are remembered: those a reader held to the default limit would refuse. */
    private final long largerThan;

    /**
     * @param record the text file the files are remembered in; made when the first is
     * @param heldTo the limit strangers' files are held to: the files saved larger than it are remembered
     */
    public OwnLargeFiles(Path record, ReadLimits heldTo) {
        this.record = record;
        this.largerThan = heldTo.maxFileBytes();
    }

    /** The record of the user whose data folder {@link DataFolder#ofCurrentUser()} names, at the default limit. */
    public static OwnLargeFiles ofCurrentUser() {
        return new OwnLargeFiles(DataFolder.ofCurrentUser().resolve("own-large-files.txt"), ReadLimits.DEFAULT);
    }

    /**
     * Remembers {@code file}, just saved by Counterpoint, when it is larger than the default limit; forgets it when
     * it is not (a story that shrank needs no raised limit).
     */
    public void remember(Path file) {
        try {
            Path place = placeOf(file);
            List<String> lines = new ArrayList<>();
            for (String line : lines()) {
                if (!place.toString().equals(pathIn(line))) {
                    lines.add(line);
                }
            }
            Optional<String> entry = entryOf(place);
            if (entry.isPresent()) {
                lines.add(entry.get());
            }
            while (lines.size() > KEPT) {
                lines.remove(0);
            }
            Files.createDirectories(record.toAbsolutePath().getParent());
            AtomicFile.write(record, String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // the record is a convenience: without it the file is held to the default limit, and says how to open it
        }
    }

    /** Whether {@code file} is, unchanged, one Counterpoint saved here and remembered. Safe from any thread. */
    public boolean wrote(Path file) {
        try {
            Path place = placeOf(file);
            List<String> lines = lines();
            if (lines.stream().noneMatch(line -> place.toString().equals(pathIn(line)))) {
                return false; // a stranger's file costs no fingerprint
            }
            Optional<String> now = entryOf(place);
            return now.isPresent() && lines.contains(now.get());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The line that records {@code place} as it is now, or empty when it is within the default limit. */
    private Optional<String> entryOf(Path place) throws IOException {
        long size = Files.size(place);
        if (size <= largerThan) {
            return Optional.empty();
        }
        long modified = Files.getLastModifiedTime(place).toMillis();
        return Optional.of(size + SEPARATOR + modified + SEPARATOR + fingerprint(place, size) + SEPARATOR + place);
    }

    /** A digest of the file's size and its first and last {@value #ENDS} bytes: cheap, and changed by any rewrite. */
    static String fingerprint(Path file, long size) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        digest.update(Long.toString(size).getBytes(StandardCharsets.US_ASCII));
        try (InputStream in = Files.newInputStream(file)) {
            digest.update(in.readNBytes(ENDS));
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            ByteBuffer tail = ByteBuffer.allocate(ENDS);
            channel.position(Math.max(0, size - ENDS));
            while (tail.hasRemaining() && channel.read(tail) > 0) {
                // read the whole tail
            }
            tail.flip();
            digest.update(tail);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private List<String> lines() throws IOException {
        try {
            if (Files.size(record) > RECORD_BYTES) {
                return List.of(); // not a record this class wrote
            }
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
                if (pathIn(line) != null) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (NoSuchFileException e) {
            return List.of();
        }
    }

    /** The file a line records, or null for a line that is not a record (a damaged file). */
    private static String pathIn(String line) {
        String[] parts = line.split(SEPARATOR, 4);
        return parts.length == 4 ? parts[3] : null;
    }

    private static Path placeOf(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
