package app.counterpoint.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the attributions of one sentence: "X said (that) …", "X told reporters …", "…, X said in a statement",
 * "'…,' said X, the union's organiser", "According to X, …", "X called the talks 'frank'", "described by X as '…'".
 * Words inside quotation marks are never taken for an attribution.
 */
final class AttributionFinder {

    private static final Set<String> BETWEEN_SPEAKER_AND_VERB = Lexicon.words(
            "has",
            "have",
            "had",
            "also",
            "later",
            "then",
            "previously",
            "separately",
            "again",
            "repeatedly",
            "has",
            "subsequently",
            "earlier",
            "once",
            "quickly",
            "immediately",
            "publicly",
            "privately",
            "simply",
            "however");
    private static final Set<String> PARENTHETICAL_STARTS = Lexicon.words(
            "who",
            "which",
            "whose",
            "for",
            "speaking",
            "briefing",
            "in",
            "on",
            "at",
            "after",
            "while",
            "according",
            "meanwhile",
            "however",
            "too",
            "though",
            "whom",
            "where",
            "when",
            "as");
    private static final Set<String> OBJECT_VERBS =
            Lexicon.words("told", "tells", "urged", "urges", "accused", "accuses");

    private final String article;
    private final List<Token> tokens;
    private final boolean[] quoted;
    private final Sentence sentence;
    private final SpeakerPhrases phrases;

    AttributionFinder(String article, Sentence sentence) {
        this.article = article;
        this.sentence = sentence;
        this.tokens = Tokenizer.tokens(article, sentence.start(), sentence.end());
        this.quoted = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            quoted[i] = sentence.quoteAt(tokens.get(i).start()) != null;
        }
        this.phrases = new SpeakerPhrases(tokens, quoted);
    }

    List<Token> tokens() {
        return tokens;
    }

    /** The attributions in order, each with its reported words cut where the next attribution starts. */
    List<Attribution> find() {
        List<Attribution> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (quoted[i] || !tokens.get(i).word()) {
                continue;
            }
            String w = Lexicon.lower(tokens.get(i).text());
            Attribution a = null;
            if (w.equals("according")
                    && i + 1 < tokens.size()
                    && tokens.get(i + 1).isLower("to")) {
                a = accordingTo(i);
            } else if (Lexicon.REPORTING_VERBS.contains(w) || Lexicon.QUOTING_VERBS.contains(w)) {
                a = verb(i, Lexicon.QUOTING_VERBS.contains(w));
            }
            if (a != null) {
                found.add(a);
                i = Math.max(i, a.speakerLast());
            }
        }
        List<Attribution> cut = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            Attribution a = found.get(k);
            if (!a.quoteOnly() && a.speakerBefore() && k + 1 < found.size()) {
                Attribution next = found.get(k + 1);
                int firstOfNext = Math.min(next.speakerFirst(), next.verb());
                int limit = tokens.get(firstOfNext).start();
                boolean newClause = firstOfNext > 0 && clauseBoundary(tokens.get(firstOfNext - 1));
                if (newClause && limit > a.contentStart() && limit < a.contentEnd()) {
                    a = a.withContent(a.contentStart(), limit);
                }
            }
            cut.add(a);
        }
        return cut;
    }

    private static boolean clauseBoundary(Token t) {
        return t.is(",")
                || t.is(";")
                || t.is("—")
                || t.is("–")
                || t.isLower("while")
                || t.isLower("whereas")
                || t.isLower("but")
                || t.isLower("and");
    }

    private Attribution accordingTo(int i) {
        int first = i + 2;
        int last = phrases.forwardPhrase(first);
        if (last < first) {
            return null;
        }
        List<Token> appositive = List.of();
        int after = last + 1;
        if (after < tokens.size() && tokens.get(after).is(",")) {
            int close = nextComma(after + 1);
            if (close > after + 1 && close - after <= 5 && phrases.allCapitalised(after + 1, close)) {
                appositive = tokens.subList(after + 1, close); // "According to the returning officer, Margaret Dunn, …"
                last = close - 1;
                after = close;
            }
        }
        SpeakerPhrase phrase = SpeakerPhrase.parse(article, tokens.subList(first, last + 1), appositive);
        if (phrase == null) {
            return null;
        }
        if (after < tokens.size() && tokens.get(after).is(",") && after + 1 < tokens.size()) {
            return new Attribution(
                    i, first, after, phrase, tokens.get(after + 1).start(), sentence.end(), true);
        }
        if (i > 0 && tokens.get(i - 1).is(",")) {
            return new Attribution(
                    i, first, last, phrase, sentence.start(), tokens.get(i - 1).start(), false);
        }
        return null;
    }

    private Attribution verb(int i, boolean quoting) {
        if (quoting && i + 1 < tokens.size() && tokens.get(i + 1).isLower("by")) {
            int last = phrases.forwardPhrase(i + 2); // "described by the White House as …"
            if (last < i + 2) {
                return null;
            }
            SpeakerPhrase phrase = SpeakerPhrase.parse(article, tokens.subList(i + 2, last + 1), List.of());
            return phrase == null || !quoteFollows(last + 1)
                    ? null
                    : new Attribution(i, i + 2, last, phrase, -1, -1, false);
        }
        int j = i - 1;
        while (j >= 0
                && !quoted[j]
                && BETWEEN_SPEAKER_AND_VERB.contains(Lexicon.lower(tokens.get(j).text()))) {
            j--;
        }
        if (j < 0) {
            return null;
        }
        Token before = tokens.get(j);
        if (before.is(",") || quoted[j]) {
            Attribution inverted = invertedAfter(i, j, quoting);
            if (inverted != null || quoted[j]) {
                return inverted;
            }
            return appositiveBefore(i, j, quoting);
        }
        int first = phrases.backwardPhrase(j);
        if (first < 0) {
            return null;
        }
        SpeakerPhrase phrase = SpeakerPhrase.parse(article, tokens.subList(first, j + 1), List.of());
        return phrase == null ? null : withContent(i, first, i, phrase, quoting);
    }

    /** "'…,' said Claire Duffy, the RCN's branch secretary." */
    private Attribution invertedAfter(int i, int j, boolean quoting) {
        int first = i + 1;
        int last = phrases.forwardPhrase(first);
        if (last < first || !endsClause(last + 1)) {
            return null;
        }
        List<Token> appositive = List.of();
        int end = last;
        if (last + 1 < tokens.size() && tokens.get(last + 1).is(",")) {
            int close = nextComma(last + 2);
            if (close > last + 2 && !quoted[last + 2] && phrases.phraseRun(last + 2, close)) {
                appositive = tokens.subList(last + 2, close);
                end = close - 1;
            }
        }
        SpeakerPhrase phrase = SpeakerPhrase.parse(article, tokens.subList(first, last + 1), appositive);
        if (phrase == null) {
            return null;
        }
        int contentEnd = tokens.get(j).start();
        return quoting ? null : new Attribution(i, first, end, phrase, sentence.start(), contentEnd, false);
    }

    /** "Dave Pritchard, the MWU's regional organiser, said …"; "Labour, which gained two seats, called …". */
    private Attribution appositiveBefore(int i, int comma, boolean quoting) {
        int open = comma - 1;
        while (open >= 0 && !tokens.get(open).is(",") && !quoted[open]) {
            open--;
        }
        if (open < 1 || quoted[open] || comma - open < 2 || comma - open > 12) {
            return null;
        }
        List<Token> segment = tokens.subList(open + 1, comma);
        boolean parenthetical = PARENTHETICAL_STARTS.contains(segment.get(0).bare());
        int first = phrases.backwardPhrase(open - 1);
        if (first < 0) {
            return null;
        }
        List<Token> appositive = parenthetical || !phrases.phraseRun(open + 1, comma) ? List.of() : segment;
        SpeakerPhrase phrase = SpeakerPhrase.parse(article, tokens.subList(first, open), appositive);
        return phrase == null ? null : withContent(i, first, i, phrase, quoting);
    }

    /** The reported words after "X said": past "that", a told-object or an adjunct ("in a statement"). */
    private Attribution withContent(int i, int first, int verbEnd, SpeakerPhrase phrase, boolean quoting) {
        if (quoting) {
            return quoteFollows(i + 1) ? new Attribution(i, first, verbEnd, phrase, -1, -1, true) : null;
        }
        int k = i + 1;
        boolean inverted = first > 0 && (tokens.get(first - 1).is(",") || quoted[first - 1]);
        boolean told = tokens.get(i).isLower("told") || tokens.get(i).isLower("tells");
        if (inverted && tailIsAdjunct(told ? skipObject(k) : k)) { // "…, the Kremlin said in a statement."
            int commaOrQuote = first - 1;
            return new Attribution(
                    i,
                    first,
                    verbEnd,
                    phrase,
                    sentence.start(),
                    tokens.get(commaOrQuote).start(),
                    false);
        }
        if (k < tokens.size() && tokens.get(k).is(":")) {
            k++;
        } else {
            String verb = Lexicon.lower(tokens.get(i).text());
            boolean objectVerb = OBJECT_VERBS.contains(verb);
            boolean adjunct = k < tokens.size()
                    && Lexicon.ADJUNCT_STARTS.contains(tokens.get(k).bare());
            if (objectVerb || adjunct) {
                int that = -1;
                for (int m = k; m < Math.min(tokens.size(), k + 10); m++) {
                    if (quoted[m] || tokens.get(m).is(",")) {
                        break;
                    }
                    if (tokens.get(m).isLower("that")) {
                        that = m;
                        break;
                    }
                }
                if (that >= 0) {
                    k = that + 1;
                } else if (objectVerb && (verb.startsWith("told") || verb.startsWith("tells"))) {
                    k = skipObject(k);
                }
            }
            if (k < tokens.size() && tokens.get(k).isLower("that")) {
                k++;
            }
        }
        if (k >= tokens.size()) {
            return new Attribution(i, first, verbEnd, phrase, -1, -1, true);
        }
        return new Attribution(i, first, verbEnd, phrase, tokens.get(k).start(), sentence.end(), true);
    }

    private int skipObject(int k) {
        int m = k;
        while (m < tokens.size() && Lexicon.DETERMINERS.contains(tokens.get(m).bare())) {
            m++;
        }
        if (m < tokens.size() && tokens.get(m).capitalised()) {
            while (m < tokens.size() && tokens.get(m).capitalised()) {
                m++;
            }
            return m;
        }
        return Math.min(m + 1, tokens.size());
    }

    private boolean tailIsAdjunct(int k) {
        if (k >= tokens.size() || tokens.get(k).is(".") || tokens.get(k).is(",")) {
            return true;
        }
        if (!Lexicon.ADJUNCT_STARTS.contains(tokens.get(k).bare())) {
            return false;
        }
        for (int m = k; m < tokens.size(); m++) {
            Token t = tokens.get(m);
            if (t.is(",") || t.is(".") || t.is("!") || t.is("?")) {
                return true;
            }
            if (quoted[m] || t.isLower("that")) {
                return false;
            }
        }
        return true;
    }

    private boolean quoteFollows(int k) {
        for (int m = k; m < tokens.size(); m++) {
            if (quoted[m]) {
                return true;
            }
            Token t = tokens.get(m);
            if (t.word() && (Lexicon.REPORTING_VERBS.contains(t.bare()) || Lexicon.QUOTING_VERBS.contains(t.bare()))) {
                return false;
            }
        }
        return false;
    }

    private boolean endsClause(int k) {
        if (k >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(k);
        return t.is(",")
                || t.is(".")
                || t.is("!")
                || t.is("?")
                || t.is(";")
                || quoted[k]
                || Lexicon.ADJUNCT_STARTS.contains(t.bare());
    }

    private int nextComma(int from) {
        for (int m = from; m < tokens.size(); m++) {
            if (quoted[m]) {
                return -1;
            }
            if (tokens.get(m).is(",")) {
                return m;
            }
            if (tokens.get(m).is(".") || tokens.get(m).is(";")) {
                return m;
            }
        }
        return tokens.size();
    }
}
