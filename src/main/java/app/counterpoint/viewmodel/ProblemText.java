package app.counterpoint.viewmodel;

import app.counterpoint.io.problem.ValidationProblem;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A problem as the problems dialog shows it to a teacher: its place in the file and in the story ("Line 7, column
 * 46 · event 1 › start") above its message as a sentence. The messages themselves are written for a terminal,
 * after "FILE:LINE:COLUMN: " and the field's path ("events[0].start: …"), which is how {@code check} prints them.
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
        String where = "Line " + problem.line() + ", column " + problem.column();
        Matcher path = PATH.matcher(withoutFormat(problem.message()));
        return path.matches() ? where + " \u00B7 " + readablePath(path.group(1)) : where;
    }

    /** The message without its path, as a sentence: capitalised and ended with a full stop. */
    public static String sentence(ValidationProblem problem) {
        Matcher readAs = READ_AS.matcher(problem.message());
        String prefix = readAs.matches() ? capitalised(readAs.group(1)) + ": " : "";
        String message = withoutFormat(problem.message());
        Matcher path = PATH.matcher(message);
        String text = path.matches() ? path.group(2) : message;
        String sentence = prefix.isEmpty() ? capitalised(text) : prefix + text;
        char last = sentence.isEmpty() ? '.' : sentence.charAt(sentence.length() - 1);
        return last == '.' || last == '?' || last == '!' ? sentence : sentence + ".";
    }

    private static String withoutFormat(String message) {
        Matcher readAs = READ_AS.matcher(message);
        return readAs.matches() ? readAs.group(2) : message;
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

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
