package app.counterpoint.io.problem;

import java.util.Locale;

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
        String more = String.format(Locale.ROOT, "and %,d more %s", count, count == 1 ? "problem" : "problems");
        if (otherKinds == 0) {
            return more + (count == 1 ? " of the same kind" : " of the same kinds");
        }
        String kinds = otherKinds == 1 ? "another kind" : String.format(Locale.ROOT, "%,d other kinds", otherKinds);
        if (otherKind == null) {
            return more + ", also of " + kinds;
        }
        return more
                + String.format(
                        Locale.ROOT,
                        ", also of %s, the first at line %,d, column %,d: %s",
                        kinds,
                        otherKind.line(),
                        otherKind.column(),
                        otherKind.message());
    }
}
