package app.counterpoint.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one statement shares with what the other sides said: its content words (case, punctuation, plurals and
 * simple verb endings aside; stop words never count alone) that occur in any of the other texts, and whole phrases
 * of adjacent words that occur there in the same order, so "international terrorism" lights up as one stretch.
 */
public final class SharedWords {

    private SharedWords() {}

    /**
     * The stretches of {@code text} to highlight, in order and not overlapping; empty when nothing is shared.
     *
     * @param others the texts to compare against (the other sides' statements on the same topic)
     */
    public static List<TextRange> find(String text, List<String> others) {
        List<WordToken> tokens = WordTokenizer.tokenize(text);
        if (tokens.isEmpty() || others.isEmpty()) {
            return List.of();
        }
        List<List<String>> otherKeys = new ArrayList<>();
        Set<String> otherContent = new HashSet<>();
        for (String other : others) {
            List<String> keys = new ArrayList<>();
            for (WordToken t : WordTokenizer.tokenize(other)) {
                keys.add(t.key());
                if (!t.stopWord()) {
                    otherContent.add(t.key());
                }
            }
            otherKeys.add(keys);
        }

        List<TextRange> ranges = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            WordToken first = tokens.get(i);
            if (first.stopWord() || !otherContent.contains(first.key())) {
                i++;
                continue;
            }
            int last = longestSharedPhraseEnd(tokens, i, otherKeys);
            ranges.add(new TextRange(first.start(), tokens.get(last).end()));
            i = last + 1;
        }
        return List.copyOf(ranges);
    }

    /** The index of the last token of the longest phrase from {@code from} that another text also contains. */
    private static int longestSharedPhraseEnd(List<WordToken> tokens, int from, List<List<String>> otherKeys) {
        int best = from;
        for (int end = from + 1; end < tokens.size(); end++) {
            List<String> phrase = new ArrayList<>();
            for (int k = from; k <= end; k++) {
                phrase.add(tokens.get(k).key());
            }
            if (!occursIn(phrase, otherKeys)) {
                break;
            }
            // a phrase ends on a content word: "terrorism and" is not a phrase, "terrorism and extremism" is
            if (!tokens.get(end).stopWord()) {
                best = end;
            }
        }
        return best;
    }

    private static boolean occursIn(List<String> phrase, List<List<String>> texts) {
        for (List<String> keys : texts) {
            if (java.util.Collections.indexOfSubList(keys, phrase) >= 0) {
                return true;
            }
        }
        return false;
    }
}
