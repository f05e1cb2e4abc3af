package app.counterpoint.io;

import app.counterpoint.io.problem.Problems;
import app.counterpoint.io.problem.UnlistedProblems;
import app.counterpoint.io.problem.ValidationProblem;
import app.counterpoint.model.Story;
import java.util.List;

/**
 * The outcome of reading a story file: either a story or the problems that kept it from loading, never both, so a
 * half-valid story can never reach the timeline.
 *
 * @param story    the story, or {@code null} when there is any problem
 * @param problems the problems found, sorted by line and column, the first {@link Problems#LISTED} of them; empty
 *                 when the story loaded
 * @param format   the format the content was read as, or {@code null} when it was not recognised at all
 * @param warnings what is doubtful but kept nothing from loading (a quote not word for word in its source), sorted
 * @param unlisted the problems past the listed ones, told in one sentence
 */
public record LoadResult(
        Story story,
        List<ValidationProblem> problems,
        StoryFormat format,
        List<ValidationProblem> warnings,
        UnlistedProblems unlisted) {

    public LoadResult {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        if ((story == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a load result has either a story or problems");
        }
    }

    public LoadResult(Story story, List<ValidationProblem> problems, StoryFormat format) {
        this(story, problems, format, List.of(), UnlistedProblems.NONE);
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

    /** The problems collected, the first listed and the rest told in one sentence. */
    public static LoadResult invalid(Problems problems) {
        return new LoadResult(null, problems.sorted(), StoryFormat.COUNTERPOINT, List.of(), problems.unlisted());
    }

    /** The same outcome, read as the given format ({@code null}: not recognised). */
    public LoadResult withFormat(StoryFormat readAs) {
        return new LoadResult(story, problems, readAs, warnings, unlisted);
    }

    /** The same outcome, with these warnings. */
    public LoadResult withWarnings(List<ValidationProblem> found) {
        return new LoadResult(story, problems, format, found, unlisted);
    }

    /** The same outcome with these problems in place of the listed ones (the unlisted stay as they were). */
    public LoadResult withProblems(List<ValidationProblem> listed) {
        return new LoadResult(story, listed, format, warnings, unlisted);
    }

    /** How many problems were found, listed or not. */
    public int problemCount() {
        return problems.size() + unlisted.count();
    }

    public boolean isValid() {
        return story != null;
    }
}
