package app.counterpoint.io.source;

import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.json.ReadLimits;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a source's {@code textFile}: a UTF-8 .txt or .html file named relative to the story file, in the story's
 * folder or a folder inside it (so a story passed around cannot show files from elsewhere on the computer). Never
 * throws for a bad file; the result carries a plain message instead.
 */
public final class SourceTextFiles {

    private SourceTextFiles() {}

    /** The text read, or why there is none (exactly one of the two is set). */
    public record Loaded(String text, LocalText problemText) {

        /** Why there is no text, in English; {@code null} when there is one. */
        public String problem() {
            return problemText == null ? null : problemText.english();
        }
    }

    /** Whether a textFile name ends with an extension the reader reads: .txt, .html or .htm, in any case. */
    public static boolean hasTextExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".txt") || lower.endsWith(".html") || lower.endsWith(".htm");
    }

    /**
     * @param folder the story file's folder, or {@code null} when the story was not read from a file
     * @param name   the textFile as the story gives it
     */
    public static Loaded read(Path folder, String name) {
        if (name.startsWith("/") || name.startsWith("\\") || (name.length() > 1 && name.charAt(1) == ':')) {
            return problem("problem.textFile.absolute", name);
        }
        if (!hasTextExtension(name)) {
            return problem("problem.textFile.extension", name);
        }
        if (folder == null) {
            return problem("problem.textFile.noFolder", name);
        }
        Path base = folder.toAbsolutePath().normalize();
        Path file;
        try {
            file = base.resolve(name).normalize();
        } catch (InvalidPathException e) {
            return problem("problem.textFile.badName", name, e.getReason());
        }
        if (!file.startsWith(base)) {
            return problem("problem.textFile.outside", name);
        }
        try {
            if (!Files.exists(file)) {
                return problem("problem.textFile.none", name, file.toString());
            }
            if (!Files.isRegularFile(file)) {
                return problem("problem.textFile.folder", name);
            }
            long size = Files.size(file);
            if (size > ReadLimits.MAX_FILE_BYTES) {
                return problem("problem.textFile.tooLarge", name, size, ReadLimits.MAX_FILE_BYTES / (1024 * 1024));
            }
            String text = utf8(Files.readAllBytes(file));
            if (text == null) {
                return problem("problem.textFile.notUtf8", name);
            }
            return new Loaded(
                    name.toLowerCase(Locale.ROOT).endsWith(".txt") ? text : HtmlSourceText.toText(text), null);
        } catch (IOException e) {
            return problem("problem.textFile.unreadable", name, String.valueOf(e.getMessage()));
        }
    }

    private static String utf8(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3
                : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Loaded problem(String key, Object... arguments) {
        return new Loaded(null, LocalText.of(key, arguments));
    }
}
