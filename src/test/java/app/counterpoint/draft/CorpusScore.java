package app.counterpoint.draft;

import app.counterpoint.model.StatementKind;
import app.counterpoint.text.StopWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores a draft against hand-made expectations. A found statement matches an expected one when it has the same
 * kind, its side is the expected side (the side's name or one of its aliases holds the expected name), and their
 * content words overlap: at least 70% of the expected words are found and at least 40% of the found words are
 * expected (so a found statement that runs on over the whole article matches nothing). Each statement matches at
 * most one other, best overlap first.
 */
final class CorpusScore {

    /** One expected statement of a corpus article. */
    record Expected(String side, StatementKind kind, String text) {}

    /** Counts, summed over articles. */
    record Tally(int expected, int found, int matched) {
        Tally plus(Tally o) {
            return new Tally(expected + o.expected, found + o.found, matched + o.matched);
        }

        double recall() {
            return expected == 0 ? 1 : (double) matched / expected;
        }

        double precision() {
            return found == 0 ? 1 : (double) matched / found;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "recall %d/%d = %.0f%%, precision %d/%d = %.0f%%",
                    matched,
                    expected,
                    100 * recall(),
                    matched,
                    found,
                    100 * precision());
        }
    }

    /** Matches and misses of one article, for the report. */
    record Result(Tally tally, List<Expected> missed, List<StatementProposal> extra) {}

    private CorpusScore() {}

    static Result statements(Draft draft, List<Expected> expected) {
        record Pair(int e, int f, double score) {}
        List<StatementProposal> found = draft.statements();
        List<Pair> pairs = new ArrayList<>();
        for (int e = 0; e < expected.size(); e++) {
            Set<String> ew = words(expected.get(e).text());
            for (int f = 0; f < found.size(); f++) {
                StatementProposal s = found.get(f);
                if (s.kind() != expected.get(e).kind()
                        || !sideMatches(draft, s.sideId(), expected.get(e).side())) {
                    continue;
                }
                Set<String> fw = words(s.text());
                Set<String> both = new HashSet<>(ew);
                both.retainAll(fw);
                if (both.size() >= 0.7 * ew.size() && both.size() >= 0.4 * fw.size() && !both.isEmpty()) {
                    Set<String> either = new HashSet<>(ew);
                    either.addAll(fw);
                    pairs.add(new Pair(e, f, (double) both.size() / either.size()));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
        boolean[] usedE = new boolean[expected.size()];
        boolean[] usedF = new boolean[found.size()];
        int matched = 0;
        for (Pair p : pairs) {
            if (!usedE[p.e()] && !usedF[p.f()]) {
                usedE[p.e()] = true;
                usedF[p.f()] = true;
                matched++;
            }
        }
        List<Expected> missed = new ArrayList<>();
        for (int e = 0; e < expected.size(); e++) {
            if (!usedE[e]) {
                missed.add(expected.get(e));
            }
        }
        List<StatementProposal> extra = new ArrayList<>();
        for (int f = 0; f < found.size(); f++) {
            if (!usedF[f]) {
                extra.add(found.get(f));
            }
        }
        return new Result(new Tally(expected.size(), found.size(), matched), missed, extra);
    }

    static Tally dates(Draft draft, List<String> expected) {
        Set<String> found = new HashSet<>();
        draft.events().forEach(e -> found.add(e.isoDate()));
        int matched = 0;
        for (String date : new HashSet<>(expected)) {
            if (found.contains(date)) {
                matched++;
            }
        }
        return new Tally(new HashSet<>(expected).size(), found.size(), matched);
    }

    static boolean sideMatches(Draft draft, String sideId, String expectedSide) {
        String want = normal(expectedSide);
        for (SideProposal side : draft.sides()) {
            if (side.id().equals(sideId)) {
                for (String alias : side.aliases()) {
                    String have = normal(alias);
                    if (have.equals(want) || (" " + have + " ").contains(" " + want + " ")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replaceAll("'s\\b", "")
                .replaceAll("[^\\p{L}\\p{N}' ]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}']+")) {
            String t = w.replaceAll("^'+|'+$", "").replaceAll("'s$", "");
            if (!t.isEmpty() && !StopWords.contains(t)) {
                words.add(t);
            }
        }
        return words;
    }
}
