package app.counterpoint.io.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns what the operating system says when a save fails into one plain reason:
 * "No space left on device" about a temporary file becomes "the disk is full; …", which callers put after the name of
 * the file the person chose.
 */
final class WriteFailure {

    private WriteFailure() {}

    /** @param temp the temporary file, which the message never names */
    static IOException of(Path target, Path temp, IOException cause) {
        String reason = reason(target, cause)
                .replace(temp.toString(), target.toString())
                .replace(temp.getFileName().toString(), String.valueOf(target.getFileName()));
        return new IOException(reason, cause);
    }

    private static String reason(Path target, IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied; you may not write into the folder " + target.getParent();
        }
        if (e instanceof NoSuchFileException) {
            return "the folder " + target.getParent() + " does not exist";
        }
        String raw = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        String text = raw == null ? "" : raw.toLowerCase(Locale.ROOT);
        if (text.contains("no space left")) {
            return "the disk is full; free some space or save somewhere else";
        }
        if (text.contains("quota")) {
            return "your disk quota is used up; free some space or save somewhere else";
        }
        if (text.contains("read-only file system")) {
            return "the disk is read-only; save somewhere else";
        }
        if (text.contains("file name too long")) {
            return "the file name is too long; choose a shorter one";
        }
        if (text.contains("permission denied") || text.contains("operation not permitted")) {
            return "permission denied; you may not write into the folder " + target.getParent();
        }
        return raw == null || raw.isBlank()
                ? "the system refused to write it (" + e.getClass().getSimpleName() + ")"
                : raw;
    }
}
