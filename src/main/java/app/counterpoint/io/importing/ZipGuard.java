package app.counterpoint.io.importing;

import app.counterpoint.io.json.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Locale;
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
    static Optional<String> refusal(byte[] zip) {
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
                    return Optional.of("the workbook holds more than " + MAX_ENTRIES + " parts, far more than any "
                            + "spreadsheet: it is not read");
                }
                if (entry.getMethod() != ZipEntry.STORED && entry.getMethod() != ZipEntry.DEFLATED) {
                    // Excel and LibreOffice only store or deflate; the rarer methods are not even on the class path
                    return Optional.of("the workbook is packed in a way spreadsheet programs never use (ZIP method "
                            + entry.getMethod() + "): it is not read; open it in Excel or LibreOffice and save it "
                            + "again");
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
            return Optional.of("the workbook cannot be unpacked (" + reason(e) + "): it is damaged or not a real "
                    + ".xlsx file; open it in Excel or LibreOffice and save it again");
        }
        return Optional.empty();
    }

    private static String tooBig(long packed, long unpacked) {
        String limit = String.format(Locale.ROOT, "%,d MB", ReadLimits.MAX_FILE_BYTES / (1024 * 1024));
        if (unpacked > packed * BOMB_RATIO) {
            return "the workbook unpacks to more than " + limit + " from only "
                    + String.format(Locale.ROOT, "%,d", packed) + " bytes, as a zip bomb does: it is not read";
        }
        return "the workbook unpacks to more than " + limit + ", more than Counterpoint opens; save the timeline's "
                + "sheet on its own, or as CSV";
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
