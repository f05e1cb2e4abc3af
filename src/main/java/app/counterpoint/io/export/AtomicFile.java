package app.counterpoint.io.export;

import app.counterpoint.i18n.LocalText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * Replaces a file's content all at once: the bytes go to a temporary file in the same folder, are flushed to the
 * disk, and only then is the temporary file moved over the target. A crash or a full disk leaves the old file as it
 * was, never half a story. A symbolic link is written through to the file it names (the link stays a link); a
 * read-only file, a folder or anything but a regular file is refused. Failures are {@link FileNotWrittenException}s
 * that say why in plain words of the reader's language (callers name the file), never naming the temporary file.
 */
public final class AtomicFile {

    /** A link that leads to a link, forty times over, is a loop (as the operating system counts). */
    private static final int MAX_LINKS = 40;

    private AtomicFile() {}

    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, UnaryOperator.identity());
    }

    /** @param wrap lets tests put a failing stream between the bytes and the temporary file */
    static void write(Path target, byte[] content, UnaryOperator<OutputStream> wrap) throws IOException {
        write(target, content, content.length, wrap);
    }

    /** Writes the first {@code length} bytes of {@code content}: a document laid out in a larger buffer. */
    static void write(Path target, byte[] content, int length, UnaryOperator<OutputStream> wrap) throws IOException {
        Path file = writableTarget(target);
        Path folder = file.getParent();
        TemporaryFiles.removeStale(folder);
        Path temp = createTemp(file, folder);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = wrap.apply(Channels.newOutputStream(channel))) {
                out.write(content, 0, length);
                out.flush();
                channel.force(true);
            }
            keepPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // some file systems (network shares) cannot rename atomically; a plain replace is the best left
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (IOException e) {
            throw WriteFailure.of(file, temp, e);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
            TemporaryFiles.forget(temp);
        }
    }

    /** The file to replace: the target, or the file its symbolic links lead to; refused when it may not be written. */
    static Path writableTarget(Path target) throws IOException {
        Path file = target.toAbsolutePath();
        for (int links = 0; Files.isSymbolicLink(file); links++) {
            if (links == MAX_LINKS) {
                throw new FileNotWrittenException(LocalText.of("problem.write.linkLoop"));
            }
            Path parent = file.getParent();
            Path next = Files.readSymbolicLink(file);
            file = parent == null ? next : parent.resolve(next);
        }
        if (Files.isDirectory(file)) {
            throw new FileNotWrittenException(LocalText.of("problem.write.folder"));
        }
        Path folder = file.getParent();
        if (folder == null || file.getFileName() == null) {
            throw new FileNotWrittenException(LocalText.of("problem.write.notAFileName"));
        }
        if (!Files.isDirectory(folder)) {
            throw new FileNotWrittenException(LocalText.of("problem.write.noFolder", folder.toString()));
        }
        if (Files.exists(file)) {
            if (!Files.isRegularFile(file)) {
                throw new FileNotWrittenException(LocalText.of("problem.write.notARegularFile"));
            }
            if (isReadOnly(file)) {
                throw new FileNotWrittenException(LocalText.of("problem.write.readOnlyFile"));
            }
        }
        return file;
    }

    /**
     * Whether the user may not write the file. The owner's write permission counts too: an administrator may write
     * anything, but a file someone made read-only is not to be replaced silently.
     */
    private static boolean isReadOnly(Path file) throws IOException {
        if (!Files.isWritable(file)) {
            return true;
        }
        return Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)
                && !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
    }

    /**
     * A new, empty temporary file beside the target, with a short name of its own ({@code .counterpoint-1f2e3d4c.tmp})
     * so even a target name at the system's length limit can be saved. Not Files.createTempFile: its file is
     * readable by the owner only, and the move would pass that on to a story shared with a class. A plain new file
     * gets the user's usual permissions, or the old file's.
     */
    private static Path createTemp(Path file, Path folder) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String name = TemporaryFiles.PREFIX
                    + String.format(
                            Locale.ROOT, "%08x", ThreadLocalRandom.current().nextInt())
                    + TemporaryFiles.SUFFIX;
            Path temp = folder.resolve(name);
            TemporaryFiles.remember(temp);
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                        .close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                TemporaryFiles.forget(temp);
                if (attempt == 100) {
                    throw WriteFailure.of(file, temp, e);
                }
            } catch (IOException e) {
                TemporaryFiles.forget(temp);
                throw WriteFailure.of(file, temp, e);
            }
        }
    }

    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
    }
}
