package app.counterpoint.draft;

import app.counterpoint.model.StatementKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns each sentence's attributions and quotations into statements. A quotation is said by the attribution
 * before it in its sentence, else by the one after it ("'…,' the statement said"); a sentence that is only a
 * quotation continues the speaker of the sentence before. A quotation over several sentences gives one statement a
 * sentence (each may speak of another topic); one split by its attribution ("'We will,' he said, 'act.'") gives
 * one, its two parts joined by an ellipsis ("We will … act.") since its words are not together in the article.
 * Reported speech gives a paraphrase of the reported words, unless they are only a quotation.
 */
final class StatementFinder {

    private final String article;
    private final SpeakerResolver resolver;

    StatementFinder(String article, SpeakerResolver resolver) {
        this.article = article;
        this.resolver = resolver;
    }

    List<FoundStatement> find(List<Sentence> sentences) {
        List<FoundStatement> found = new ArrayList<>();
        for (int index = 0; index < sentences.size(); index++) {
            Sentence sentence = sentences.get(index);
            if (sentence.metadata()) {
                continue;
            }
            int previousSpeakerSentence = resolver.lastSpeakerSentence();
            String previousSpeaker = resolver.lastSpeaker();
            AttributionFinder finder = new AttributionFinder(article, sentence);
            List<Token> tokens = finder.tokens();
            List<Attribution> attributions = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (Attribution a : finder.find()) {
                int offset = tokens.get(a.speakerFirst()).start();
                resolver.resolve(a.phrase(), offset, index).ifPresent(key -> {
                    attributions.add(a);
                    keys.add(key);
                });
            }
            quotes(
                    sentence,
                    index,
                    tokens,
                    attributions,
                    keys,
                    previousSpeakerSentence,
                    previousSpeaker,
                    sentences,
                    found);
            paraphrases(sentence, index, attributions, keys, found);
        }
        found.sort(java.util.Comparator.comparingInt(FoundStatement::exactStart));
        return found;
    }

    private void quotes(
            Sentence sentence,
            int index,
            List<Token> tokens,
            List<Attribution> attributions,
            List<String> keys,
            int previousSpeakerSentence,
            String previousSpeaker,
            List<Sentence> sentences,
            List<FoundStatement> out) {
        List<QuoteSpan> quotes = sentence.quotes();
        for (int q = 0; q < quotes.size(); q++) {
            QuoteSpan quote = quotes.get(q);
            if (!hasLetter(quote.start(), quote.end())) {
                continue;
            }
            int who = attributionOf(quote, tokens, attributions);
            String key;
            String speaker;
            if (who >= 0) {
                key = keys.get(who);
                speaker = attributions.get(who).phrase().text();
            } else if (onlyQuotation(sentence)
                    && previousSpeaker != null
                    && continuesSpeaker(sentences, previousSpeakerSentence, index)) {
                key = previousSpeaker;
                speaker = "";
            } else {
                continue;
            }
            QuoteSpan next = q + 1 < quotes.size() ? quotes.get(q + 1) : null;
            if (next != null && who >= 0 && splitByAttribution(quote, next, tokens, attributions.get(who))) {
                String text = clean(
                        article.substring(quote.start(), quote.end()).strip().replaceAll(",$", "") + " … "
                                + article.substring(next.start(), next.end()).strip());
                out.add(new FoundStatement(key, StatementKind.QUOTE, text, quote.start(), next.end(), index, speaker));
                q++;
                continue;
            }
            int s = quote.start();
            for (int i = quote.start(); i < quote.end(); i++) {
                char c = article.charAt(i);
                if ((c == '.' || c == '!' || c == '?')
                        && SentenceSplitter.endsSentence(article, i, i + 1, quote.end())) {
                    addQuote(key, s, i + 1, index, speaker, out);
                    s = i + 1;
                }
            }
            addQuote(key, s, quote.end(), index, speaker, out);
        }
    }

    private void addQuote(String key, int s, int e, int index, String speaker, List<FoundStatement> out) {
        while (s < e && Character.isWhitespace(article.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(article.charAt(e - 1)) || article.charAt(e - 1) == ',')) {
            e--;
        }
        if (!hasLetter(s, e)) {
            return;
        }
        out.add(new FoundStatement(key, StatementKind.QUOTE, clean(article.substring(s, e)), s, e, index, speaker));
    }

    /** A quotation's words without a trailing comma, and without the full stop of a fragment ("constructive."). */
    private static String clean(String quoted) {
        String t = quoted.strip();
        while (!t.isEmpty() && (t.endsWith(",") || t.endsWith(":") || t.endsWith(";"))) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (!t.isEmpty() && Character.isLowerCase(t.charAt(0)) && t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** The attribution a quotation belongs to: the last one before it, else the first one after it; or -1. */
    private static int attributionOf(QuoteSpan quote, List<Token> tokens, List<Attribution> attributions) {
        int before = -1;
        int after = -1;
        for (int a = 0; a < attributions.size(); a++) {
            int verbAt = tokens.get(attributions.get(a).verb()).start();
            if (verbAt < quote.open()) {
                before = a;
            } else if (verbAt > quote.close() && after < 0) {
                after = a;
            }
        }
        return before >= 0 ? before : after;
    }

    /** Whether the quotation's own attribution stands between it and the next, which goes on in lower case. */
    private boolean splitByAttribution(QuoteSpan first, QuoteSpan second, List<Token> tokens, Attribution own) {
        String inside = article.substring(first.start(), first.end()).strip();
        boolean comma = inside.endsWith(",")
                || first.close() + 1 < article.length() && article.charAt(first.close() + 1) == ',';
        if (!comma || !Character.isLowerCase(firstLetter(second))) {
            return false;
        }
        int verbAt = tokens.get(own.verb()).start();
        return verbAt > first.close() && verbAt < second.open() && second.open() - first.close() < 80;
    }

    private char firstLetter(QuoteSpan quote) {
        for (int i = quote.start(); i < quote.end(); i++) {
            if (Character.isLetter(article.charAt(i))) {
                return article.charAt(i);
            }
        }
        return 'A';
    }

    /** Whether the sentence is one quotation and nothing else but punctuation. */
    private boolean onlyQuotation(Sentence sentence) {
        int outside = 0;
        for (int i = sentence.start(); i < sentence.end(); i++) {
            if (Character.isLetter(article.charAt(i)) && sentence.quoteAt(i) == null) {
                outside++;
            }
        }
        return outside == 0 && !sentence.quotes().isEmpty();
    }

    /** Whether the speaker of sentence {@code previous} may still be speaking in sentence {@code index}. */
    private static boolean continuesSpeaker(List<Sentence> sentences, int previous, int index) {
        if (previous < 0) {
            return false;
        }
        for (int i = previous + 1; i < index; i++) {
            if (!sentences.get(i).metadata()) {
                return false;
            }
        }
        return sentences.get(index).paragraph() - sentences.get(previous).paragraph() <= 1;
    }

    private void paraphrases(
            Sentence sentence, int index, List<Attribution> attributions, List<String> keys, List<FoundStatement> out) {
        for (int a = 0; a < attributions.size(); a++) {
            Attribution at = attributions.get(a);
            if (at.quoteOnly() || nestedInAnother(at, attributions)) {
                continue;
            }
            String text = reported(sentence, at.contentStart(), at.contentEnd());
            if (text == null) {
                continue;
            }
            out.add(new FoundStatement(
                    keys.get(a),
                    StatementKind.PARAPHRASE,
                    text,
                    sentence.start(),
                    trimmedEnd(sentence),
                    index,
                    at.phrase().text()));
        }
    }

    private static boolean nestedInAnother(Attribution at, List<Attribution> all) {
        for (Attribution other : all) {
            if (other != at
                    && !other.quoteOnly()
                    && other.contentStart() <= at.contentStart()
                    && other.contentEnd() >= at.contentEnd()
                    && (other.contentEnd() - other.contentStart()) > (at.contentEnd() - at.contentStart())) {
                return true;
            }
        }
        return false;
    }

    private int trimmedEnd(Sentence sentence) {
        int e = sentence.end();
        while (e > sentence.start() && Character.isWhitespace(article.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** The reported words as a sentence of their own, or {@code null} when they are only a quotation or too short. */
    private String reported(Sentence sentence, int start, int end) {
        int words = 0;
        int outsideLetters = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            char c = article.charAt(i);
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && sentence.quoteAt(i) == null) {
                outsideLetters++;
            }
            if (letter && !inWord) {
                words++;
            }
            inWord = letter || (inWord && (c == '\'' || c == '’' || c == '-'));
        }
        if (words < 3 || outsideLetters < 3) {
            return null;
        }
        String t = article.substring(start, end).strip();
        boolean changed = true;
        while (changed && !t.isEmpty()) {
            changed = false;
            for (String tail : new String[] {",", ";", ":", ".", " and", " but", " while", " —", " –", " -"}) {
                if (t.endsWith(tail)) {
                    t = t.substring(0, t.length() - tail.length()).strip();
                    changed = true;
                }
            }
        }
        if (t.isEmpty()) {
            return null;
        }
        boolean closesQuote = t.endsWith("\"") || t.endsWith("”") || t.endsWith("’") || t.endsWith("'");
        if (!(t.endsWith("?")
                || t.endsWith("!")
                || closesQuote && t.length() > 1 && ".!?".indexOf(t.charAt(t.length() - 2)) >= 0)) {
            t = t + ".";
        }
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private boolean hasLetter(int s, int e) {
        for (int i = s; i < e; i++) {
            if (Character.isLetter(article.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
