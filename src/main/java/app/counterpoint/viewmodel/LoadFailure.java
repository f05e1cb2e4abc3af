package app.counterpoint.viewmodel;

import app.counterpoint.io.problem.ValidationProblem;
import java.util.List;
import java.util.Locale;

/**
 * A story file that could not be opened, with every problem found in it.
 *
 * @param outcome what the window shows instead, in a sentence: "Nothing was changed: the story you had open, …, stays
 *                open." or, at a launch, which story was opened in its place
 */
public record LoadFailure(String fileName, List<ValidationProblem> problems, String outcome) {

    public LoadFailure {
        problems = List.copyOf(problems);
    }

    /** "story.json has 3 problems and was not opened." — the headline of the error dialog. */
    public String headline() {
        return fileName + (problems.size() == 1 ? " has 1 problem" : " has " + problems.size() + " problems")
                + " and was not opened.";
    }

    /** "Line 12, column 5": where a problem is, as the dialog lists it. */
    public static String placeOf(ValidationProblem problem) {
        return "Line " + problem.line() + ", column " + problem.column();
    }

    /**
     * A problem's message as a sentence on its own line: capitalised and ended with a full stop. Problems are
     * written to follow "FILE:LINE:COLUMN: " in a terminal, where they start in small letters.
     */
    public static String sentence(String message) {
        if (message.isEmpty()) {
            return message;
        }
        String capital = message.substring(0, 1).toUpperCase(Locale.ROOT) + message.substring(1);
        char last = capital.charAt(capital.length() - 1);
        return last == '.' || last == '?' || last == '!' ? capital : capital + ".";
    }

    /** What happened and what to do, below the list of problems. */
    public String advice() {
        return outcome + " Fix " + (problems.size() == 1 ? "this problem" : "these problems") + " in " + fileName
                + " and open it again.";
    }
}
