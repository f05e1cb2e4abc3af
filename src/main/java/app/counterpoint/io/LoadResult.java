package app.counterpoint.io;

import app.counterpoint.io.problem.ValidationProblem;
import app.counterpoint.model.Story;
import java.util.List;

/**
 * The outcome of reading a story file: either a story or the problems that kept it from loading, never both, so a
 * half-valid story can never reach the timeline.
 *
 * @param story    the story, or {@code null} when there is any problem
 * @param problems every problem found, sorted by line and column; empty when the story loaded
 * @param format   the format the content was read as, or {@code null} when it was not recognised at all
 * @param warnings what is doubtful but kept nothing from loading (a quote not word for word in its source), sorted
 */
public record LoadResult(
        Story story, List<ValidationProblem> problems, StoryFormat format, List<ValidationProblem> warnings) {

    public LoadResult {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        if ((story == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a load result has either a story or problems");
        }
    }

    public LoadResult(Story story, List<ValidationProblem> problems, StoryFormat format) {
        this(story, problems, format, List.of());
    }

    /** A result of reading a Counterpoint story file. */
    public LoadResult(Story story, List<ValidationProblem> problems) {
        this(story, problems, StoryFormat.COUNTERPOINT);
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

    /** The same outcome, read as the given format ({@code null}: not recognised). */
    public LoadResult withFormat(StoryFormat readAs) {
        return new LoadResult(story, problems, readAs, warnings);
    }

    /** The same outcome, with these warnings. */
    public LoadResult withWarnings(List<ValidationProblem> found) {
        return new LoadResult(story, problems, format, found);
    }

    public boolean isValid() {
        return story != null;
    }
}
