package app.counterpoint.viewmodel.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.SampleStories;
import app.counterpoint.viewmodel.common.MarkerShape;
import app.counterpoint.viewmodel.filter.FilterViewModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonExporterTest {

    private final ComparisonFixture fixture = new ComparisonFixture();
    private final FilterViewModel filter = fixture.filter();
    private final ComparisonViewModel comparison = fixture.comparison();

    private void open(Story s, String eventId) {
        fixture.open(s, eventId);
    }

    @Test
    void theWholeCallCopiesAsPlainText() {
        open(SampleStories.phoneCall(), "call");
        filter.setTopicSelected("syria", false);
        String src = "The article \u2014 Evening Standard, A. Writer, May 2017";
        assertEquals("""
                Phone call \u00B7 2 May 2017
                Compared: White House / Kremlin

                TERRORISM
                  White House:
                    - \u201Ceradicate terrorism\u201D [quote; %1$s]
                  Kremlin:
                    - fight international terrorism [paraphrase; %1$s]

                NORTH KOREA
                  White House:
                    (not mentioned)
                  Kremlin:
                    - Putin called for restraint [paraphrase; %1$s]
                """.formatted(src), copied(ComparisonFormat.TEXT));
    }

    /** What Copy text / Copy Markdown put on the clipboard. */
    private String copied(ComparisonFormat format) {
        comparison.copy(format);
        return fixture.copied();
    }

    @Test
    void oneRowCopiesAsAMarkdownTable() {
        open(SampleStories.phoneCall(), "call");
        String src = "_The article \u2014 Evening Standard, A. Writer, May 2017_";
        assertEquals(
                "| Topic | White House | Kremlin |\n|---|---|---|\n"
                        + "| **North Korea** | _not mentioned_ | Putin called for restraint (paraphrase) \u2014 " + src
                        + " |\n",
                comparison.rowAsText(comparison.rows().get(2), ComparisonFormat.MARKDOWN));
    }

    @Test
    void aRowsCopyCopiesThatRowAlone() {
        open(SampleStories.phoneCall(), "call");
        ComparisonRow northKorea = comparison.rows().get(2);
        comparison.copyRow(northKorea, ComparisonFormat.TEXT);
        assertTrue(fixture.copied().startsWith("NORTH KOREA\n"), fixture.copied());
        assertFalse(fixture.copied().contains("SYRIA"), fixture.copied());
    }

    @Test
    void markdownKeepsSeveralStatementsInOneCellAndLinksWebSources() {
        open(SampleStories.phoneCall(), "call");
        String md = copied(ComparisonFormat.MARKDOWN);
        List<String> lines = md.lines().toList();
        assertEquals("## Phone call \u00B7 2 May 2017", lines.get(0));
        assertEquals(7, lines.size(), md);
        assertEquals(
                true,
                lines.get(4).contains("\u201Cend the violence\u201D \u2014 _The article")
                        && lines.get(4).contains("<br><br>\u201Cde-escalation zones\u201D"),
                lines.get(4));

        Source web = new Source("w", "Readout", "Kremlin", null, null, "https://en.kremlin.ru/events/54441");
        ComparisonEntry linked = new ComparisonEntry(
                new Statement("x", "call", "kr", List.of("syria"), "a | pipe", StatementKind.QUOTE, "w", null), web);
        ComparisonRow row = new ComparisonRow(
                SampleStories.SYRIA,
                MarkerShape.CIRCLE,
                List.of(new ComparisonCell(SampleStories.KREMLIN, List.of(linked))));
        assertEquals(
                "| Topic | Kremlin |\n|---|---|\n| **Syria** | \u201Ca \\| pipe\u201D \u2014 "
                        + "_[Readout \u2014 Kremlin](https://en.kremlin.ru/events/54441)_ |\n",
                ComparisonExporter.markdown(row, Messages.of(Language.ENGLISH)));
    }

    @Test
    void htmlIsAStandalonePageWithEscapedTextAndOnlyWebLinks() {
        open(SampleStories.phoneCall(), "call");
        String html = comparison.asText(ComparisonFormat.HTML);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<h1>Phone call \u00B7 2 May 2017</h1>"));
        assertTrue(html.contains("<tr><th>Topic</th><th>White House</th><th>Kremlin</th></tr>"));
        assertEquals(3, html.split("<tr><th>", -1).length - 2, "a row per topic after the header");
        assertTrue(html.contains("<span class=\"not-mentioned\">not mentioned</span>"), "North Korea, White House");
        assertTrue(html.contains("<p class=\"quote\">\u201Cend the violence\u201D<br>"));
        assertTrue(html.contains("strengthen the ceasefire (paraphrase)"));

        Source web = new Source("w", "Readout <b>", "Kremlin & Co", null, null, "https://example.org/a?b=1&c=2");
        Source local = new Source("f", "Local", null, null, null, "file:///etc/passwd");
        ComparisonRow row = new ComparisonRow(
                SampleStories.SYRIA,
                MarkerShape.CIRCLE,
                List.of(
                        new ComparisonCell(
                                SampleStories.KREMLIN,
                                List.of(new ComparisonEntry(
                                        new Statement(
                                                "x",
                                                "call",
                                                "kr",
                                                List.of("syria"),
                                                "<script>alert(1)</script>",
                                                StatementKind.QUOTE,
                                                "w",
                                                null),
                                        web))),
                        new ComparisonCell(
                                SampleStories.WHITE_HOUSE,
                                List.of(new ComparisonEntry(
                                        new Statement(
                                                "y",
                                                "call",
                                                "wh",
                                                List.of("syria"),
                                                "plain",
                                                StatementKind.PARAPHRASE,
                                                "f",
                                                null),
                                        local)))));
        String page = ComparisonExporter.html(
                "",
                List.of(SampleStories.KREMLIN, SampleStories.WHITE_HOUSE),
                List.of(row),
                Messages.of(Language.ENGLISH));
        assertFalse(page.contains("<script>"));
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(page.contains(
                "<a href=\"https://example.org/a?b=1&amp;c=2\">Readout &lt;b&gt;" + " \u2014 Kremlin &amp; Co</a>"));
        assertFalse(page.contains("file:///"), "only http(s) sources become links");
        assertFalse(page.contains("<h1>"), "no title, no heading");
    }
}
