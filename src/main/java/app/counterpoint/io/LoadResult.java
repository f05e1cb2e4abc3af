package app.counterpoint.io;

import app.counterpoint.model.Story;

import java.util.List;

/**
 * The outcome of reading a story file: either a story or the problems that kept it from loading, never both, so a
 * half-valid story can never reach the timeline.
 *
 * @param story    the story, or {@code null} when there is any problem
 * @param problems every problem found, sorted by line and column; empty when the story loaded
 */
public record LoadResult(Story story, List<ValidationProblem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
        if ((story == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a load result has either a story or problems");
        }
    }

    public static LoadResult valid(Story story) {
        return new LoadResult(story, List.of());
    }

    public static LoadResult invalid(List<ValidationProblem> problems) {
        return new LoadResult(null, problems);
    }

    public static LoadResult invalid(ValidationProblem problem) {
        return new LoadResult(null, List.of(problem));
    }

    public boolean isValid() {
        return story != null;
    }
}
