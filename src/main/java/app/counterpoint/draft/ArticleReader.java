package app.counterpoint.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads an article, plain text or an HTML page, into an {@link ArticleText}. For HTML (jsoup) the text comes from the
 * page's {@code <article>} (else its {@code <main>}, else its body) without scripts, styles, navigation, asides,
 * headers, footers and forms, one paragraph per block; the publication date from {@code article:published_time},
 * then JSON-LD {@code datePublished}, then the first {@code <time datetime>}. For plain text the headline is the
 * first line and the date a short line near the top that is only a date ("Published: 7 June 2024",
 * "March 11, 2022"). Nothing is fetched: links, images and scripts are never followed.
 */
public final class ArticleReader {

    private static final Pattern HTML_START = Pattern.compile(
            "\\A\\s*(?:\\uFEFF)?(?:<!doctype html|<html|<head|<body|<article|<meta|<!--)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{10,40})\"");
    private static final String LEFT_OUT =
            "script, style, noscript, template, nav, aside, footer, form, button, iframe, svg, figure figcaption";

    private ArticleReader() {}

    /** Whether the content is an HTML page rather than plain text (told from the content, never a file name). */
    public static boolean isHtml(String content) {
        return HTML_START.matcher(content).lookingAt();
    }

    /** Reads plain text or HTML, whichever the content is. */
    public static ArticleText read(String content) {
        return isHtml(content) ? readHtml(content) : readPlainText(content);
    }

    /** A plain-text article: paragraphs are lines (blank lines between them are optional). */
    public static ArticleText readPlainText(String content) {
        String text = normalise(content);
        List<String> paragraphs = paragraphs(text);
        String title = paragraphs.isEmpty() ? "" : paragraphs.get(0);
        LocalDate published = null;
        for (int i = 1; i < Math.min(paragraphs.size(), 6) && published == null; i++) {
            if (DatelineDate.isMetadata(paragraphs.get(i))) {
                published = DatelineDate.parse(paragraphs.get(i)).orElse(null);
            }
        }
        return new ArticleText(title, String.join("\n\n", paragraphs), published);
    }

    /** An HTML page: the article's text, its headline and its publication date. */
    public static ArticleText readHtml(String html) {
        Document page = Jsoup.parse(html);
        LocalDate published = publishedDate(page);
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.selectFirst("main");
        }
        if (root == null) {
            root = page.body();
        }
        root.select(LEFT_OUT).remove();
        String title = headline(page, root);
        List<String> paragraphs = new ArrayList<>();
        if (!title.isEmpty()) {
            paragraphs.add(title);
        }
        Elements blocks = root.select("h1, h2, h3, h4, p, li, blockquote, pre");
        for (Element block : blocks) {
            if (!block.children().select("p, li, blockquote").isEmpty() && !block.is("li")) {
                continue; // a container of other blocks: its children are read on their own
            }
            String line = normalise(block.text()).trim();
            if (!line.isEmpty() && !(paragraphs.size() == 1 && line.equals(title))) {
                paragraphs.add(line);
            }
        }
        if (paragraphs.size() <= 1) {
            paragraphs.addAll(paragraphs(normalise(root.wholeText())));
        }
        return new ArticleText(title, String.join("\n\n", paragraphs), published);
    }

    private static String headline(Document page, Element root) {
        Element h1 = root.selectFirst("h1");
        if (h1 == null) {
            h1 = page.selectFirst("h1");
        }
        if (h1 != null && !h1.text().isBlank()) {
            return normalise(h1.text()).trim();
        }
        Element og = page.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return normalise(og.attr("content")).trim();
        }
        return normalise(page.title()).trim();
    }

    private static LocalDate publishedDate(Document page) {
        for (Element meta : page.select("meta[property=article:published_time], meta[name=article:published_time],"
                + " meta[itemprop=datePublished], meta[name=date], meta[name=pubdate]")) {
            Optional<LocalDate> date = isoDay(meta.attr("content"));
            if (date.isPresent()) {
                return date.get();
            }
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            if (m.find()) {
                Optional<LocalDate> date = isoDay(m.group(1));
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        for (Element time : page.select("time[datetime]")) {
            Optional<LocalDate> date = isoDay(time.attr("datetime"));
            if (date.isPresent()) {
                return date.get();
            }
        }
        return null;
    }

    /** The calendar day an ISO 8601 date or date-time starts with, as written (its offset is not applied). */
    static Optional<LocalDate> isoDay(String text) {
        Matcher m = ISO_DAY.matcher(text == null ? "" : text.trim());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Line breaks as {@code \n}, no-break and other spaces as plain spaces, runs of spaces as one. */
    static String normalise(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                    out.setLength(out.length() - 1);
                }
                out.append('\n');
                space = false;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    private static List<String> paragraphs(String text) {
        List<String> result = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.trim();
            if (!trimmed.isEmpty()) {
                result.add(trimmed);
            }
        }
        return result;
    }

    /** Lower-case English, for matching words whatever the locale of the machine. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
