package app.counterpoint.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;

/**
 * Writes synthetic but valid stories for benchmarks and screenshots: {@code events} events spread over about thirty
 * years (denser in recent years, in bursts, like news), mixed precisions and ranges, six topics, three sides and one
 * statement per event (or as many as asked: the second by the other side). The same seed gives the same file.
 *
 * <p>Run as a main: {@code StoryGenerator <events> <file> [seed] [statements per event] [lines]}; with
 * {@code lines} the file is laid out one entry per line, as Save writes a story too large to pretty-print. The
 * benchmarks' big story is {@code StoryGenerator 100000 big.json 1 2 lines} (100,000 events, 200,000 statements).
 */
public final class StoryGenerator {

    private static final String[] TOPICS = {"economy", "security", "energy", "health", "climate", "trade"};
    private static final String[] TOPIC_COLORS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"};
    private static final String[] ACTORS = {"north", "south", "observers"};
    private static final String[] ACTOR_COLORS = {"#1F5FAD", "#C0392B", "#6B7280"};
    private static final String[] VERBS = {
        "Talks on",
        "Dispute over",
        "Agreement on",
        "Report on",
        "Protest about",
        "Summit on",
        "Vote on",
        "Statement on",
        "Inquiry into",
        "Deadline for"
    };
    private static final String[] PLACES = {
        "Geneva", "Nairobi", "Lima", "Oslo", "Hanoi", "Accra", "Quito", "Riga", "Baku", "Perth", "Dakar", "Tunis"
    };
    private static final LocalDate FIRST_DAY = LocalDate.of(1995, 1, 1);
    private static final int DAYS = 30 * 365;

    private final Random random;
    /** The number of the first event and statement: the parts of a story too large for one file do not share ids. */
    private final int first;

    public StoryGenerator(long seed) {
        this(seed, 0);
    }

    /** A generator whose events and statements are numbered from {@code first} on. */
    public StoryGenerator(long seed, int first) {
        this.random = new Random(seed);
        this.first = first;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: StoryGenerator <events> <file> [seed] [statements per event]");
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        int perEvent = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        boolean lines = args.length > 4 && args[4].equals("lines");
        new StoryGenerator(seed).write(Integer.parseInt(args[0]), perEvent, lines, Path.of(args[1]));
    }

    /** Writes a story of {@code events} events and as many statements to {@code file}. */
    public void write(int events, Path file) throws IOException {
        write(events, 1, false, file);
    }

    /**
     * Writes a story of {@code events} events and {@code perEvent} statements for each to {@code file}, pretty-printed
     * or, with {@code lines}, one entry per line.
     */
    public void write(int events, int perEvent, boolean lines, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            if (!lines) {
                g.useDefaultPrettyPrinter();
            }
            g.writeStartObject();
            g.writeStringField("format", "counterpoint/1");
            g.writeStringField("title", "Generated story of " + events + " events");
            g.writeStringField("description", "Synthetic events for benchmarks.");
            g.writeArrayFieldStart("sources");
            g.writeStartObject();
            g.writeStringField("id", "wire");
            g.writeStringField("title", "Synthetic wire service");
            g.writeStringField("publisher", "Counterpoint benchmarks");
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("actors");
            for (int i = 0; i < ACTORS.length; i++) {
                g.writeStartObject();
                g.writeStringField("id", ACTORS[i]);
                g.writeStringField("name", capitalise(ACTORS[i]));
                g.writeStringField("color", ACTOR_COLORS[i]);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("topics");
            for (int i = 0; i < TOPICS.length; i++) {
                g.writeStartObject();
                g.writeStringField("id", TOPICS[i]);
                g.writeStringField("label", capitalise(TOPICS[i]));
                g.writeStringField("color", TOPIC_COLORS[i]);
                g.writeEndObject();
            }
            g.writeEndArray();
            String[] firstTopic = new String[events];
            String[] starts = new String[events];
            g.writeArrayFieldStart("events");
            for (int i = 0; i < events; i++) {
                if (lines) {
                    g.writeRaw('\n');
                }
                writeEvent(g, i, firstTopic, starts);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("statements");
            for (int i = 0; i < events; i++) {
                int actor = random.nextInt(2);
                for (int k = 0; k < perEvent; k++) {
                    if (lines) {
                        g.writeRaw('\n');
                    }
                    g.writeStartObject();
                    int number = first + i;
                    g.writeStringField("id", k == 0 ? "s" + number : "s" + number + "-" + k);
                    g.writeStringField("event", "e" + number);
                    g.writeStringField("actor", ACTORS[(actor + k) % ACTORS.length]);
                    g.writeArrayFieldStart("topics");
                    g.writeString(firstTopic[i]);
                    g.writeEndArray();
                    g.writeStringField(
                            "text",
                            (k == 0 ? "We said something about " : "They answered about ") + firstTopic[i] + " number "
                                    + number + ".");
                    g.writeStringField("kind", random.nextBoolean() ? "quote" : "paraphrase");
                    g.writeStringField("source", "wire");
                    g.writeStringField("date", starts[i]);
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private void writeEvent(JsonGenerator g, int i, String[] firstTopic, String[] starts) throws IOException {
        LocalDate day = FIRST_DAY.plusDays(dayOffset());
        int kind = random.nextInt(100);
        String start;
        String end = null;
        if (kind < 55) {
            start = day.toString();
        } else if (kind < 75) {
            LocalDateTime time = day.atTime(6 + random.nextInt(16), random.nextInt(60));
            start = time.toString();
        } else if (kind < 85) {
            start = day.toString();
            end = day.plusDays(1 + random.nextInt(20)).toString();
        } else if (kind < 95) {
            start = day.toString().substring(0, 7);
        } else {
            start = day.toString().substring(0, 4);
        }
        // A statement's date must be a full date within reach of its event: use the event's first day.
        starts[i] = start.length() >= 10
                ? start.substring(0, 10)
                : (start.length() == 7 ? start + "-01" : start + "-01-01");
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        firstTopic[i] = topic;
        g.writeStartObject();
        g.writeStringField("id", "e" + (first + i));
        g.writeStringField(
                "title",
                VERBS[random.nextInt(VERBS.length)] + " " + topic + " in " + PLACES[random.nextInt(PLACES.length)]
                        + " (" + (first + i) + ")");
        g.writeStringField("start", start);
        if (end != null) {
            g.writeStringField("end", end);
        }
        g.writeArrayFieldStart("topics");
        g.writeString(topic);
        if (random.nextInt(4) == 0) {
            String second = TOPICS[random.nextInt(TOPICS.length)];
            if (!second.equals(topic)) {
                g.writeString(second);
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("actors");
        g.writeString(ACTORS[random.nextInt(2)]);
        if (random.nextBoolean()) {
            g.writeString(ACTORS[2]);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sources");
        g.writeString("wire");
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Days after the first day: more news in later years, and bursts around a few busy weeks. */
    private int dayOffset() {
        if (random.nextInt(5) == 0) {
            int burst = (int) (DAYS * (0.3 + 0.7 * ((random.nextInt(12) + 0.5) / 12)));
            return Math.min(DAYS - 1, Math.max(0, burst + (int) (random.nextGaussian() * 10)));
        }
        return (int) (DAYS * Math.sqrt(random.nextDouble()));
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
