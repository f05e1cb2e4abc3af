package app.counterpoint.viewmodel;

import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.LocalText;
import app.counterpoint.i18n.Messages;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.io.problem.ValidationProblem;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A problem as the problems dialog shows it to a teacher: its place in the file and in the story ("Line 7, column
 * 46 · event 1 › start") above its message as a sentence, in the window's language. The messages themselves are
 * written for a terminal, after "FILE:LINE:COLUMN: " and the field's path ("events[0].start: …"), which is how
 * {@code check} prints them; a problem kept as a key ({@link LocalText}) gives its path and its words apart, one
 * kept as words (a test's, another program's) is read for them.
 */
public final class ProblemText {

    /** "read as TimelineJS: " before an imported file's messages. */
    private static final Pattern READ_AS = Pattern.compile("^(read as [^:]+): (.*)$", Pattern.DOTALL);

    /** A field's path at the start of a message: "events[0].start: ", "statements[2].topics[1]: ". */
    private static final Pattern PATH =
            Pattern.compile("^([A-Za-z_]+(?:\\[\\d+])?(?:\\.[A-Za-z_]+(?:\\[\\d+])?)*): (.*)$", Pattern.DOTALL);

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_]+)(?:\\[(\\d+)])?");

    private ProblemText() {}

    /** "Line 7, column 46", and where in the story when the message names a field: " · event 1 › start". */
    public static String place(ValidationProblem problem) {
        return place(problem, Language.ENGLISH);
    }

    /** {@link #place(ValidationProblem)} in a language: "Zeile 7, Spalte 46 · event 1 › start". */
    public static String place(ValidationProblem problem, Language language) {
        String where =
                LocalText.of("problem.place", problem.line(), problem.column()).in(language);
        String path = parts(problem, language).path();
        return path == null ? where : where + Messages.of(language).text("text.separator") + readablePath(path);
    }

    /** The message without its path, as a sentence: capitalised and ended with a full stop. */
    public static String sentence(ValidationProblem problem) {
        return sentence(problem, Language.ENGLISH);
    }

    /** {@link #sentence(ValidationProblem)} in a language. */
    public static String sentence(ValidationProblem problem, Language language) {
        Parts parts = parts(problem, language);
        String sentence =
                parts.readAs() == null ? capitalised(parts.text(), language) : parts.readAs() + ": " + parts.text();
        char last = sentence.isEmpty() ? '.' : sentence.charAt(sentence.length() - 1);
        return last == '.' || last == '?' || last == '!' || last == '\u061F' ? sentence : sentence + ".";
    }

    /** A message's "read as …" prefix (capitalised), its field path and its words, each {@code null} when absent. */
    private record Parts(String readAs, String path, String text) {}

    private static Parts parts(ValidationProblem problem, Language language) {
        LocalText text = problem.text();
        if (text.isVerbatim()) {
            return parts(problem.message());
        }
        String readAs = null;
        if (StoryOpener.READ_AS.equals(text.key())) {
            readAs = capitalised(((LocalText) text.arguments().get(0)).in(language), language);
            text = (LocalText) text.arguments().get(1);
            if (text.isVerbatim()) {
                Parts inner = parts(text.in(language));
                return new Parts(readAs, inner.path(), inner.text());
            }
        }
        if (LocalText.AT.equals(text.key())) {
            return new Parts(
                    readAs,
                    String.valueOf(text.arguments().get(0)),
                    ((LocalText) text.arguments().get(1)).in(language));
        }
        return new Parts(readAs, null, text.in(language));
    }

    /** The parts of a message kept as words. */
    private static Parts parts(String message) {
        Matcher readAs = READ_AS.matcher(message);
        String prefix = readAs.matches() ? capitalised(readAs.group(1), Language.ENGLISH) : null;
        String rest = readAs.matches() ? readAs.group(2) : message;
        Matcher path = PATH.matcher(rest);
        return path.matches() ? new Parts(prefix, path.group(1), path.group(2)) : new Parts(prefix, null, rest);
    }

    /** "events[0].topics[1]" as "event 1 › topic 2": counted from 1, the way people count. */
    static String readablePath(String path) {
        StringBuilder sb = new StringBuilder();
        for (String part : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                return path;
            }
            sb.append(sb.length() == 0 ? "" : " \u203A ");
            String name = m.group(1).replace('_', ' ');
            if (m.group(2) == null) {
                sb.append(name);
            } else {
                String one = name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
                sb.append(one).append(' ').append(Integer.parseInt(m.group(2)) + 1);
            }
        }
        return sb.toString();
    }

    private static String capitalised(String text, Language language) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(language.locale()) + text.substring(1);
    }
}
