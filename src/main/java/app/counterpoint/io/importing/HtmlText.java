package app.counterpoint.io.importing;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the HTML that TimelineJS allows in its texts into plain text with jsoup, the HTML parser browsers' rules are
 * written for: tags are dropped, scripts, styles and comments with their content, line-breaking tags become line
 * breaks and character references are decoded. Line breaks in the text itself are kept, as a spreadsheet cell has
 * them. Nothing is ever interpreted, loaded or executed; the result is only ever shown as text.
 */
final class HtmlText {

    /** Tags after which a reader expects a new line. */
    private static final Set<String> BREAKING =
            Set.of("div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table", "hr");

    /** Control characters; tabs are turned into spaces first and line breaks are split on. */
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private HtmlText() {}

    /** The plain text of an HTML fragment; {@code null} stays {@code null}. */
    static String toPlainText(String html) {
        if (html == null) {
            return null;
        }
        // jsoup reads U+FFFF (a noncharacter) as the end of its input, which would lose all text after it
        String text = html.replace('\uFFFF', '\uFFFD');
        if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
            return tidy(text); // most texts hold no markup at all: no parse
        }
        StringBuilder out = new StringBuilder(text.length());
        // Script and style contents are data nodes and comments are comment nodes: only text nodes are kept.
        NodeTraversor.traverse(
                new PlainTextVisitor(out), Jsoup.parseBodyFragment(text).body());
        return tidy(out);
    }

    /** Collects the text nodes, with a break where a block starts or ends. */
    private record PlainTextVisitor(StringBuilder out) implements NodeVisitor {

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                out.append(text.getWholeText());
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (name.equals("br")) {
                    out.append('\n');
                } else if (name.equals("p")) {
                    endWithBreaks(out, 2);
                } else if (BREAKING.contains(name)) {
                    endWithBreaks(out, 1);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String name = element.normalName();
                if (name.equals("p")) {
                    endWithBreaks(out, 2);
                } else if (BREAKING.contains(name)) {
                    endWithBreaks(out, 1);
                }
            }
        }
    }

    /** Ends the text with at least this many line breaks (none at the very start), so nested blocks add no gaps. */
    private static void endWithBreaks(StringBuilder out, int breaks) {
        if (out.length() == 0) {
            return;
        }
        int trailing = 0;
        while (trailing < out.length() && out.charAt(out.length() - 1 - trailing) == '\n') {
            trailing++;
        }
        for (int i = trailing; i < breaks; i++) {
            out.append('\n');
        }
    }

    /**
     * Collapses runs of spaces, trims each line, keeps at most one empty line between paragraphs and drops control
     * characters (a NUL is no text, and an HTML parser drops it too, so a text survives being exported and imported).
     */
    private static String tidy(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean blankBefore = false;
        for (String line : text.toString().replace('\u00A0', ' ').split("\\R", -1)) {
            String collapsed = CONTROL.matcher(line.replace('\t', ' '))
                    .replaceAll("")
                    .trim()
                    .replaceAll(" +", " ");
            if (collapsed.isEmpty()) {
                blankBefore = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(blankBefore ? "\n\n" : "\n");
            }
            blankBefore = false;
            out.append(collapsed);
        }
        return out.toString();
    }
}
