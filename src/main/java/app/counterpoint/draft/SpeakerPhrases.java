package app.counterpoint.draft;

import app.counterpoint.text.StopWords;
import java.util.List;

/**
 * Where a speaker's phrase starts and ends among a sentence's tokens: "the union's regional organiser", "President
 * Vladimir Putin", "officials at the ministry". Words inside quotation marks never belong to a speaker.
 */
final class SpeakerPhrases {

    private final List<Token> tokens;
    private final boolean[] quoted;

    /** {@code quoted[i]} says whether token i stands inside quotation marks; the array is read, never changed. */
    SpeakerPhrases(List<Token> tokens, boolean[] quoted) {
        this.tokens = tokens;
        this.quoted = quoted;
    }

    /** The first token of the speaker phrase ending at {@code j}, or -1. */
    int backwardPhrase(int j) {
        if (j < 0 || quoted[j] || !tokens.get(j).word()) {
            return -1;
        }
        if (Lexicon.PRONOUNS.contains(tokens.get(j).bare())) {
            return j;
        }
        int first = j + 1;
        while (first - 1 >= 0
                && !quoted[first - 1]
                && (phraseWord(tokens.get(first - 1)) || modifiesHead(first - 1, first))) {
            first--;
        }
        while (first <= j && isConnector(tokens.get(first))) {
            return -1; // "sides of the Atlantic": the phrase belongs to something else
        }
        while (first <= j
                && StopWords.contains(tokens.get(first).bare())
                && !Lexicon.DETERMINERS.contains(tokens.get(first).bare())) {
            first++;
        }
        return first <= j && validPhrase(first, j) ? first : -1;
    }

    /** The last token of the speaker phrase starting at {@code k}, or k-1 when there is none. */
    int forwardPhrase(int k) {
        if (k >= tokens.size() || quoted[k] || !tokens.get(k).word()) {
            return k - 1;
        }
        if (Lexicon.PRONOUNS.contains(tokens.get(k).bare())) {
            return k;
        }
        int last = k - 1;
        while (last + 1 < tokens.size()
                && !quoted[last + 1]
                && (phraseWord(tokens.get(last + 1)) || modifiesHead(last + 1, last + 2))
                && !(tokens.get(last + 1).isLower("as") || tokens.get(last + 1).isLower("in"))) {
            last++;
        }
        while (last >= k && isConnector(tokens.get(last))) {
            last--;
        }
        return last >= k && validPhrase(k, last) ? last : k - 1;
    }

    boolean phraseRun(int from, int to) {
        for (int m = from; m < to; m++) {
            if (quoted[m] || !phraseWord(tokens.get(m))) {
                return false;
            }
        }
        return true;
    }

    boolean allCapitalised(int from, int to) {
        for (int m = from; m < to; m++) {
            if (!tokens.get(m).capitalised()) {
                return false;
            }
        }
        return true;
    }

    private boolean validPhrase(int first, int last) {
        if (Lexicon.NOT_SPEAKERS.contains(tokens.get(first).bare())) {
            return false;
        }
        Token head = tokens.get(last);
        boolean headOk = head.capitalised() || Lexicon.SPEAKER_NOUNS.contains(head.bare()) || head.possessive();
        boolean named = false;
        for (int m = first; m <= last; m++) {
            Token t = tokens.get(m);
            boolean sentenceStartDeterminer = m == 0 && Lexicon.DETERMINERS.contains(t.bare());
            if ((t.capitalised() && !sentenceStartDeterminer) || Lexicon.SPEAKER_NOUNS.contains(t.bare())) {
                named = true;
            }
        }
        return headOk && named;
    }

    private static boolean phraseWord(Token t) {
        if (!t.word()) {
            return false;
        }
        String w = t.bare();
        return t.capitalised()
                || Lexicon.DETERMINERS.contains(w)
                || Lexicon.isSpeakerWord(w)
                || Lexicon.TITLES.contains(w)
                || t.possessive()
                || isConnector(t)
                || t.text().endsWith("'")
                || t.text().endsWith("’")
                || w.startsWith("al-");
    }

    /** "returning officer", "cabinet member": a plain word right before a speaker's head noun belongs to it. */
    private boolean modifiesHead(int word, int head) {
        if (head >= tokens.size() || quoted[head]) {
            return false;
        }
        Token t = tokens.get(word);
        Token h = tokens.get(head);
        String w = t.bare();
        return t.word()
                && !t.capitalised()
                && !StopWords.contains(w)
                && !w.endsWith("ed")
                && !Lexicon.REPORTING_VERBS.contains(w)
                && !Lexicon.QUOTING_VERBS.contains(w)
                && (Lexicon.SPEAKER_NOUNS.contains(h.bare()) || Lexicon.TITLES.contains(h.bare()));
    }

    private static boolean isConnector(Token t) {
        return t.isLower("of") || t.isLower("for") || t.isLower("from") || t.isLower("at");
    }
}
