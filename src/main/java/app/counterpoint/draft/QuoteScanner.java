package app.counterpoint.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the quotations of a paragraph: straight and curly double marks, and single marks (‘…’, '…') told apart
 * from apostrophes ("Putin's", "don’t") by what stands on either side. Only outermost quotes are kept; a double
 * quote left open at the end of a paragraph runs to its end when the next paragraph opens another (the way a
 * quote over several paragraphs is printed), and is otherwise ignored.
 */
final class QuoteScanner {

    private QuoteScanner() {}

    static List<QuoteSpan> scan(String text, int start, int end, boolean nextParagraphOpensQuote) {
        List<QuoteSpan> spans = new ArrayList<>();
        int openDouble = -1;
        int openSingle = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            char prev = i > start ? text.charAt(i - 1) : ' ';
            char next = i + 1 < end ? text.charAt(i + 1) : ' ';
            switch (c) {
                case '"' -> {
                    if (openDouble < 0) {
                        openDouble = i;
                    } else {
                        spans.add(new QuoteSpan(openDouble, openDouble + 1, i, i));
                        openDouble = -1;
                    }
                }
                case '“' -> {
                    if (openDouble < 0) {
                        openDouble = i;
                    }
                }
                case '”' -> {
                    if (openDouble >= 0) {
                        spans.add(new QuoteSpan(openDouble, openDouble + 1, i, i));
                        openDouble = -1;
                    }
                }
                case '‘', '\'', '’' -> {
                    boolean mayOpen = c != '’' && !Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next);
                    boolean mayClose = c != '‘' && !Character.isWhitespace(prev) && !Character.isLetterOrDigit(next);
                    if (openSingle >= 0 && mayClose) {
                        spans.add(new QuoteSpan(openSingle, openSingle + 1, i, i));
                        openSingle = -1;
                    } else if (openSingle < 0 && mayOpen) {
                        openSingle = i;
                    }
                }
                default -> {}
            }
        }
        if (openDouble >= 0 && nextParagraphOpensQuote) {
            spans.add(new QuoteSpan(openDouble, openDouble + 1, end, end));
        }
        spans.sort(Comparator.comparingInt(QuoteSpan::open));
        List<QuoteSpan> outermost = new ArrayList<>();
        int reach = -1;
        for (QuoteSpan span : spans) {
            if (span.open() > reach) {
                outermost.add(span);
                reach = span.close();
            }
        }
        return outermost;
    }

    /** Whether the character opens a quotation (for a paragraph that continues the previous one's). */
    static boolean opensQuote(char c) {
        return c == '"' || c == '“' || c == '‘';
    }
}
