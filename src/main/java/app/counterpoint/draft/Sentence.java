package app.counterpoint.draft;

import java.util.List;

/**
 * A sentence of the article. A sentence never ends inside a quotation, so a quote over two sentences belongs to the
 * sentence that carries its attribution.
 *
 * @param paragraph the paragraph's number, 0 being the headline
 * @param metadata  whether it is the headline, a byline or a dateline rather than running text
 * @param quotes    the quotations in it
 */
record Sentence(int start, int end, int paragraph, boolean metadata, List<QuoteSpan> quotes) {

    Sentence {
        quotes = List.copyOf(quotes);
    }

    String text(String article) {
        return article.substring(start, end);
    }

    /** The quotation that holds the offset (its marks included), or {@code null}. */
    QuoteSpan quoteAt(int offset) {
        for (QuoteSpan quote : quotes) {
            if (quote.covers(offset)) {
                return quote;
            }
        }
        return null;
    }
}
