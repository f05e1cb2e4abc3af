package app.counterpoint.cli;

import static app.counterpoint.fixture.EventBuilder.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.fixture.StoryBuilder;
import app.counterpoint.fuzz.MarkupChecks;
import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.io.export.StoryWriter;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Topic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every text field of a story is a script payload; no export may turn it into live markup. TimelineJS3 puts its
 * texts (and the group) into the page as HTML, the HTML export is a page itself, and Markdown renders inline HTML.
 */
class ExportsNeverEmitMarkupTest {

    static final String PAYLOAD = "<img src=x onerror=alert(1)>&lt;b&gt;\"'<script>alert(2)</script>";

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    static Story payloadStory() {
        String p = PAYLOAD;
        Source source = new Source(
                "s" + p,
                "title" + p,
                "publisher" + p,
                "author" + p,
                StoryDate.parse("2017-05"),
                "https://ok.example/a?b=1&c=2");
        Actor one = new Actor("a" + p, "one" + p, "#112233");
        Actor two = new Actor("b" + p, "two" + p, "#445566");
        Topic topic = new Topic("t" + p, "topic" + p, "#778899");
        Event event = event("e" + p)
                .titled("event" + p)
                .on("2017-05-02")
                .until("2017-05-03")
                .summary("summary" + p + "\nsecond line")
                .topics(topic.id())
                .actors(one.id(), two.id())
                .sources(source.id())
                .build();
        Statement quote = new Statement(
                "q" + p,
                event.id(),
                one.id(),
                List.of(topic.id()),
                "quote" + p,
                StatementKind.QUOTE,
                source.id(),
                StoryDate.parse("2017-05-02"));
        Statement paraphrase = new Statement(
                "p" + p, event.id(), two.id(), List.of(topic.id()), "said" + p, StatementKind.PARAPHRASE, null, null);
        return StoryBuilder.story("story" + p)
                .description("description" + p)
                .sources(source)
                .actors(one, two)
                .topics(topic)
                .events(event)
                .statements(List.of(quote, paraphrase))
                .build();
    }

    private String convert(Path in, Path dir, String format) throws IOException {
        Path target = dir.resolve("out." + format);
        assertEquals(
                0,
                ConvertCommand.run(List.of(in.toString(), target.toString(), "--to", format), out),
                output::toString);
        return Files.readString(target);
    }

    private static Path save(Story story, Path dir) throws IOException {
        Path file = dir.resolve("payload.json");
        new StoryWriter().write(story, file);
        return file;
    }

    @Test
    void timelineJsTextsHoldNoMarkupButTheirLineBreaks(@TempDir Path dir) throws IOException {
        MarkupChecks.assertNoLiveMarkupInTimelineJs(convert(save(payloadStory(), dir), dir, "timelinejs"));
    }

    @Test
    void importThenExportOfEscapedMarkupGivesNoLiveMarkup(@TempDir Path dir) throws IOException {
        // TimelineJS decodes entities when it shows a text; so does the import, so the export must encode again
        String escaped = "&lt;img src=x onerror=alert(1)&gt;";
        Path timeline = Files.writeString(
                dir.resolve("in.json"),
                "{\"title\": {\"text\": {\"headline\": \"" + escaped
                        + "\"}}, \"events\": [{\"start_date\": {\"year\": 2017}, \"unique_id\": \"" + escaped + "\", "
                        + "\"group\": \"" + escaped + "\", \"text\": {\"headline\": \"" + escaped + "\", \"text\": \""
                        + escaped
                        + "\"}, \"media\": {\"url\": \"https://ok.example/x\", \"caption\": \"" + escaped + "\", "
                        + "\"credit\": \"" + escaped + "\"}}]}");
        LoadResult imported = new StoryOpener().open(timeline);
        assertTrue(imported.isValid(), imported.problems()::toString);
        assertEquals(
                "<img src=x onerror=alert(1)>", imported.story().topics().get(0).label());

        MarkupChecks.assertNoLiveMarkupInTimelineJs(convert(timeline, dir, "timelinejs"));
        MarkupChecks.assertNoLiveMarkupInMarkdown(convert(timeline, dir, "markdown"));
        MarkupChecks.assertNoLiveMarkupInHtml(convert(timeline, dir, "html"));
    }

    @Test
    void theHtmlPageShowsEveryPayloadAsText(@TempDir Path dir) throws IOException {
        String html = convert(save(payloadStory(), dir), dir, "html");
        MarkupChecks.assertNoLiveMarkupInHtml(html);
        String text = Jsoup.parse(html).text();
        for (String field : List.of("story", "event", "topic", "one", "two", "quote", "said", "title")) {
            assertTrue(text.contains(field + PAYLOAD), field + " is shown as text");
        }
    }

    @Test
    void markdownEscapesEveryPayload(@TempDir Path dir) throws IOException {
        MarkupChecks.assertNoLiveMarkupInMarkdown(convert(save(payloadStory(), dir), dir, "markdown"));
    }
}
