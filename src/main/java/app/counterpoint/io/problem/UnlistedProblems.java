package app.counterpoint.io.problem;

import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.LocalText;

/**
 * The problems of a file past the first {@link Problems#LISTED}, told in one sentence instead of listed: a file with
 * half a million mistakes needs its first ones fixed, not a list nobody reads (and that would take a minute to show).
 *
 * @param count         how many problems are not listed; 0 when all are
 * @param otherKind     the first unlisted problem of a kind that none of the listed ones has, or {@code null} when
 *                      every unlisted problem is of a kind already listed (or none is remembered)
 * @param otherKinds    how many kinds of problem are among the unlisted ones and not among the listed ones
 */
public record UnlistedProblems(int count, ValidationProblem otherKind, int otherKinds) {

    public static final UnlistedProblems NONE = new UnlistedProblems(0, null, 0);

    public boolean isEmpty() {
        return count == 0;
    }

    /**
     * "and 499,800 more problems of the same kinds", or, when some are of other kinds, "and 12 more problems, also of
     * 2 other kinds, the first at line 40, column 7: …".
     */
    public String sentence() {
        return sentence(Language.ENGLISH);
    }

    /** {@link #sentence()} in a language. */
    public String sentence(Language language) {
        return text().in(language);
    }

    /** The sentence, to be put into words in a language. */
    public LocalText text() {
        if (otherKinds == 0) {
            return LocalText.of("problem.unlisted.sameKinds", count);
        }
        if (otherKind == null) {
            return LocalText.of("problem.unlisted.otherKinds", count, otherKinds);
        }
        return LocalText.of(
                "problem.unlisted.otherKindsFirst",
                count,
                otherKinds,
                otherKind.line(),
                otherKind.column(),
                otherKind.text());
    }
}
