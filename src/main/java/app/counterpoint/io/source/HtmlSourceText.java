package app.counterpoint.io.source;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML page, for a source's {@code textFile}: the article (its {@code <article>} or
 * {@code <main>} when the page has one, else the body) with scripts, styles, navigation, headers, footers, asides and
 * forms left out, a paragraph per block and a line per {@code <br>}. Nothing is fetched or run.
 */
public final class HtmlSourceText {

    private static final Set<String> LEFT_OUT = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "nav",
            "header",
            "footer",
            "aside",
            "form",
            "iframe",
            "svg",
            "button",
            "select");

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "blockquote",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "table",
            "tr",
            "pre",
            "figure",
            "figcaption",
            "hr",
            "address");

    private HtmlSourceText() {}

    public static String toText(String html) {
        Document document = Jsoup.parse(html);
        document.select(String.join(",", LEFT_OUT)).remove();
        Element article = document.selectFirst("article");
        if (article == null) {
            article = document.selectFirst("main");
        }
        Element root = article != null ? article : document.body();
        StringBuilder out = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    appendWords(out, text.getWholeText());
                } else if (node instanceof Element element
                        && element.normalName().equals("br")) {
                    breakLine(out, "\n");
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    breakLine(out, "\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    breakLine(out, "\n\n");
                }
            }
        });
        return out.toString().strip();
    }

    /** Appends text with each run of spaces made one space, as a browser shows it. */
    private static void appendWords(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    /** Ends the current line (or paragraph) unless the text already ends so. */
    private static void breakLine(StringBuilder out, String lineBreak) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        if (out.length() == 0) {
            return;
        }
        int trailing = 0;
        while (trailing < out.length() && out.charAt(out.length() - 1 - trailing) == '\n') {
            trailing++;
        }
        for (int i = trailing; i < lineBreak.length(); i++) {
            out.append('\n');
        }
    }
}
