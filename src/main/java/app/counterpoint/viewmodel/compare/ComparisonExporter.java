package app.counterpoint.viewmodel.compare;

import app.counterpoint.i18n.Messages;
import app.counterpoint.io.export.HtmlEscape;
import app.counterpoint.model.Actor;
import java.util.List;

/**
 * The comparison as text for a handout: plain text that reads well in an e-mail, or a Markdown table that keeps
 * the sides side by side. Quotes keep their quotation marks, paraphrases say so, and every statement names its
 * source. Its own words (the topic column, "not mentioned", "paraphrase") are in the language of the
 * {@link Messages} given, the one the entries' labels are written in.
 */
public final class ComparisonExporter {

    private ComparisonExporter() {}

    /** The whole comparison as plain text: a heading, then per topic what each side said. */
    public static String plainText(String title, List<Actor> columns, List<ComparisonRow> rows, Messages messages) {
        StringBuilder sb = new StringBuilder();
        if (!title.isEmpty()) {
            sb.append(title).append('\n');
            sb.append(messages.text(
                            "export.comparison.compared",
                            String.join(" / ", columns.stream().map(Actor::name).toList())))
                    .append("\n\n");
        }
        for (ComparisonRow row : rows) {
            appendPlainRow(sb, row, messages);
            sb.append('\n');
        }
        return sb.toString().stripTrailing() + "\n";
    }

    /** One topic as plain text. */
    public static String plainText(ComparisonRow row, Messages messages) {
        StringBuilder sb = new StringBuilder();
        appendPlainRow(sb, row, messages);
        return sb.toString();
    }

    private static void appendPlainRow(StringBuilder sb, ComparisonRow row, Messages messages) {
        sb.append(row.topic().label().toUpperCase(java.util.Locale.ROOT)).append('\n');
        for (ComparisonCell cell : row.cells()) {
            sb.append("  ").append(cell.actor().name()).append(":\n");
            if (cell.isNotMentioned()) {
                sb.append("    (").append(notMentioned(messages)).append(")\n");
            }
            for (ComparisonEntry e : cell.entries()) {
                sb.append("    - ")
                        .append(e.displayText())
                        .append(" [")
                        .append(e.kindLabel().toLowerCase(java.util.Locale.ROOT))
                        .append("; ")
                        .append(e.sourceText())
                        .append("]\n");
            }
        }
    }

    /** The whole comparison as a Markdown heading and table: a row per topic, a column per side. */
    public static String markdown(String title, List<Actor> columns, List<ComparisonRow> rows, Messages messages) {
        StringBuilder sb = new StringBuilder();
        if (!title.isEmpty()) {
            sb.append("## ").append(escape(title)).append("\n\n");
        }
        appendTable(sb, columns, rows, messages);
        return sb.toString();
    }

    /** One topic as a one-row Markdown table under the sides' names. */
    public static String markdown(ComparisonRow row, Messages messages) {
        StringBuilder sb = new StringBuilder();
        appendTable(sb, row.cells().stream().map(ComparisonCell::actor).toList(), List.of(row), messages);
        return sb.toString();
    }

    private static void appendTable(
            StringBuilder sb, List<Actor> columns, List<ComparisonRow> rows, Messages messages) {
        sb.append("| ").append(escape(messages.text("export.comparison.topic"))).append(" |");
        columns.forEach(a -> sb.append(' ').append(escape(a.name())).append(" |"));
        sb.append("\n|---|");
        columns.forEach(a -> sb.append("---|"));
        sb.append('\n');
        for (ComparisonRow row : rows) {
            sb.append("| **").append(escape(row.topic().label())).append("** |");
            for (ComparisonCell cell : row.cells()) {
                sb.append(' ').append(markdownCell(cell, messages)).append(" |");
            }
            sb.append('\n');
        }
    }

    private static String markdownCell(ComparisonCell cell, Messages messages) {
        if (cell.isNotMentioned()) {
            return "_" + escape(notMentioned(messages)) + "_";
        }
        return String.join(
                "<br><br>",
                cell.entries().stream().map(e -> markdownEntry(e, messages)).toList());
    }

    private static String markdownEntry(ComparisonEntry e, Messages messages) {
        String text = e.isQuote()
                ? escape(e.displayText())
                : escape(e.displayText()) + " " + escape(paraphraseMark(messages));
        String source = e.link()
                .map(url -> "[" + escape(e.sourceText()) + "](" + linkTarget(url) + ")")
                .orElse(escape(e.sourceText()));
        return text + " \u2014 _" + source + "_";
    }

    /** One event's comparison, for a page or document that holds several. */
    public record Section(String title, List<Actor> columns, List<ComparisonRow> rows) {

        public Section {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /**
     * The whole comparison as a standalone HTML page for handouts and the web: a table with a row per topic and a
     * column per side, quotes in italics, every statement with its source, linked where the source has a web address.
     */
    public static String html(String title, List<Actor> columns, List<ComparisonRow> rows, Messages messages) {
        StringBuilder sb = htmlHead(title.isEmpty() ? messages.text("export.comparison.pageTitle") : title, messages);
        if (!title.isEmpty()) {
            sb.append("<h1>").append(html(title)).append("</h1>\n");
        }
        appendHtmlTable(sb, columns, rows, messages);
        return sb.append("</body>\n</html>\n").toString();
    }

    /** Several comparisons on one page (every event of a story): the page's heading, then one per comparison. */
    public static String html(String pageTitle, List<Section> sections, Messages messages) {
        StringBuilder sb =
                htmlHead(pageTitle.isEmpty() ? messages.text("export.comparison.pageTitle") : pageTitle, messages);
        if (!pageTitle.isEmpty()) {
            sb.append("<h1>").append(html(pageTitle)).append("</h1>\n");
        }
        for (Section section : sections) {
            sb.append("<h2>").append(html(section.title())).append("</h2>\n");
            appendHtmlTable(sb, section.columns(), section.rows(), messages);
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    /** Several comparisons as one Markdown document: the document's heading, then one section per comparison. */
    public static String markdown(String documentTitle, List<Section> sections, Messages messages) {
        StringBuilder sb = new StringBuilder();
        if (!documentTitle.isEmpty()) {
            sb.append("# ").append(escape(documentTitle)).append("\n\n");
        }
        for (Section section : sections) {
            sb.append(markdown(section.title(), section.columns(), section.rows(), messages))
                    .append('\n');
        }
        return sb.toString();
    }

    private static StringBuilder htmlHead(String title, Messages messages) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"")
                .append(messages.language().locale().toLanguageTag())
                .append("\" dir=\"")
                .append(messages.language().isRightToLeft() ? "rtl" : "ltr")
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(html(title))
                .append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;color:#1d2228}")
                .append("table{border-collapse:collapse;width:100%}")
                .append("th,td{border:1px solid #ccd;padding:.5em;vertical-align:top;text-align:left}")
                .append(".quote{font-style:italic}.source{color:#555;font-size:.85em}")
                .append(".not-mentioned{color:#6b737c;font-style:italic}\n</style>\n</head>\n<body>\n");
        return sb;
    }

    private static void appendHtmlTable(
            StringBuilder sb, List<Actor> columns, List<ComparisonRow> rows, Messages messages) {
        sb.append("<table>\n<tr><th>")
                .append(html(messages.text("export.comparison.topic")))
                .append("</th>");
        columns.forEach(a -> sb.append("<th>").append(html(a.name())).append("</th>"));
        sb.append("</tr>\n");
        for (ComparisonRow row : rows) {
            sb.append("<tr><th>").append(html(row.topic().label())).append("</th>");
            for (ComparisonCell cell : row.cells()) {
                sb.append("<td>");
                if (cell.isNotMentioned()) {
                    sb.append("<span class=\"not-mentioned\">")
                            .append(html(notMentioned(messages)))
                            .append("</span>");
                }
                for (ComparisonEntry e : cell.entries()) {
                    sb.append("<p class=\"")
                            .append(e.isQuote() ? "quote" : "paraphrase")
                            .append("\">")
                            .append(html(e.displayText()))
                            .append(e.isQuote() ? "" : " " + html(paraphraseMark(messages)))
                            .append("<br><span class=\"source\">");
                    String source = html(e.sourceText());
                    sb.append(e.link()
                                    .map(url -> "<a href=\"" + html(url) + "\">" + source + "</a>")
                                    .orElse(source))
                            .append("</span></p>");
                }
                sb.append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");
    }

    /** What a side that said nothing on a topic reads, in its cell. */
    private static String notMentioned(Messages messages) {
        return messages.text("export.comparison.notMentioned");
    }

    /** What follows a paraphrase, so that no reader takes it for the side's own words. */
    private static String paraphraseMark(Messages messages) {
        return messages.text("export.comparison.paraphrase");
    }

    /** Escapes text for HTML element content and attribute values. */
    static String html(String text) {
        return HtmlEscape.text(text);
    }

    /** A link's address inside Markdown's ( ): nothing in it can end the link or start markup. */
    static String linkTarget(String url) {
        StringBuilder sb = new StringBuilder(url.length());
        for (char c : url.toCharArray()) {
            switch (c) {
                case '(', ')', '<', '>', '"', '\'', ' ', '|', '\\', '`' ->
                    sb.append(String.format(java.util.Locale.ROOT, "%%%02X", (int) c));
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Escapes what would break a table cell, start formatting or start inline HTML or an entity ({@code &lt;} would
     * render as {@code <}); line breaks become spaces.
     */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '|', '*', '_', '`', '[', ']', '\\', '<', '>', '#', '&' ->
                    sb.append('\\').append(c);
                case '\n', '\r' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
