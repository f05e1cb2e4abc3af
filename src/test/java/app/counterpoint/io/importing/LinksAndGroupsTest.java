package app.counterpoint.io.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.io.problem.ValidationProblem;
import app.counterpoint.model.Source;
import app.counterpoint.model.Story;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Careless links and markup-only groups in imported files: nothing cut, nothing silently dropped. */
class LinksAndGroupsTest {

    private final StoryOpener opener = new StoryOpener();

    private LoadResult open(String text) {
        return opener.open("f", text.getBytes(StandardCharsets.UTF_8));
    }

    private Source onlySource(String mediaUrl) {
        LoadResult result = open("{\"events\": [{\"start_date\": {\"year\": 2017}, \"text\": {\"headline\": \"H\"}, "
                + "\"media\": {\"url\": \"" + mediaUrl + "\"}}]}");
        assertTrue(result.isValid(), result.problems()::toString);
        Story story = result.story();
        assertEquals(1, story.sources().size());
        return story.sources().get(0);
    }

    @Test
    void aLinkWithCharactersALinkMayNotHoldIsKeptWholeAndEncoded() {
        Source source = onlySource("https://ok.example/b?x=<script>");
        assertEquals("https://ok.example/b?x=%3Cscript%3E", source.url());
        assertEquals("https://ok.example/b?x=%3Cscript%3E", source.title());
        assertEquals(
                "https://ok.example/a%20b",
                onlySource(" https://ok.example/a b ").url());
    }

    @Test
    void anImpossiblePortIsNoLink() {
        Source source = onlySource("http://[::1]:99999/");
        assertNull(source.url());
        assertEquals("http://[::1]:99999/", source.title(), "kept as the source's title, never as a link");
        assertEquals("http://[::1]:8080/", onlySource("http://[::1]:8080/").url());
        LoadResult sheet = opener.open(
                "s.csv", "Year,Headline,Media\n2017,H,http://example.org:0/\n".getBytes(StandardCharsets.UTF_8));
        assertNull(sheet.story().sources().get(0).url());
    }

    @Test
    void aStoryFileNamesAnImpossiblePort() {
        LoadResult result = open(
                "{\"format\": \"counterpoint/1\", \"title\": \"T\", \"actors\": [{\"id\": \"a\", "
                        + "\"name\": \"A\"}], \"sources\": [{\"id\": \"s\", \"title\": \"S\", \"url\": \"http://[::1]:99999/\"}]}");
        assertEquals(
                List.of(
                        "f:1:127: sources[0].url: 'http://[::1]:99999/' names the port 99999, which cannot be: ports go "
                                + "from 1 to 65535 (most addresses need none)"),
                result.problems().stream().map(ValidationProblem::format).toList());
    }

    @Test
    void aGroupThatIsOnlyMarkupIsAProblemNotASilentlyLostGroup() {
        LoadResult timeline = open("{\"events\": [{\"start_date\": {\"year\": 2017}, \"group\": \"<img src=x>\"}]}");
        assertEquals(
                List.of("f:1:53: read as TimelineJS: events[0].group: '<img src=x>' has no text once its HTML is taken "
                        + "out, so it cannot name a topic; write the group's name as plain text"),
                timeline.problems().stream().map(ValidationProblem::format).toList());
        LoadResult sheet =
                opener.open("s.csv", "Year,Headline,Group\n2017,H,<b></b>\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(
                List.of("s.csv:2:8: read as TimelineJS CSV: Group: '<b></b>' has no text once its HTML is taken out, "
                        + "so it cannot name a topic; write the group's name as plain text"),
                sheet.problems().stream().map(ValidationProblem::format).toList());
        LoadResult plain = open("{\"events\": [{\"start_date\": {\"year\": 2017}, \"group\": \"<b>Syria</b>\"}]}");
        assertEquals("Syria", plain.story().topics().get(0).label());
    }
}
