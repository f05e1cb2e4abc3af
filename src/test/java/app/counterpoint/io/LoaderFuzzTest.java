package app.counterpoint.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.model.Story;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A seeded mutation fuzzer over every format the loader opens: valid files of each format are cut, spliced, flipped
 * and salted with JSON and CSV punctuation, then opened. Each input must either load or give problems; any other
 * exception fails the test, with the seed and the iteration that found it so it can be replayed. Bounded by a fixed
 * number of iterations per seed file, so it is reproducible and its run time predictable.
 */
class LoaderFuzzTest {

    private static final long SEED = 20_171_402L;
    private static final int ITERATIONS_PER_SEED_FILE = 1000;

    private static final List<String> SEED_FILES = List.of(
            "stories/valid/minimal.json",
            "stories/invalid/several-problems.json",
            "import/timelinejs-full.json",
            "import/timelinejs-sheet.csv",
            "import/statements.csv");

    private static final byte[][] TOKENS = tokens(
            "{",
            "}",
            "[",
            "]",
            "\"",
            ",",
            ":",
            "\n",
            "\r\n",
            "\\",
            "\\u",
            "null",
            "NaN",
            "-1e999",
            "0",
            "-",
            "\"start_date\"",
            "\"year\"",
            "\"format\"",
            "\"counterpoint/1\"",
            "\"events\"",
            "<script>",
            "</p>",
            "&#x0;",
            "&amp",
            "\uFEFF",
            "é",
            "\u0000",
            "\"\"",
            ";",
            "\t",
            "Year,Headline\n",
            "event,actor,topic,text\n",
            "99999999999",
            "2017-02-30",
            "-0043-03-15");

    private final StoryOpener opener = new StoryOpener();

    private static byte[][] tokens(String... texts) {
        return Arrays.stream(texts).map(t -> t.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }

    @Test
    void everyMutatedInputLoadsOrGivesProblems() {
        Random random = new Random(SEED);
        int loaded = 0;
        int refused = 0;
        for (String seedFile : SEED_FILES) {
            byte[] seed = ImportFixtures.bytes(seedFile);
            for (int i = 0; i < ITERATIONS_PER_SEED_FILE; i++) {
                byte[] input = mutate(seed, random);
                LoadResult result;
                try {
                    result = opener.open("fuzz", input);
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    throw new AssertionError(
                            "seed " + SEED + ", " + seedFile + ", iteration " + i + ": " + e + "\ninput: "
                                    + new String(input, StandardCharsets.UTF_8),
                            e);
                }
                if (result.isValid()) {
                    Story story = result.story();
                    assertTrue(
                            story.statements().stream()
                                    .allMatch(st -> story.event(st.eventId()).isPresent()),
                            "a story that loads has every statement on one of its events");
                    loaded++;
                } else {
                    assertFalse(result.problems().isEmpty());
                    result.problems().forEach(p -> assertEquals("fuzz", p.file()));
                    refused++;
                }
            }
        }
        assertTrue(
                loaded > 0 && refused > 0,
                "mutations should both keep and break files: loaded " + loaded + ", refused " + refused);
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] data = seed;
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            data = switch (random.nextInt(6)) {
                case 0 -> flip(data, random);
                case 1 -> cut(data, random);
                case 2 -> insert(data, random.nextInt(data.length + 1), TOKENS[random.nextInt(TOKENS.length)]);
                case 3 -> duplicate(data, random);
                case 4 -> Arrays.copyOf(data, random.nextInt(data.length + 1));
                default -> data; // some inputs stay valid, so the loading path is fuzzed too
            };
        }
        return data;
    }

    private static byte[] flip(byte[] data, Random random) {
        if (data.length == 0) {
            return data;
        }
        byte[] copy = data.clone();
        copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        return copy;
    }

    private static byte[] cut(byte[] data, Random random) {
        if (data.length < 2) {
            return data;
        }
        int from = random.nextInt(data.length);
        int to = Math.min(data.length, from + 1 + random.nextInt(40));
        byte[] copy = new byte[data.length - (to - from)];
        System.arraycopy(data, 0, copy, 0, from);
        System.arraycopy(data, to, copy, from, data.length - to);
        return copy;
    }

    private static byte[] duplicate(byte[] data, Random random) {
        if (data.length == 0) {
            return data;
        }
        int from = random.nextInt(data.length);
        int to = Math.min(data.length, from + 1 + random.nextInt(200));
        return insert(data, random.nextInt(data.length + 1), Arrays.copyOfRange(data, from, to));
    }

    private static byte[] insert(byte[] data, int at, byte[] piece) {
        byte[] copy = new byte[data.length + piece.length];
        System.arraycopy(data, 0, copy, 0, at);
        System.arraycopy(piece, 0, copy, at, piece.length);
        System.arraycopy(data, at, copy, at + piece.length, data.length - at);
        return copy;
    }
}
