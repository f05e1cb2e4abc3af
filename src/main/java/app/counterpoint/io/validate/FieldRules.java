package app.counterpoint.io.validate;

import app.counterpoint.i18n.LocalText;
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
 *
 * <p>Each rule says what is wrong as a {@link LocalText} (the {@code …Problem} methods), to be told in the reader's
 * language; the rules of the same name without that ending give its English words, as the editor shows them.
 */
public final class FieldRules {

    private FieldRules() {}

    private static String english(LocalText text) {
        return text == null ? null : text.english();
    }

    /** An id, a title, a name, a label, a statement's text: required texts must hold more than spaces. */
    public static String requiredText(String value) {
        return english(requiredTextProblem(value));
    }

    public static LocalText requiredTextProblem(String value) {
        return value == null || value.isBlank() ? LocalText.of("problem.empty") : null;
    }

    /** The date a text names, at its precision; {@link DateCheck#problem()} says why there is none. */
    public static DateCheck date(String text) {
        try {
            return new DateCheck(StoryDate.parse(text), null);
        } catch (IllegalArgumentException e) {
            return new DateCheck(null, DateProblems.of(e.getMessage()));
        }
    }

    /** A date, or why the text names none. */
    public record DateCheck(StoryDate date, LocalText problemText) {

        /** Why the text names no date, in English; {@code null} when it names one. */
        public String problem() {
            return english(problemText);
        }
    }

    /** An event's end may not lie before its start; {@code null} when it does not (or either is missing). */
    public static String endNotBeforeStart(StoryDate start, StoryDate end) {
        return english(endNotBeforeStartProblem(start, end));
    }

    public static LocalText endNotBeforeStartProblem(StoryDate start, StoryDate end) {
        if (start == null || end == null || end.endEpochSecondExclusive() > start.startEpochSecond()) {
            return null;
        }
        return LocalText.of("problem.endBeforeStart", end.toString(), start.toString());
    }

    /** An optional colour: CSS hex, rgb(a), hsl(a) or a colour name. */
    public static String color(String text) {
        return english(colorProblem(text));
    }

    public static LocalText colorProblem(String text) {
        return CssColor.isValid(text) ? null : LocalText.of("problem.color", text);
    }

    /** An optional link: an absolute http(s) address with a host. */
    public static String webAddress(String text) {
        return english(webAddressProblem(text));
    }

    public static LocalText webAddressProblem(String text) {
        int port = port(text);
        if (port == 0 || port > 65535) {
            return LocalText.of("problem.port", text, String.valueOf(port));
        }
        if (isWebAddress(text)) {
            return null;
        }
        return LocalText.of("problem.webAddress", text);
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
        return english(kindProblem(word, LocalText.verbatim(describedValue)));
    }

    public static LocalText kindProblem(String word, LocalText describedValue) {
        if (StatementKind.fromJsonName(word) != null) {
            return null;
        }
        return LocalText.of(
                "problem.kind", StatementKind.QUOTE.jsonName(), StatementKind.PARAPHRASE.jsonName(), describedValue);
    }

    /** A statement speaks on at least one topic. */
    public static String statementTopics(int count) {
        return english(statementTopicsProblem(count));
    }

    public static LocalText statementTopicsProblem(int count) {
        return count == 0 ? LocalText.of("problem.statementTopics") : null;
    }

    /** A story has at least one side. */
    public static String storyActors(int count) {
        return english(storyActorsProblem(count));
    }

    public static LocalText storyActorsProblem(int count) {
        return count == 0 ? LocalText.of("problem.storyActors") : null;
    }

    /** An excerpt's prefix or suffix carries only a few words of context. */
    public static String excerptContext(String name, String text) {
        return english(excerptContextProblem(name, text));
    }

    public static LocalText excerptContextProblem(String name, String text) {
        if (text == null || text.codePointCount(0, text.length()) <= Excerpt.MAX_CONTEXT) {
            return null;
        }
        return LocalText.of(
                "problem.excerptContext",
                Excerpt.MAX_CONTEXT,
                text.codePointCount(0, text.length()),
                LocalText.choice(name.equals("prefix") ? "before" : "after"));
    }

    /**
     * An excerpt's words must be in its source's text (spacing, line breaks and quotation marks aside).
     *
     * @param finder the source's text, ready to search
     */
    public static String excerptInSource(Excerpt excerpt, String sourceId, PassageFinder finder) {
        return english(excerptInSourceProblem(excerpt, sourceId, finder));
    }

    public static LocalText excerptInSourceProblem(Excerpt excerpt, String sourceId, PassageFinder finder) {
        if (finder.find(excerpt.exact(), excerpt.prefix(), excerpt.suffix()).isPresent()) {
            return null;
        }
        return LocalText.of("problem.excerptNotInSource", shown(excerpt.exact()), sourceId);
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
        return english(LocalText.of(
                where.isEmpty() ? "problem.duplicateId" : "problem.duplicateIdWhere",
                LocalText.choice(kind),
                VisibleText.of(id),
                LocalText.verbatim(where)));
    }

    /** An id already taken by another item of its kind, which has it on {@code line}. */
    public static LocalText duplicateIdProblem(String kind, String id, int line) {
        return LocalText.of("problem.duplicateIdOnLine", LocalText.choice(kind), VisibleText.of(id), line);
    }

    /** A reference to an id no item of its kind has. */
    public static String unknownReference(String kind, String id, String knownList) {
        return english(unknownReferenceProblem(kind, id, LocalText.verbatim(knownList)));
    }

    public static LocalText unknownReferenceProblem(String kind, String id, LocalText knownList) {
        return LocalText.of("problem.unknownReference", LocalText.choice(kind), VisibleText.of(id), knownList);
    }
}
