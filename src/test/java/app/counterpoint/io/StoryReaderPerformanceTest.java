package app.counterpoint.io;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoryReaderPerformanceTest {

    /** A story of 100,000 events and as many statements, about 30 MB of JSON. */
    private static byte[] bigStory() {
        StringBuilder sb = new StringBuilder(32 * 1024 * 1024);
        sb.append("{\"format\": \"counterpoint/1\", \"title\": \"Big\",\n")
                .append(" \"actors\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}],\n")
                .append(" \"topics\": [{\"id\": \"t\", \"label\": \"T\"}],\n \"events\": [\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append(i == 0 ? "" : ",\n").append("  {\"id\": \"e").append(i)
                    .append("\", \"title\": \"Event number ").append(i).append(" of the big story\", \"start\": \"")
                    .append(1900 + i % 120).append("-0").append(1 + i % 9).append("-1").append(i % 9)
                    .append("\", \"summary\": \"A summary long enough to look like real text in a file.\"")
                    .append(", \"topics\": [\"t\"], \"actors\": [\"a\", \"b\"]}");
        }
        sb.append("],\n \"statements\": [\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append(i == 0 ? "" : ",\n").append("  {\"id\": \"s").append(i).append("\", \"event\": \"e").append(i)
                    .append("\", \"actor\": \"").append(i % 2 == 0 ? 'a' : 'b')
                    .append("\", \"topics\": [\"t\"], \"kind\": \"quote\", \"text\": \"What side ")
                    .append(i % 2).append(" said about it, at some length, in its own words.\"}");
        }
        return sb.append("]}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void hundredThousandEventsLoadQuickly() {
        byte[] content = bigStory();
        assertTrue(content.length > 25_000_000 && content.length < StoryReader.MAX_FILE_BYTES,
                "story is " + content.length + " bytes");
        StoryReader reader = new StoryReader();

        long cold = timeValidRead(reader, content);
        long warm = timeValidRead(reader, content);

        // The first read also pays for JIT warm-up on a 2-core machine shared with other builds, so it only guards
        // against a blow-up (an O(n²) step would take minutes); the second read is held to the real budget.
        assertTrue(cold < 5_000, "first read took " + cold + " ms");
        assertTrue(warm < 1_500, "second read took " + warm + " ms");
    }

    private static long timeValidRead(StoryReader reader, byte[] content) {
        long start = System.nanoTime();
        LoadResult result = reader.read("big.json", content);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of(), result.problems().subList(0, Math.min(3, result.problems().size())));
        assertEquals(100_000, result.story().events().size());
        assertEquals(100_000, result.story().statements().size());
        return millis;
    }
}
