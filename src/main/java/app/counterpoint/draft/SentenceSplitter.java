package app.counterpoint.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article's text into paragraphs (lines) and sentences. A full stop ends a sentence when a capital, a digit
 * or a quotation mark follows and the word before it is no abbreviation ("Mr.", "Gen.", "Jan.", an initial); a
 * sentence never ends inside a quotation, except where the quotation itself ends with its sentence ({@code ."} then
 * a capital). A wire dateline ("WASHINGTON, March 15 (Reuters) -") is not part of the first sentence.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Lexicon.words(
            "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "cmdr", "sgt",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "inc", "ltd",
            "co", "corp", "vs", "jr", "sr", "rev", "hon", "mt", "ft", "approx", "est", "dept", "univ");
    /** Words that open a new sentence after "U.S." rather than continue a name ("the U.S. President"). */
    private static final Set<String> STARTERS = Lexicon.SENTENCE_STARTERS;

    private static final Pattern DATELINE =
            Pattern.compile("\\A[A-Z][A-Z.'’/ -]{2,40}(?:, [A-Z][a-z]{2,8}\\.? \\d{1,2})?"
                    + "(?: \\([A-Za-z .]{2,30}\\))? ?(?:--|-|—|–) ?");

    private SentenceSplitter() {}

    static List<Sentence> split(String text) {
        List<int[]> paragraphs = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int s = lineStart;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    paragraphs.add(new int[] {s, e});
                }
                lineStart = i + 1;
            }
        }
        List<Sentence> sentences = new ArrayList<>();
        boolean bodyStarted = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            int ps = paragraphs.get(p)[0];
            int pe = paragraphs.get(p)[1];
            boolean nextOpens = p + 1 < paragraphs.size()
                    && QuoteScanner.opensQuote(text.charAt(paragraphs.get(p + 1)[0]));
            String paragraph = text.substring(ps, pe);
            boolean metadata = p == 0 || DatelineDate.isMetadata(paragraph);
            if (!metadata && !bodyStarted) {
                bodyStarted = true;
                Matcher dateline = DATELINE.matcher(paragraph);
                if (dateline.lookingAt() && dateline.end() < paragraph.length()) {
                    ps += dateline.end();
                }
            }
            List<QuoteSpan> quotes = QuoteScanner.scan(text, ps, pe, nextOpens);
            split(text, ps, pe, p, metadata, quotes, sentences);
        }
        return sentences;
    }

    private static void split(
            String text, int ps, int pe, int paragraph, boolean metadata, List<QuoteSpan> quotes, List<Sentence> out) {
        int start = ps;
        for (int i = ps; i < pe; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            QuoteSpan inside = null;
            for (QuoteSpan q : quotes) {
                if (q.contains(i)) {
                    inside = q;
                }
            }
            int after;
            if (inside != null) {
                if (inside.end() != i + 1 || inside.close() >= pe) {
                    continue;
                }
                after = inside.close() + 1;
            } else {
                after = i + 1;
            }
            if (endsSentence(text, i, after, pe)) {
                out.add(sentence(text, start, after, paragraph, metadata, quotes));
                start = after;
            }
        }
        if (start < pe) {
            out.add(sentence(text, start, pe, paragraph, metadata, quotes));
        }
    }

    /** Whether the mark at {@code mark}, whose sentence would end at {@code after}, ends it. */
    static boolean endsSentence(String text, int mark, int after, int limit) {
        int next = after;
        if (next >= limit || !Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        while (next < limit && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= limit) {
            return false;
        }
        char n = text.charAt(next);
        if (!Character.isUpperCase(n) && !Character.isDigit(n) && !QuoteScanner.opensQuote(n) && n != '(') {
            return false;
        }
        if (text.charAt(mark) != '.' || after != mark + 1) {
            return true;
        }
        int w = mark;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        String word = text.substring(w, mark);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "John F. Kennedy"
        }
        if (ABBREVIATIONS.contains(Lexicon.lower(word))) {
            return false;
        }
        if (word.indexOf('.') >= 0) { // "U.S.": a new sentence only if a sentence's first word follows
            int e = next;
            while (e < limit && Character.isLetter(text.charAt(e))) {
                e++;
            }
            return STARTERS.contains(text.substring(next, e));
        }
        return true;
    }

    private static Sentence sentence(
            String text, int s, int e, int paragraph, boolean metadata, List<QuoteSpan> quotes) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        List<QuoteSpan> own = new ArrayList<>();
        for (QuoteSpan q : quotes) {
            if (q.open() >= s && q.open() < e) {
                own.add(q);
            }
        }
        return new Sentence(s, e, paragraph, metadata, own);
    }
}
