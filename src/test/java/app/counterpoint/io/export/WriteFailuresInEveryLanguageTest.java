package app.counterpoint.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.LocalText;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why a file was not written is a key with its arguments, told in the reader's language: the full disk, the folder,
 * the read-only file, each in every language, and no English word left in a translation.
 */
class WriteFailuresInEveryLanguageTest {

    private static final byte[] NEW = "new".getBytes(StandardCharsets.UTF_8);

    /**
     * Words of the English reasons that no translation uses: not those French or German share ("permission",
     * "quota", "long", "System", "Pipe"), nor "socket" and "bytes", which translations borrow.
     */
    private static final Pattern ENGLISH =
            Pattern.compile("(?i)\\b(denied|folder|exist|disk|full|free|space|save|somewhere|else|read|only|file"
                    + "|name|shorter|refused|symbolic|link|loop|device|writable|replace|story|open|split"
                    + "|smaller|the|is|it|not|you|may|give|such|as|inside|would|take|at|most)\\b");

    private static String reason(ThrowingWrite write) {
        FileNotWrittenException e = assertThrows(FileNotWrittenException.class, write::run);
        return e.reason().key();
    }

    private interface ThrowingWrite {
        void run() throws IOException;
    }

    /** A stream that fails its first write with {@code message}, as the system's error would read. */
    private static UnaryOperator<OutputStream> failing(String message) {
        return out -> new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException(message);
            }
        };
    }

    @Test
    void eachFailureIsAKeyOfItsOwn(@TempDir Path dir) throws IOException {
        assertEquals("problem.write.folder", reason(() -> AtomicFile.write(dir, NEW)));
        assertEquals(
                "problem.write.noFolder",
                reason(() -> AtomicFile.write(dir.resolve("none").resolve("x.json"), NEW)));
        Path target = Files.writeString(dir.resolve("story.json"), "old");
        assertEquals(
                "problem.write.diskFull",
                reason(() -> AtomicFile.write(target, NEW, failing("No space left on device"))));
        Path locked = Files.writeString(dir.resolve("locked.json"), "old");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r--r--r--"));
        assertEquals("problem.write.readOnlyFile", reason(() -> AtomicFile.write(locked, NEW)));
    }

    @Test
    void aFullDiskReadsInEachLanguage(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("story.json"), "old");
        FileNotWrittenException e = assertThrows(
                FileNotWrittenException.class, () -> AtomicFile.write(target, NEW, failing("No space left on device")));
        assertEquals("the disk is full; free some space or save somewhere else", e.getMessage());
        assertEquals(
                "der Datenträger ist voll; schaffen Sie Platz oder speichern Sie an einem anderen Ort",
                FileNotWrittenException.reason(e, Language.GERMAN));
        assertEquals(
                "диск заполнен; освободите место или сохраните в другое место",
                FileNotWrittenException.reason(e, Language.RUSSIAN));
        assertEquals(
                "القرص ممتلئ؛ أفرغ بعض المساحة أو احفظ في مكان آخر",
                FileNotWrittenException.reason(e, Language.ARABIC));
    }

    @Test
    void theFolderIsNamedInEachLanguage(@TempDir Path dir) {
        Path missing = dir.resolve("none");
        FileNotWrittenException e =
                assertThrows(FileNotWrittenException.class, () -> AtomicFile.write(missing.resolve("x.json"), NEW));
        assertEquals("the folder " + missing + " does not exist", e.getMessage());
        assertEquals("le dossier " + missing + " n’existe pas", FileNotWrittenException.reason(e, Language.FRENCH));
        assertEquals("la carpeta " + missing + " no existe", FileNotWrittenException.reason(e, Language.SPANISH));
    }

    /** The system's own words, which no bundle has, stay as the system gave them, in every language. */
    @Test
    void anUnknownFailureKeepsTheSystemsWords(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("story.json"), "old");
        FileNotWrittenException e = assertThrows(
                FileNotWrittenException.class, () -> AtomicFile.write(target, NEW, failing("Input/output error")));
        assertTrue(e.reason().isVerbatim());
        assertEquals("Input/output error", FileNotWrittenException.reason(e, Language.GERMAN));
    }

    @Test
    void everyReasonIsTranslatedWithNoEnglishWordLeft() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/app/counterpoint/i18n/problems.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> keys = english.stringPropertyNames().stream()
                .filter(k -> k.startsWith("problem.write."))
                .sorted()
                .toList();
        assertTrue(keys.size() >= 14, keys::toString);
        List<String> wrong = new ArrayList<>();
        for (String key : keys) {
            LocalText text = key.equals("problem.write.tooLarge")
                    ? LocalText.of(key, 67_108_865L, 64, 67_108_864L)
                    : LocalText.of(key, "◆");
            String inEnglish = text.in(Language.ENGLISH);
            for (Language language : Language.values()) {
                if (language == Language.ENGLISH) {
                    continue;
                }
                String words = text.in(language).replace("story.json", "◆").replace("Counterpoint", "◆");
                assertNotEquals(inEnglish, words, key);
                Matcher m = ENGLISH.matcher(words);
                if (m.find()) {
                    wrong.add(language + ": " + key + ": English \"" + m.group() + "\" in " + words);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
