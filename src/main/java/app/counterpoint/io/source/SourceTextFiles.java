package app.counterpoint.io.source;

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
    public record Loaded(String text, String problem) {}

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
            return problem("'" + name + "' is not relative to the story file; name it from the story's folder,"
                    + " such as \"sources/article.txt\"");
        }
        if (!hasTextExtension(name)) {
            return problem("'" + name + "' must be a .txt or .html file");
        }
        if (folder == null) {
            return problem("'" + name + "' cannot be read, because this story was not opened from a file;"
                    + " put the source's words in \"text\" instead");
        }
        Path base = folder.toAbsolutePath().normalize();
        Path file;
        try {
            file = base.resolve(name).normalize();
        } catch (InvalidPathException e) {
            return problem("'" + name + "' is not a valid file name: " + e.getReason());
        }
        if (!file.startsWith(base)) {
            return problem("'" + name + "' is outside the story's folder; keep source texts in the story's folder"
                    + " or a folder inside it");
        }
        try {
            if (!Files.exists(file)) {
                return problem("there is no file '" + name + "' (looked for " + file + ")");
            }
            if (!Files.isRegularFile(file)) {
                return problem("'" + name + "' is a folder, not a text file");
            }
            long size = Files.size(file);
            if (size > ReadLimits.MAX_FILE_BYTES) {
                return problem(String.format(
                        Locale.ROOT,
                        "'%s' is too large (%,d bytes); a source text may be at most %d MB",
                        name,
                        size,
                        ReadLimits.MAX_FILE_BYTES / (1024 * 1024)));
            }
            String text = utf8(Files.readAllBytes(file));
            if (text == null) {
                return problem("'" + name + "' is not UTF-8 text; save it as UTF-8 (in most editors: Save As,"
                        + " Encoding: UTF-8)");
            }
            return new Loaded(
                    name.toLowerCase(Locale.ROOT).endsWith(".txt") ? text : HtmlSourceText.toText(text), null);
        } catch (IOException e) {
            return problem("'" + name + "' cannot be read: " + e.getMessage());
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

    private static Loaded problem(String message) {
        return new Loaded(null, message);
    }
}
