package app.counterpoint.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Replaces a file's content all at once: the bytes go to a temporary file in the same folder, are flushed to the
 * disk, and only then is the temporary file moved over the target. A crash or a full disk leaves the old file as it
 * was, never half a story.
 */
public final class AtomicFile {

    private AtomicFile() {}

    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, UnaryOperator.identity());
    }

    /** @param wrap lets tests put a failing stream between the bytes and the temporary file */
    static void write(Path target, byte[] content, UnaryOperator<OutputStream> wrap) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        // Not Files.createTempFile: its file is readable by the owner only, and the move would pass that on to a
        // story shared with a class. A plain new file gets the user's usual permissions, or the old file's.
        Path temp = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream out = wrap.apply(Channels.newOutputStream(channel))) {
                out.write(content);
                out.flush();
                channel.force(true);
            }
            keepPermissions(absolute, temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // some file systems (network shares) cannot rename atomically; a plain replace is the best left
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
    }
}
