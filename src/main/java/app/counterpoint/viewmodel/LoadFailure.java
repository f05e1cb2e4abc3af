package app.counterpoint.viewmodel;

import app.counterpoint.io.LoadResult;
import app.counterpoint.io.problem.UnlistedProblems;
import app.counterpoint.io.problem.ValidationProblem;
import java.util.List;
import java.util.Locale;

/**
 * A story file that could not be opened, with the problems found in it: the first ones listed, the rest in a
 * sentence.
 *
 * @param unlisted the problems past the listed ones
 * @param outcome  what the window shows instead, in a sentence: "Nothing was changed: the story you had open, …, stays
 *                 open." or, at a launch, which story was opened in its place
 */
public record LoadFailure(
        String fileName, List<ValidationProblem> problems, UnlistedProblems unlisted, String outcome) {

    public LoadFailure {
        problems = List.copyOf(problems);
    }

    public LoadFailure(String fileName, List<ValidationProblem> problems, String outcome) {
        this(fileName, problems, UnlistedProblems.NONE, outcome);
    }

    /** The failure of a load, with its listed and unlisted problems. */
    public LoadFailure(String fileName, LoadResult result, String outcome) {
        this(fileName, result.problems(), result.unlisted(), outcome);
    }

    /** "story.json has 3 problems and was not opened." — the headline of the error dialog. */
    public String headline() {
        int count = problems.size() + unlisted.count();
        return fileName + (count == 1 ? " has 1 problem" : String.format(Locale.ROOT, " has %,d problems", count))
                + " and was not opened.";
    }

    /** "and 499,800 more problems of the same kinds" below the list, or {@code null} when every problem is listed. */
    public String unlistedSentence() {
        return unlisted.isEmpty() ? null : unlisted.sentence();
    }

    /** What happened and what to do, below the list of problems. */
    public String advice() {
        return outcome + " Fix " + (problems.size() + unlisted.count() == 1 ? "this problem" : "these problems")
                + " in " + fileName + " and open it again.";
    }
}
