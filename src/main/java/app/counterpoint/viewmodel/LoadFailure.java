package app.counterpoint.viewmodel;

import app.counterpoint.io.problem.ValidationProblem;
import java.util.List;

/** A story file that could not be opened, with every problem found in it; the story shown before stays. */
public record LoadFailure(String fileName, List<ValidationProblem> problems) {

    public LoadFailure {
        problems = List.copyOf(problems);
    }

    /** "story.json has 3 problems" — the headline of the error dialog. */
    public String headline() {
        return fileName + (problems.size() == 1 ? " has 1 problem" : " has " + problems.size() + " problems")
                + " and was not opened.";
    }
}
