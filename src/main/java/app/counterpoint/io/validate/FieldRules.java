package app.counterpoint.io.validate;

import app.counterpoint.io.problem.VisibleText;
import app.counterpoint.model.Excerpt;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.StoryDate;
import app.counterpoint.text.PassageFinder;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The rules every field of a story must keep, each saying in plain words what is wrong with a value, or {@code null}
 * when nothing is. The one rule set: the reader ({@code check}) applies them to a file's values and prefixes the
 * field's path and position; the editor applies them to what a teacher types and shows the message beside the
 * field. A rule added or changed here changes both.
 */
public final class FieldRules {

    private FieldRules() {}

    /** An id, a title, a name, a label, a statement's text: required texts must hold more than spaces. */
    public static String requiredText(String value) {
        return value == null || value.isBlank() ? "must not be empty" : null;
    }

    /** The date a text names, at its precision; {@link DateCheck#problem()} says why there is none. */
    public static DateCheck date(String text) {
        try {
            return new DateCheck(StoryDate.parse(text), null);
        } catch (IllegalArgumentException e) {
            return new DateCheck(null, e.getMessage());
        }
    }

    /** A date, or why the text names none. */
    public record DateCheck(StoryDate date, String problem) {}

    /** An event's end may not lie before its start; {@code null} when it does not (or either is missing). */
    public static String endNotBeforeStart(StoryDate start, StoryDate end) {
        if (start == null || end == null || end.endEpochSecondExclusive() > start.startEpochSecond()) {
            return null;
        }
        return "the end date " + end + " is before the start date " + start + "; swap them or fix the end date";
    }

    /** An optional colour: CSS hex, rgb(a), hsl(a) or a colour name. */
    public static String color(String text) {
        if (CssColor.isValid(text)) {
            return null;
        }
        return "'" + text + "' is not a CSS colour; use a form such as "
                + "#1f77b4, #f80, rgb(31, 119, 180), hsl(210, 70%, 40%) or a colour name such as steelblue";
    }

    /** An optional link: an absolute http(s) address with a host. */
    public static String webAddress(String text) {
        int port = port(text);
        if (port == 0 || port > 65535) {
            return "'" + text + "' names the port " + port + ", which cannot be: ports "
                    + "go from 1 to 65535 (most addresses need none)";
        }
        if (isWebAddress(text)) {
            return null;
        }
        return "'" + text + "' is not a web address; it must start "
                + "with http:// or https://, such as https://www.example.org/article";
    }

    /** The port an address names, or -1. */
    private static int port(String text) {
        try {
            return new URI(text).getPort();
        } catch (URISyntaxException e) {
            return -1; // reported as no web address at all
        }
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return scheme != null
                    && uri.getPort() != 0
                    && uri.getPort() <= 65535
                    && uri.getHost() != null
                    && !uri.getHost().isEmpty()
                    && (scheme.toLowerCase(Locale.ROOT).equals("http")
                            || scheme.toLowerCase(Locale.ROOT).equals("https"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A statement's kind, as its file word; {@code describedValue} is how the message names what was given. */
    public static String kind(String word, String describedValue) {
        if (StatementKind.fromJsonName(word) != null) {
            return null;
        }
        return "expected \"" + StatementKind.QUOTE.jsonName() + "\" or \"" + StatementKind.PARAPHRASE.jsonName()
                + "\" but found " + describedValue;
    }

    /** A statement speaks on at least one topic. */
    public static String statementTopics(int count) {
        return count == 0 ? "a statement needs at least one topic" : null;
    }

    /** A story has at least one side. */
    public static String storyActors(int count) {
        return count == 0 ? "a story needs at least one actor (one side that speaks)" : null;
    }

    /** An excerpt's prefix or suffix carries only a few words of context. */
    public static String excerptContext(String name, String text) {
        if (text == null || text.codePointCount(0, text.length()) <= Excerpt.MAX_CONTEXT) {
            return null;
        }
        return "at most " + Excerpt.MAX_CONTEXT + " characters are needed here, but this" + " has "
                + text.codePointCount(0, text.length()) + "; keep only the words just "
                + (name.equals("prefix") ? "before" : "after") + " the excerpt";
    }

    /**
     * An excerpt's words must be in its source's text (spacing, line breaks and quotation marks aside).
     *
     * @param finder the source's text, ready to search
     */
    public static String excerptInSource(Excerpt excerpt, String sourceId, PassageFinder finder) {
        if (finder.find(excerpt.exact(), excerpt.prefix(), excerpt.suffix()).isPresent()) {
            return null;
        }
        return "the words \"" + shown(excerpt.exact()) + "\" are not in the text of source '" + sourceId
                + "'; copy them from the source exactly (spacing, line breaks and quotation marks may differ)";
    }

    private static final int SHOWN_WORDS = 60;

    private static String shown(String words) {
        String oneLine = words.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= SHOWN_WORDS ? oneLine : oneLine.substring(0, SHOWN_WORDS) + "…";
    }

    /**
     * An id already taken by another item of its kind.
     *
     * @param where where the first user is, such as "on line 12", or empty
     */
    public static String duplicateId(String kind, String id, String where) {
        return "the " + kind + " id '" + VisibleText.of(id) + "' is already used by the " + kind
                + (where.isEmpty() ? "" : " " + where) + "; every " + kind + " needs its own id";
    }

    /** A reference to an id no item of its kind has. */
    public static String unknownReference(String kind, String id, String knownList) {
        return "unknown " + kind + " '" + VisibleText.of(id) + "' " + knownList;
    }
}
