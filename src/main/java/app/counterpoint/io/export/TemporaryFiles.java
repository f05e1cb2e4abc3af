package app.counterpoint.io.export;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The temporary files that saving makes beside its targets. Those still being written when the program ends (a
 * normal exit, Ctrl-C or a kill's SIGTERM) are removed by a shutdown hook; any left older than a day by a program
 * that could not clean up (a power cut, SIGKILL) are removed the next time a file is saved into that folder. Only
 * files of this program's own naming pattern are ever touched.
 */
final class TemporaryFiles {

    static final String PREFIX = ".counterpoint-";
    static final String SUFFIX = ".tmp";

    /** Old enough that no save still running, here or in another copy of the program, can own it. */
    static final Duration STALE_AFTER = Duration.ofDays(1);

    private static final Pattern OWN_NAME =
            Pattern.compile(Pattern.quote(PREFIX) + "[0-9a-f]{8}" + Pattern.quote(SUFFIX));

    private static final System.Logger LOG = System.getLogger(TemporaryFiles.class.getName());

    /**
     * The one piece of process-wide state: a shutdown hook belongs to the process, and so does the list of files it
     * must remove. Saves on any thread add and remove their own entry.
     */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TemporaryFiles::removePending, "remove-temporary-files"));
    }

    private TemporaryFiles() {}

    static void remember(Path temp) {
        PENDING.add(temp);
    }

    static void forget(Path temp) {
        PENDING.remove(temp);
    }

    /** The temporary files being written now; for tests. */
    static Set<Path> pending() {
        return Set.copyOf(PENDING);
    }

    private static void removePending() {
        for (Path temp : List.copyOf(PENDING)) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Temporary file " + temp + " could not be removed at exit", e);
            }
        }
    }

    /** Removes this program's temporary files in {@code folder} last changed more than a day ago. */
    static void removeStale(Path folder) {
        Instant before = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> own = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path temp : own) {
                if (isStale(temp, before)) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException e) {
            // tidying is a courtesy: a folder that cannot be listed still gets its file, or a plain error when written
            LOG.log(Level.DEBUG, "Old temporary files in " + folder + " could not be removed", e);
        }
    }

    private static boolean isStale(Path temp, Instant before) throws IOException {
        if (!OWN_NAME.matcher(temp.getFileName().toString()).matches() || PENDING.contains(temp)) {
            return false;
        }
        FileTime changed = Files.getLastModifiedTime(temp);
        return changed.toInstant().isBefore(before) && Files.isRegularFile(temp);
    }
}
