package app.counterpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupArchiveTest {

    @TempDir
    Path dir;

    private Path jar() throws IOException {
        return Files.write(dir.resolve("counterpoint.jar"), new byte[] {1, 2, 3});
    }

    @Test
    void aPlainJavaJarStartGoesThroughTheArchive() throws IOException {
        assertTrue(StartupArchive.applies(null, null, jar().toString(), () -> List.of("-Dsome=thing")));
    }

    @Test
    void theSecondJvmTheSwitchAndOtherClassPathsDoNot() throws IOException {
        String jar = jar().toString();
        assertFalse(StartupArchive.applies("true", null, jar, () -> List.of()), "the relaunched JVM opens the window");
        assertFalse(StartupArchive.applies(null, "false", jar, () -> List.of()), "-Dcounterpoint.cds=false");
        assertFalse(
                StartupArchive.applies(null, null, dir.toString(), () -> List.of()), "mvn javafx:run: classes folder");
        assertFalse(
                StartupArchive.applies(null, null, jar + java.io.File.pathSeparator + dir, () -> List.of()),
                "several class path entries");
        assertFalse(StartupArchive.applies(null, null, dir.resolve("gone.jar").toString(), () -> List.of()));
    }

    @Test
    void aCommandLineThatNamesAnArchiveOrAnAgentIsLeftAlone() throws IOException {
        String jar = jar().toString();
        for (String option : List.of(
                "-XX:SharedArchiveFile=/opt/app/counterpoint.jsa",
                "-XX:ArchiveClassesAtExit=x.jsa",
                "-Xshare:off",
                "-javaagent:jacoco.jar",
                "-agentlib:jdwp=transport=dt_socket",
                "-agentpath:/opt/libasyncProfiler.so")) {
            assertFalse(StartupArchive.applies(null, null, jar, () -> List.of("-Xmx1g", option)), option);
        }
    }

    @Test
    void theSecondJvmKeepsTheOptionsAndUsesOrWritesTheArchive() {
        Path jar = Path.of("/apps/counterpoint.jar");
        List<String> using = StartupArchive.command(
                "/usr/bin/java",
                List.of("-Duser.language=de"),
                Path.of("/data/a.jsa"),
                null,
                1234L,
                56L,
                jar,
                new String[] {"story.json"});
        assertEquals("/usr/bin/java", using.get(0));
        assertEquals(StartupArchive.IMAGE_OPTIONS, using.subList(1, 1 + StartupArchive.IMAGE_OPTIONS.size()));
        assertEquals("-Duser.language=de", using.get(1 + StartupArchive.IMAGE_OPTIONS.size()));
        assertTrue(using.contains("-XX:SharedArchiveFile=/data/a.jsa"));
        assertTrue(using.contains("-D" + StartupArchive.RELAUNCHED + "=true"));
        assertTrue(using.contains("-D" + StartupArchive.FIRST_START + "=1234"));
        assertTrue(using.contains("-D" + StartupArchive.FIRST_CPU + "=56"));
        assertEquals(
                List.of("-cp", jar.toString(), Main.class.getName(), "story.json"),
                using.subList(using.size() - 4, using.size()));
        List<String> writing = StartupArchive.command(
                "java", List.of(), null, Path.of("/data/a.jsa.7.part"), 1, 0, jar, new String[0]);
        assertTrue(writing.contains("-XX:ArchiveClassesAtExit=/data/a.jsa.7.part"));
        assertFalse(writing.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile")));
    }

    @Test
    void aCollectorOrThresholdChosenOnTheCommandLineIsKept() {
        for (String option : List.of("-XX:+UseG1GC", "-XX:+UseZGC", "-XX:Tier4InvocationThreshold=5000")) {
            List<String> command = StartupArchive.command(
                    "java", List.of(option), null, Path.of("a.part"), 1, 0, Path.of("c.jar"), new String[0]);
            assertFalse(command.contains("-XX:+UseSerialGC"), option);
            assertTrue(command.contains(option), option);
        }
    }

    @Test
    void anotherJarOrJavaMakesAnotherArchive() {
        String name = StartupArchive.archiveName("/a/counterpoint.jar", 100, 5, "/jdk17", "17.0.15");
        assertEquals(name, StartupArchive.archiveName("/a/counterpoint.jar", 100, 5, "/jdk17", "17.0.15"));
        assertTrue(name.startsWith("classes-") && name.endsWith(".jsa"));
        assertNotEquals(name, StartupArchive.archiveName("/a/counterpoint.jar", 101, 5, "/jdk17", "17.0.15"));
        assertNotEquals(name, StartupArchive.archiveName("/a/counterpoint.jar", 100, 6, "/jdk17", "17.0.15"));
        assertNotEquals(name, StartupArchive.archiveName("/b/counterpoint.jar", 100, 5, "/jdk17", "17.0.15"));
        assertNotEquals(name, StartupArchive.archiveName("/a/counterpoint.jar", 100, 5, "/jdk21", "21.0.1"));
    }

    @Test
    void onlyAWholeArchiveIsKeptAndItReplacesTheOldOnes() throws IOException {
        Path old = Files.write(dir.resolve("classes-0000000000000001.jsa"), new byte[] {9});
        Path archive = dir.resolve("classes-00000000000000ff.jsa");
        Path empty = Files.createFile(dir.resolve(archive.getFileName() + ".1.part"));
        StartupArchive.keepIfWhole(empty, archive, dir);
        assertFalse(Files.exists(empty), "an empty archive (the JVM stopped before it wrote one) goes");
        assertFalse(Files.exists(archive));
        assertTrue(Files.exists(old), "and the archive there was stays");

        Path whole = Files.write(dir.resolve(archive.getFileName() + ".2.part"), new byte[] {1, 2});
        StartupArchive.keepIfWhole(whole, archive, dir);
        assertTrue(Files.exists(archive));
        assertFalse(Files.exists(whole));
        assertFalse(Files.exists(old), "the archive of another jar or Java is dropped");
    }
}
