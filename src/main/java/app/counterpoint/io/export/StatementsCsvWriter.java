package app.counterpoint.io.export;

import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a story's statements as the statement CSV that File › Open and {@code convert} read: one statement a row,
 * events, sides, topics and sources by their names, so a class can edit in a spreadsheet and come back. Each row
 * carries its event's date; what a spreadsheet row cannot hold (ids, colours, summaries, excerpts) stays in the
 * story file.
 */
public final class StatementsCsvWriter {

    static final List<String> HEADER =
            List.of("event", "event_date", "actor", "topic", "kind", "text", "source", "date");

    private StatementsCsvWriter() {}

    public static byte[] toBytes(Story story) {
        Map<String, Event> events = new HashMap<>();
        story.events().forEach(e -> events.put(e.id(), e));
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (Statement s : story.statements()) {
            Event e = events.get(s.eventId());
            row(
                    csv,
                    List.of(
                            e.title(),
                            e.start().toIsoString(),
                            story.actor(s.actorId()).map(a -> a.name()).orElse(s.actorId()),
                            s.topicIds().stream()
                                    .map(t -> story.topic(t).map(x -> x.label()).orElse(t))
                                    .collect(Collectors.joining("; ")),
                            s.kind().jsonName(),
                            s.text(),
                            s.sourceId() == null
                                    ? ""
                                    : sourceName(story.source(s.sourceId()).orElse(null)),
                            s.date() == null ? "" : s.date().toIsoString()));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The header row and two example rows, for a teacher who prefers to write a story in a spreadsheet. */
    public static byte[] template() {
        return String.join(
                        "\r\n",
                        String.join(",", HEADER),
                        "Phone call,2017-05-02,White House,Syria; Terrorism,quote,\"We discussed ending the"
                                + " suffering.\",https://www.whitehouse.gov/example,2017-05-02",
                        "Phone call,,Kremlin,Syria,paraphrase,Both sides favour a ceasefire.,Kremlin press release,"
                                + "2017-05-03",
                        "")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A link is the source's name when it has one (it reads back as a link), else its title. */
    private static String sourceName(Source source) {
        if (source == null) {
            return "";
        }
        return source.url() != null ? source.url() : source.title();
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** RFC 4180: a cell with a comma, quote, semicolon or line break goes in double quotes, its quotes doubled. */
    private static String quoted(String cell) {
        boolean plain = cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r' || c == ';')
                && !cell.startsWith(" ")
                && !cell.endsWith(" ");
        return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }
}
