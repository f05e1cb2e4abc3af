package app.counterpoint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryOpener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every date of every story and importable file the project carries, and the edge cases of the ordinary calendar,
 * pinned to the instants and texts they had before deep time was added ({@code dates/pinned-dates.tsv}, written by
 * the date model of that time). Extending the model must not move or reword any of them.
 */
class PinnedDatesTest {

    private static final Path PINNED = Path.of("src/test/resources/dates/pinned-dates.tsv");

    /** Dates that no file holds but that exercise every branch of the ordinary calendar. */
    private static final List<String> EDGE_CASES = List.of(
            "2017",
            "2017-05",
            "2017-05-02",
            "2017-05-02T14:30",
            "2017-05-02T14:30:15",
            "2017-05-02T14:30:15Z",
            "2017-05-02T14:30+03:00",
            "2017-05-02T23:59:59-09:30",
            "2016-02-29",
            "2000-02-29",
            "1900-02-28",
            "1969-12-31T23:59:59",
            "1970",
            "0000",
            "0001",
            "-0001",
            "-0043-03-15",
            "-0043",
            "-0400-02-29",
            "-3500",
            "9999-12-31",
            "+10000",
            "12345",
            "-10000",
            "-315000",
            "999999",
            "-999999",
            "-999999-01-01",
            "999999-12-31T23:59:59Z");

    /**
     * Every pinned line is still there, in its order; files added since (deep-time fixtures, other formats) add
     * lines of their own, which pin nothing.
     */
    @Test
    void everyExistingDateKeepsItsInstantAndText() throws IOException {
        List<String> expected = Files.readAllLines(PINNED, StandardCharsets.UTF_8);
        List<String> actual = currentLines();
        int at = 0;
        for (int i = 0; i < expected.size(); i++) {
            String line = expected.get(i);
            int found = actual.subList(at, actual.size()).indexOf(line);
            if (found < 0) {
                String where = line.substring(0, line.indexOf('\t', line.indexOf('\t') + 1) + 1);
                String now = actual.stream()
                        .filter(l -> l.startsWith(where))
                        .findFirst()
                        .orElse("(gone)");
                assertEquals(line, now, "pinned date line " + (i + 1));
            }
            at += found + 1;
        }
    }

    static List<String> currentLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String text : EDGE_CASES) {
            lines.add(line("edge", text, StoryDate.parse(text)));
        }
        for (Path file : storyFiles()) {
            LoadResult result = new StoryOpener().open(file);
            if (!result.isValid()) {
                continue;
            }
            String where = file.toString().replace('\\', '/');
            Story story = result.story();
            for (Event e : story.events()) {
                lines.add(line(where, e.id() + ".start", e.start()));
                if (e.end() != null) {
                    lines.add(line(where, e.id() + ".end", e.end()));
                }
                lines.add(where + "\t" + e.id() + ".dateText\t" + e.dateText());
            }
            for (Statement s : story.statements()) {
                if (s.date() != null) {
                    lines.add(line(where, s.id() + ".date", s.date()));
                }
            }
            for (Source s : story.sources()) {
                if (s.date() != null) {
                    lines.add(line(where, s.id() + ".date", s.date()));
                }
                if (s.published() != null) {
                    lines.add(line(where, s.id() + ".published", s.published()));
                }
            }
        }
        return lines;
    }

    private static List<Path> storyFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("resources/stories", "src/test/resources/stories", "src/test/resources/import")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(Files::isRegularFile)
                        .filter(p ->
                                p.toString().endsWith(".json") || p.toString().endsWith(".csv"))
                        .sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    private static String line(String where, String what, StoryDate date) {
        return String.join(
                "\t",
                where,
                what,
                date.precision().name(),
                Long.toString(date.startEpochSecond()),
                Long.toString(date.endEpochSecondExclusive()),
                date.toIsoString(),
                date.toDisplayString(),
                String.format(Locale.ROOT, "%d", date.year()));
    }

    /** Writes the pinned file from the model as it is: run once, before the model changes. */
    public static void main(String[] args) throws IOException {
        Files.write(PINNED, currentLines(), StandardCharsets.UTF_8);
    }
}
