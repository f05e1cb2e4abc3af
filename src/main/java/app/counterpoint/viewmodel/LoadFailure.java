package app.counterpoint.viewmodel;

import app.counterpoint.io.problem.ValidationProblem;
import java.util.List;

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

    /** What happened and what to do, below the list of problems. */
    public String advice() {
        return outcome + " Fix " + (problems.size() == 1 ? "this problem" : "these problems") + " in " + fileName
                + " and open it again.";
    }
}
