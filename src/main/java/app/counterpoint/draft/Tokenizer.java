package app.counterpoint.draft;

import java.util.ArrayList;
import java.util.List;

/** Splits a stretch of article text into words and punctuation marks, in one pass. */
final class Tokenizer {

    private Tokenizer() {}

    /** The tokens of {@code text[start, end)}; a word may hold inner apostrophes, hyphens and dots ("U.S"). */
    static List<Token> tokens(String text, int start, int end) {
        List<Token> tokens = new ArrayList<>();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                int lastGood = j;
                while (j < end) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                        lastGood = j;
                    } else if ((d == '\'' || d == '’' || d == '-' || d == '.' || d == '‑')
                            && j + 1 < end
                            && Character.isLetterOrDigit(text.charAt(j + 1))) {
                        j++;
                    } else if ((d == '\'' || d == '’')
                            && text.charAt(j - 1) == 's'
                            && (j + 1 >= end || text.charAt(j + 1) == ' ')
                            && j + 2 < end
                            && Character.isUpperCase(text.charAt(j + 2))) {
                        lastGood = j + 1; // a plural possessive inside a name: "Students' Union"
                        break;
                    } else {
                        break;
                    }
                }
                if (lastGood < end
                        && text.charAt(lastGood) == '.'
                        && text.substring(i, lastGood).indexOf('.') > 0) {
                    lastGood++; // "U.S." keeps its last dot
                }
                tokens.add(new Token(text.substring(i, lastGood), i, lastGood, true));
                i = lastGood;
            } else {
                tokens.add(new Token(String.valueOf(c), i, i + 1, false));
                i++;
            }
        }
        return tokens;
    }
}
