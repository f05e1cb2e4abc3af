package app.counterpoint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words: runs of letters and digits, kept whole across an apostrophe or hyphen between two letters
 * ("Russia's", "de-escalation"). Punctuation and spaces separate words and are never part of one.
 */
public final class WordTokenizer {

    private WordTokenizer() {}

    public static List<WordToken> tokenize(String text) {
        List<WordToken> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i++;
                } else if (isJoiner(c) && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            tokens.add(token(text, start, i));
        }
        return tokens;
    }

    private static WordToken token(String text, int start, int end) {
        String word = text.substring(start, end).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        boolean stop = StopWords.contains(word);
        return new WordToken(start, end, LightStemmer.stem(word), stop);
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011';
    }
}
