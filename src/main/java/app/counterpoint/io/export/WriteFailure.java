package app.counterpoint.io.export;

import app.counterpoint.i18n.LocalText;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns what the operating system says when a save fails into one plain reason, told in the reader's language:
 * "No space left on device" about a temporary file becomes "the disk is full; …" ({@code problem.write.diskFull}),
 * which callers put after the name of the file the person chose.
 */
final class WriteFailure {

    private WriteFailure() {}

    /** @param temp the temporary file, which the message never names */
    static FileNotWrittenException of(Path target, Path temp, IOException cause) {
        return new FileNotWrittenException(reason(target, temp, cause), cause);
    }

    private static LocalText reason(Path target, Path temp, IOException e) {
        String folder = String.valueOf(target.getParent());
        if (e instanceof FileNotWrittenException notWritten) {
            return notWritten.reason();
        }
        if (e instanceof AccessDeniedException) {
            return LocalText.of("problem.write.permissionDenied", folder);
        }
        if (e instanceof NoSuchFileException) {
            return LocalText.of("problem.write.noFolder", folder);
        }
        String raw = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        String text = raw == null ? "" : raw.toLowerCase(Locale.ROOT);
        if (text.contains("no space left")) {
            return LocalText.of("problem.write.diskFull");
        }
        if (text.contains("quota")) {
            return LocalText.of("problem.write.quota");
        }
        if (text.contains("read-only file system")) {
            return LocalText.of("problem.write.readOnlyDisk");
        }
        if (text.contains("file name too long")) {
            return LocalText.of("problem.write.nameTooLong");
        }
        if (text.contains("permission denied") || text.contains("operation not permitted")) {
            return LocalText.of("problem.write.permissionDenied", folder);
        }
        if (raw == null || raw.isBlank()) {
            return LocalText.of("problem.write.refused", e.getClass().getSimpleName());
        }
        // the system's own words, which no bundle has: as the system gave them, never naming the temporary file
        return LocalText.verbatim(raw.replace(temp.toString(), target.toString())
                .replace(temp.getFileName().toString(), String.valueOf(target.getFileName())));
    }
}
