package app.counterpoint;

import app.counterpoint.io.recovery.DataFolder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Class-data sharing for a plain {@code java -jar counterpoint.jar}, which the app image has from its launcher: the
 * JavaFX, Jackson and app classes a start loads, kept parsed and checked in an archive so the next start maps them
 * instead. A JVM takes the archive only from its command line, so the window is started in a second JVM that has it,
 * and this one waits and passes on its exit code. The first start has no archive yet: its second JVM writes one
 * when it ends ({@code -XX:ArchiveClassesAtExit}), under a name of its own, and only a whole one is renamed into place.
 * The archive is named after the jar (path, size, time) and the Java runtime, so a new jar or Java makes a new one.
 * The window's JVM also gets the app image's collector and compiler settings ({@link #IMAGE_OPTIONS}).
 *
 * <p>Nothing depends on it: with no command to start, an unwritable folder or a start that fails, the window opens
 * in this JVM as it did before. {@code -Dcounterpoint.cds=false} turns it off; a command line that already names an
 * archive, an agent or a debugger, and a class path that is not one jar ({@code mvn javafx:run}), are left alone.
 */
final class StartupArchive {

    /** Set on the second JVM, so it opens the window itself. */
    static final String RELAUNCHED = "counterpoint.relaunched";

    /** The first JVM's start, in epoch milliseconds, so the start-up log counts from what the user started. */
    static final String FIRST_START = "counterpoint.processStart";

    /** The processor time the first JVM used before it started the second, in milliseconds, for the same log. */
    static final String FIRST_CPU = "counterpoint.firstCpuMillis";

    /** {@code false} turns the archive off. */
    static final String SWITCH = "counterpoint.cds";

    /**
     * The app image's own start-up options (pom.xml, jpackage's {@code --java-options}), given to the window's JVM
     * unless the command line chose a collector or compiler thresholds itself: the serial collector starts with less
     * work than G1 on a desktop's one heap, and C2 compiling later keeps start-up code from competing with the first
     * frame on two cores, while the hot loops of big stories still reach it.
     */
    static final List<String> IMAGE_OPTIONS = List.of(
            "-XX:+UseSerialGC",
            "-XX:Tier4InvocationThreshold=100000",
            "-XX:Tier4MinInvocationThreshold=30000",
            "-XX:Tier4CompileThreshold=150000",
            "-XX:Tier4BackEdgeThreshold=400000");

    private static final String FOLDER = "startup";

    /** A half-written archive this old was left by a start that was killed; one being written is younger. */
    private static final long STALE_MILLIS = 60 * 60 * 1000L;

    private StartupArchive() {}

    /**
     * Starts the window in a JVM that shares the archived classes and waits for it: its exit code, or empty when
     * this JVM should open the window itself.
     */
    static OptionalInt runWindowWithArchive(String[] args) {
        // the window's own JVM returns here at once, before the management classes are loaded for the arguments
        if (!applies(
                System.getProperty(RELAUNCHED),
                System.getProperty(SWITCH),
                System.getProperty("java.class.path", ""),
                () -> ManagementFactory.getRuntimeMXBean().getInputArguments())) {
            return OptionalInt.empty();
        }
        List<String> jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        Optional<String> java = ProcessHandle.current().info().command();
        if (java.isEmpty()) {
            return OptionalInt.empty();
        }
        Path jar = Path.of(System.getProperty("java.class.path")).toAbsolutePath();
        Path folder = DataFolder.ofCurrentUser().resolve(FOLDER);
        Path archive;
        Path written;
        Process window;
        try {
            Files.createDirectories(folder);
            archive = folder.resolve(archiveName(
                    jar.toString(),
                    Files.size(jar),
                    Files.getLastModifiedTime(jar).toMillis(),
                    System.getProperty("java.home", ""),
                    System.getProperty("java.vm.version", "")));
            boolean reuse = Files.isRegularFile(archive) && Files.size(archive) > 0;
            written = reuse
                    ? null
                    : folder.resolve(archive.getFileName() + "."
                            + ProcessHandle.current().pid() + ".part");
            long cpu = ProcessHandle.current()
                    .info()
                    .totalCpuDuration()
                    .map(d -> d.toMillis())
                    .orElse(0L);
            List<String> command = command(
                    java.get(),
                    jvmArguments,
                    reuse ? archive : null,
                    written,
                    ProcessStart.instant().toEpochMilli(),
                    cpu,
                    jar,
                    args);
            window = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            // the window's JVM did not start: the window opens in this one, as it always could
            return OptionalInt.empty();
        }
        // from here on the window is the other JVM's: this one only waits, whatever happens
        Runnable keep = written == null ? () -> {} : () -> keepQuietly(written, archive, folder);
        try {
            // told to stop (a signal, a logout), this JVM tells the window's, waits for it and keeps its archive
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(window, keep), "counterpoint-stop-window"));
        } catch (IllegalStateException e) {
            // already stopping: the wait below ends with the window
        }
        int exit = waitFor(window);
        keep.run();
        return OptionalInt.of(exit);
    }

    /** Whether this start should go through the archive: see the class comment. */
    static boolean applies(String relaunched, String toggle, String classPath, Supplier<List<String>> jvmArguments) {
        if (relaunched != null || "false".equalsIgnoreCase(toggle)) {
            return false;
        }
        if (classPath.isEmpty()
                || classPath.contains(java.io.File.pathSeparator)
                || !classPath.toLowerCase(Locale.ROOT).endsWith(".jar")
                || !Files.isRegularFile(Path.of(classPath))) {
            return false;
        }
        for (String argument : jvmArguments.get()) {
            if (argument.startsWith("-XX:SharedArchiveFile")
                    || argument.startsWith("-XX:ArchiveClassesAtExit")
                    || argument.startsWith("-Xshare")
                    || argument.startsWith("-agentlib")
                    || argument.startsWith("-agentpath")
                    || argument.startsWith("-javaagent")
                    || argument.startsWith("-Xrunjdwp")
                    || argument.startsWith("-Xdebug")) {
                return false;
            }
        }
        return true;
    }

    /** The second JVM's command: this JVM's own options, the archive to use or to write, then the jar and arguments. */
    static List<String> command(
            String java,
            List<String> jvmArguments,
            Path use,
            Path write,
            long firstStart,
            long firstCpuMillis,
            Path jar,
            String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        boolean chosen =
                jvmArguments.stream().anyMatch(a -> a.matches("-XX:[+-]Use\\w*GC") || a.startsWith("-XX:Tier"));
        if (!chosen) {
            command.addAll(IMAGE_OPTIONS);
        }
        command.addAll(jvmArguments);
        if (use != null) {
            command.add("-XX:SharedArchiveFile=" + use);
        } else {
            command.add("-XX:ArchiveClassesAtExit=" + write);
        }
        command.add("-Xshare:auto");
        // the archive's own notes ("Skipping … Not linked") are not for the person who started the app
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add("-D" + RELAUNCHED + "=true");
        command.add("-D" + FIRST_START + "=" + firstStart);
        command.add("-D" + FIRST_CPU + "=" + firstCpuMillis);
        command.add("-cp");
        command.add(jar.toString());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** The archive's file name: the same jar on the same Java finds it again; anything else makes another. */
    static String archiveName(String jar, long size, long modified, String javaHome, String vmVersion) {
        String key = jar + '\n' + size + '\n' + modified + '\n' + javaHome + '\n' + vmVersion;
        long hash = 1125899906842597L;
        for (int i = 0; i < key.length(); i++) {
            hash = 31 * hash + key.charAt(i);
        }
        return "classes-" + HexFormat.of().toHexDigits(hash) + ".jsa";
    }

    private static synchronized void keepQuietly(Path written, Path archive, Path folder) {
        try {
            keepIfWhole(written, archive, folder);
        } catch (IOException e) {
            // the next start writes one again; the window has been and gone either way
        }
    }

    /**
     * Renames the archive the second JVM wrote into place, and drops the ones of other jars and Javas and what a
     * stopped start left half-written.
     */
    static void keepIfWhole(Path written, Path archive, Path folder) throws IOException {
        if (!Files.isRegularFile(written) || Files.size(written) == 0) {
            Files.deleteIfExists(written);
            return;
        }
        try (Stream<Path> old = Files.list(folder)) {
            for (Path other : old.toList()) {
                String name = other.getFileName().toString();
                if (other.equals(written) || !name.startsWith("classes-")) {
                    continue;
                }
                boolean stale = name.endsWith(".part")
                        && Files.getLastModifiedTime(other).toMillis() < System.currentTimeMillis() - STALE_MILLIS;
                if (name.endsWith(".jsa") || stale) {
                    Files.deleteIfExists(other);
                }
            }
        }
        Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static int waitFor(Process window) {
        while (true) {
            try {
                return window.waitFor();
            } catch (InterruptedException e) {
                // the first JVM has nothing else to do; it waits on
            }
        }
    }

    /** When this JVM is told to stop, the window's JVM is told too, and given time to keep what it must. */
    private static void stop(Process window, Runnable keep) {
        if (window.isAlive()) {
            window.destroy();
            try {
                window.waitFor(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        keep.run();
    }
}
