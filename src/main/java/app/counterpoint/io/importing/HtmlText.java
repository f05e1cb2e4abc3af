package app.counterpoint.io.importing;

import java.util.Locale;
import java.util.Map;

/**
 * Turns the HTML that TimelineJS allows in its texts into plain text: tags are dropped (scripts and styles with
 * their content), line-breaking tags become line breaks and character references are decoded. Nothing is ever
 * interpreted, loaded or executed; the result is only ever shown as text. One linear pass, so hostile input cannot
 * make it slow.
 */
final class HtmlText {

    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"),
            Map.entry("lt", "<"),
            Map.entry("gt", ">"),
            Map.entry("quot", "\""),
            Map.entry("apos", "'"),
            Map.entry("nbsp", "\u00A0"),
            Map.entry("ndash", "\u2013"),
            Map.entry("mdash", "\u2014"),
            Map.entry("hellip", "\u2026"),
            Map.entry("lsquo", "\u2018"),
            Map.entry("rsquo", "\u2019"),
            Map.entry("ldquo", "\u201C"),
            Map.entry("rdquo", "\u201D"),
            Map.entry("laquo", "\u00AB"),
            Map.entry("raquo", "\u00BB"),
            Map.entry("copy", "\u00A9"),
            Map.entry("reg", "\u00AE"),
            Map.entry("trade", "\u2122"),
            Map.entry("euro", "\u20AC"),
            Map.entry("pound", "\u00A3"),
            Map.entry("deg", "\u00B0"),
            Map.entry("middot", "\u00B7"),
            Map.entry("bull", "\u2022"),
            Map.entry("eacute", "\u00E9"),
            Map.entry("egrave", "\u00E8"),
            Map.entry("aacute", "\u00E1"),
            Map.entry("ouml", "\u00F6"),
            Map.entry("uuml", "\u00FC"),
            Map.entry("auml", "\u00E4"),
            Map.entry("szlig", "\u00DF"),
            Map.entry("ccedil", "\u00E7"));

    /** Tags after which a reader expects a new line. */
    private static final java.util.Set<String> BREAKING =
            java.util.Set.of("div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr");

    private HtmlText() {}

    /** The plain text of an HTML fragment; {@code null} stays {@code null}. */
    static String toPlainText(String html) {
        if (html == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(html.length());
        String lower = null;
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<' && i + 1 < n && isTagStart(html.charAt(i + 1))) {
                int close = html.indexOf('>', i + 1);
                if (close < 0) {
                    break; // an unfinished tag at the end: drop it
                }
                String name = tagName(html, i + 1, close);
                if (name.equals("script") || name.equals("style")) {
                    if (lower == null) {
                        lower = html.toLowerCase(Locale.ROOT);
                    }
                    int end = lower.indexOf("</" + name, close);
                    int endClose = end < 0 ? -1 : html.indexOf('>', end);
                    i = endClose < 0 ? n : endClose + 1;
                    continue;
                }
                if (name.equals("br")) {
                    out.append('\n');
                } else if (name.equals("p")) {
                    endWithBreaks(out, 2);
                } else if (BREAKING.contains(name)) {
                    endWithBreaks(out, 1);
                }
                i = close + 1;
            } else if (c == '&') {
                i = appendEntity(html, i, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return tidy(out);
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

    private static boolean isTagStart(char c) {
        return c == '/' || c == '!' || c == '?' || (c < 128 && Character.isLetter(c));
    }

    private static String tagName(String html, int from, int close) {
        int start = html.charAt(from) == '/' ? from + 1 : from;
        int end = start;
        while (end < close && Character.isLetterOrDigit(html.charAt(end))) {
            end++;
        }
        return html.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** Decodes the reference at {@code at} (an ampersand) and returns where the text goes on. */
    private static int appendEntity(String html, int at, StringBuilder out) {
        int semi = html.indexOf(';', at + 1);
        if (semi < 0 || semi - at > 12) {
            out.append('&');
            return at + 1;
        }
        String body = html.substring(at + 1, semi);
        String decoded = null;
        if (body.startsWith("#x") || body.startsWith("#X")) {
            decoded = codePoint(body.substring(2), 16);
        } else if (body.startsWith("#")) {
            decoded = codePoint(body.substring(1), 10);
        } else {
            decoded = ENTITIES.get(body);
        }
        if (decoded == null) {
            out.append('&');
            return at + 1;
        }
        out.append(decoded);
        return semi + 1;
    }

    private static String codePoint(String digits, int radix) {
        try {
            int cp = Integer.parseInt(digits, radix);
            if (cp <= 0 || !Character.isValidCodePoint(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return "\uFFFD";
            }
            return new String(Character.toChars(cp));
        } catch (NumberFormatException e) {
            return null; // not a number: left as written
        }
    }

    /** Collapses runs of spaces, trims each line and keeps at most one empty line between paragraphs. */
    private static String tidy(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean blankBefore = false;
        for (String line : text.toString().replace('\u00A0', ' ').split("\\R", -1)) {
            String collapsed = line.trim().replaceAll("[ \\t]+", " ");
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
