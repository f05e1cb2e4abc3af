package app.counterpoint.viewmodel;

import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.LocalText;
import app.counterpoint.io.LoadResult;
import app.counterpoint.io.problem.UnlistedProblems;
import app.counterpoint.io.problem.ValidationProblem;
import java.util.List;

/**
 * A story file that could not be opened, with the problems found in it: the first ones listed, the rest in a
 * sentence. Its words are told in a language when the dialog shows them, so they follow View › Language.
 *
 * @param unlisted the problems past the listed ones
 * @param outcomeText what the window shows instead, in a sentence: "Nothing was changed: the story you had open, …,
 *                    stays open." or, at a launch, which story was opened in its place
 */
public record LoadFailure(
        String fileName, List<ValidationProblem> problems, UnlistedProblems unlisted, LocalText outcomeText) {

    public LoadFailure {
        problems = List.copyOf(problems);
    }

    public LoadFailure(String fileName, List<ValidationProblem> problems, UnlistedProblems unlisted, String outcome) {
        this(fileName, problems, unlisted, LocalText.verbatim(outcome));
    }

    public LoadFailure(String fileName, List<ValidationProblem> problems, String outcome) {
        this(fileName, problems, UnlistedProblems.NONE, outcome);
    }

    /** The failure of a load, with its listed and unlisted problems. */
    public LoadFailure(String fileName, LoadResult result, String outcome) {
        this(fileName, result.problems(), result.unlisted(), outcome);
    }

    /** The failure of a load, the outcome to be told in the window's language. */
    public LoadFailure(String fileName, LoadResult result, LocalText outcome) {
        this(fileName, result.problems(), result.unlisted(), outcome);
    }

    /** What the window shows instead, in English. */
    public String outcome() {
        return outcomeText.english();
    }

    private int count() {
        return problems.size() + unlisted.count();
    }

    /** "story.json has 3 problems and was not opened." — the headline of the error dialog. */
    public String headline() {
        return headline(Language.ENGLISH);
    }

    public String headline(Language language) {
        return LocalText.of("problem.dialog.headline", fileName, count()).in(language);
    }

    /** "Could not open story.json" — the title of the error dialog. */
    public String title(Language language) {
        return LocalText.of("problem.dialog.title", fileName).in(language);
    }

    /** The words of the dialog's one button. */
    public String closeButton(Language language) {
        return LocalText.of("problem.dialog.close").in(language);
    }

    /** "and 499,800 more problems of the same kinds" below the list, or {@code null} when every problem is listed. */
    public String unlistedSentence() {
        return unlistedSentence(Language.ENGLISH);
    }

    public String unlistedSentence(Language language) {
        return unlisted.isEmpty() ? null : unlisted.sentence(language);
    }

    /** What happened and what to do, below the list of problems. */
    public String advice() {
        return advice(Language.ENGLISH);
    }

    public String advice(Language language) {
        return LocalText.of("problem.dialog.advice", outcomeText, count(), fileName)
                .in(language);
    }
}
