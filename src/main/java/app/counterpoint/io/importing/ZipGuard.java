package app.counterpoint.io.importing;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.json.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Checks a workbook's ZIP before anything reads it: every entry is unpacked once into nothing, counting, and the
 * whole may unpack to no more than a story file may hold ({@value ReadLimits#MAX_FILE_BYTES} bytes). So a zip bomb
 * (a few kilobytes that unpack to gigabytes) is refused in a fixed, small amount of memory and in time bounded by the
 * limit, never by what the file claims; the entries are read the way the workbook reader reads them, from the
 * central directory.
 */
final class ZipGuard {

    /** More entries than any workbook has; a ZIP of millions of empty entries is refused before it is walked. */
    static final int MAX_ENTRIES = 10_000;

    /** Unpacking more than this many times the packed size is what a zip bomb does; real sheets stay below 30. */
    private static final long BOMB_RATIO = 200;

    private static final int BUFFER = 64 * 1024;

    private ZipGuard() {}

    /** Why the ZIP must not be read, in a teacher's words, or empty when it is safe to read. */
    static Optional<LocalText> refusal(byte[] zip) {
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[BUFFER];
        try (ZipFile file = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip))
                .get()) {
            Enumeration<ZipArchiveEntry> all = file.getEntries();
            while (all.hasMoreElements()) {
                ZipArchiveEntry entry = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    return Optional.of(LocalText.of("problem.workbook.parts", MAX_ENTRIES));
                }
                if (entry.getMethod() != ZipEntry.STORED && entry.getMethod() != ZipEntry.DEFLATED) {
                    // Excel and LibreOffice only store or deflate; the rarer methods are not even on the class path
                    return Optional.of(LocalText.of("problem.workbook.method", String.valueOf(entry.getMethod())));
                }
                try (InputStream in = file.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        unpacked += n;
                        if (unpacked > ReadLimits.MAX_FILE_BYTES) {
                            return Optional.of(tooBig(zip.length, unpacked));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // commons-compress reports a broken archive with IOExceptions and, for some damage, runtime exceptions
            return Optional.of(LocalText.of("problem.workbook.damaged", String.valueOf(reason(e))));
        }
        return Optional.empty();
    }

    private static LocalText tooBig(long packed, long unpacked) {
        long limit = ReadLimits.MAX_FILE_BYTES / (1024 * 1024);
        if (unpacked > packed * BOMB_RATIO) {
            return LocalText.of("problem.workbook.bomb", limit, packed);
        }
        return LocalText.of("problem.workbook.tooLarge", limit);
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
