package app.counterpoint.io.recovery;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryReader;
import app.counterpoint.io.export.AtomicFile;
import app.counterpoint.io.export.StoryWriter;
import app.counterpoint.io.json.ReadLimits;
import app.counterpoint.model.Story;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * The recovery folder: each running Counterpoint keeps the story it is editing there, unsaved changes included, so
 * that a crash, a kill or a power cut loses nothing. A session's slot is three files: the story (a counterpoint/1
 * file, so it reads back exactly), what it is (its name, the file it came from, when it was changed) and a lock
 * the running session holds; the operating system lets go of the lock when the process dies, however it dies, so a
 * slot whose lock is free is one a later start may offer back. Both data files are written atomically.
 */
public final class RecoveryStore {

    private static final String STORY = ".story.json";
    private static final String ABOUT = ".about.properties";
    private static final String LOCK = ".lock";

    private final Path folder;
    /**
     * The app's own files: a story of any size the window could open is kept, and read back at the next start
     * whatever limit that start has, so the highest limit holds for both.
     */
    private static final ReadLimits OWN_FILES = ReadLimits.HIGHEST;

    private final StoryWriter writer = new StoryWriter(OWN_FILES);
    private final StoryReader reader = new StoryReader(OWN_FILES);

    public RecoveryStore(Path folder) {
        this.folder = folder;
    }

    /** The recovery folder under the user's data folder. */
    public static RecoveryStore ofCurrentUser() {
        return new RecoveryStore(DataFolder.ofCurrentUser().resolve("recovery"));
    }

    /**
     * What a slot holds besides the story.
     *
     * @param name     the story's name as the window shows it ("syria.json")
     * @param file     the file the story was opened from or last saved to, or {@code null} (bundled, imported, new)
     * @param changed  when the last change kept here was made
     */
    public record About(String name, Path file, Instant changed) {}

    /** A slot left by a session that has ended without saving: its story can be offered back. */
    public record Recoverable(String slot, About about) {}

    /** This process's own slot, locked while it runs. Not thread-safe; one writer thread. */
    public final class Session implements AutoCloseable {

        private final String slot;
        private final FileChannel lockChannel;
        private final FileLock lock;

        private Session(String slot, FileChannel lockChannel, FileLock lock) {
            this.slot = slot;
            this.lockChannel = lockChannel;
            this.lock = lock;
        }

        /** Keeps the story as it is now, replacing what the slot held, atomically. */
        public void write(Story story, About about) throws IOException {
            writer.write(story, folder.resolve(slot + STORY));
            AtomicFile.write(folder.resolve(slot + ABOUT), aboutBytes(about));
        }

        /** Forgets the slot's story: it is saved, or the user chose not to keep it. The lock stays. */
        public void clear() throws IOException {
            Files.deleteIfExists(folder.resolve(slot + ABOUT));
            Files.deleteIfExists(folder.resolve(slot + STORY));
        }

        /** Whether the slot holds a story now. */
        public boolean holdsStory() {
            return Files.exists(folder.resolve(slot + ABOUT));
        }

        /** Ends the session cleanly: the slot and its lock go. */
        @Override
        public void close() throws IOException {
            clear();
            lock.release();
            lockChannel.close();
            Files.deleteIfExists(folder.resolve(slot + LOCK));
        }
    }

    /** Opens this process's slot. */
    public Session openSession() throws IOException {
        Files.createDirectories(folder);
        String slot = UUID.randomUUID().toString();
        FileChannel channel =
                FileChannel.open(folder.resolve(slot + LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new IOException("the recovery slot " + slot + " is locked already");
        }
        return new Session(slot, channel, lock);
    }

    /** The slots of sessions that ended without saving, newest change first; none when the folder does not exist. */
    public List<Recoverable> leftBehind() throws IOException {
        List<Recoverable> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> abouts = Files.newDirectoryStream(folder, "*" + ABOUT)) {
            for (Path about : abouts) {
                String name = about.getFileName().toString();
                String slot = name.substring(0, name.length() - ABOUT.length());
                if (Files.exists(folder.resolve(slot + STORY)) && !inUse(slot)) {
                    readAbout(about).ifPresent(a -> found.add(new Recoverable(slot, a)));
                }
            }
        }
        found.sort(Comparator.comparing((Recoverable r) -> r.about().changed()).reversed());
        return found;
    }

    /** The story a slot holds, read as any story file (its sources' text files are looked for beside its file). */
    public LoadResult read(Recoverable recoverable) {
        Path file = recoverable.about().file();
        Path storyFile = folder.resolve(recoverable.slot() + STORY);
        try {
            byte[] content = Files.readAllBytes(storyFile);
            Path textFolder = file == null ? null : file.toAbsolutePath().getParent();
            return reader.read(recoverable.about().name(), content, textFolder);
        } catch (IOException e) {
            return reader.read(storyFile);
        }
    }

    /** Deletes a slot left behind: its story was recovered into a new session, or declined. */
    public void discard(Recoverable recoverable) throws IOException {
        if (inUse(recoverable.slot())) {
            return;
        }
        Files.deleteIfExists(folder.resolve(recoverable.slot() + ABOUT));
        Files.deleteIfExists(folder.resolve(recoverable.slot() + STORY));
        Files.deleteIfExists(folder.resolve(recoverable.slot() + LOCK));
    }

    /** Whether a running session holds the slot's lock (this process's own sessions included). */
    private boolean inUse(String slot) throws IOException {
        Path lockFile = folder.resolve(slot + LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    private static byte[] aboutBytes(About about) {
        Properties p = new Properties();
        p.setProperty("name", about.name());
        if (about.file() != null) {
            p.setProperty("file", about.file().toAbsolutePath().toString());
        }
        p.setProperty("changed", about.changed().toString());
        StringWriter out = new StringWriter();
        try {
            p.store(out, "Counterpoint: the unsaved changes kept beside it");
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static java.util.Optional<About> readAbout(Path file) {
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            String name = p.getProperty("name");
            String changed = p.getProperty("changed");
            if (name == null || changed == null) {
                return java.util.Optional.empty();
            }
            String path = p.getProperty("file");
            return java.util.Optional.of(new About(name, path == null ? null : Path.of(path), Instant.parse(changed)));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            return java.util.Optional.empty(); // a damaged slot is not offered
        }
    }
}
