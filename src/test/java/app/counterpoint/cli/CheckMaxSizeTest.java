package app.counterpoint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.TestResources;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import app.counterpoint.io.json.ReadLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story larger than a stranger's file may be is checked only when the user raises the limit with
 * {@code --max-size}; the refusal says what to add, and a wrong value is a usage error, never a silent default.
 */
class CheckMaxSizeTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** A valid story followed by spaces up to {@code size} bytes: legal JSON, only too large. */
    private static Path storyOfSize(Path dir, long size) throws IOException {
        byte[] story = Files.readAllBytes(TestResources.copy("stories/valid/minimal.json", dir));
        Path big = dir.resolve("big.json");
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        try (OutputStream file = Files.newOutputStream(big)) {
            file.write(story);
            for (long left = size - story.length; left > 0; left -= spaces.length) {
                file.write(spaces, 0, (int) Math.min(spaces.length, left));
            }
        }
        return big;
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheOptionThatWouldTakeIt(@TempDir Path dir) throws IOException {
        String big = storyOfSize(dir, ReadLimits.MAX_FILE_BYTES + 3L * 1024 * 1024 + 5)
                .toString();

        assertEquals(1, CheckCommand.run(List.of(big), out, Messages.of(Language.ENGLISH)));

        List<String> lines = lines();
        assertEquals(2, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith(big + ":1:1: the file is too large (70,254,597 bytes)"), lines::toString);
        assertEquals(
                big + ": to check it anyway, if you made it yourself or trust it, add --max-size=68", lines.get(1));
    }

    @Test
    void theRaisedLimitTakesTheFileAndChecksItAsUsual(@TempDir Path dir) throws IOException {
        String big = storyOfSize(dir, ReadLimits.MAX_FILE_BYTES + 3L * 1024 * 1024 + 5)
                .toString();

        assertEquals(0, CheckCommand.run(List.of("--max-size=68", big), out, Messages.of(Language.ENGLISH)));

        assertEquals(List.of("OK " + big + " (3 events, 2 statements)"), lines());
    }

    @Test
    void aLimitRaisedTooLittleNamesTheNextThatWould(@TempDir Path dir) throws IOException {
        String big = storyOfSize(dir, ReadLimits.MAX_FILE_BYTES + 3L * 1024 * 1024 + 5)
                .toString();

        assertEquals(1, CheckCommand.run(List.of(big, "--max-size=66"), out, Messages.of(Language.GERMAN)));

        List<String> lines = lines();
        assertTrue(lines.get(0).contains("höchstens 66 MB"), lines::toString);
        assertTrue(lines.get(1).endsWith("prüfen Sie sie trotzdem mit --max-size=68"), lines::toString);
    }

    @Test
    void aValueThatIsNoNumberOfMegabytesIsAUsageError(@TempDir Path dir) throws IOException {
        String valid = TestResources.copy("stories/valid/minimal.json", dir).toString();
        for (String wrong :
                List.of("--max-size=", "--max-size=0", "--max-size=-5", "--max-size=4GB", "--max-size=1025")) {
            bytes.reset();

            assertEquals(2, CheckCommand.run(List.of(wrong, valid), out, Messages.of(Language.ENGLISH)), wrong);
            assertEquals(
                    List.of("--max-size takes a whole number of megabytes from 1 to 1024, such as --max-size=400"),
                    lines(),
                    wrong);
        }
    }

    @Test
    void aSmallFileNeedsNoHint(@TempDir Path dir) throws IOException {
        String invalid =
                TestResources.copy("stories/invalid/unknown-actor.json", dir).toString();

        assertEquals(1, CheckCommand.run(List.of(invalid), out, Messages.of(Language.ENGLISH)));

        assertEquals(1, lines().size(), lines()::toString);
    }
}
