package app.counterpoint.viewmodel.reader;

import java.util.List;

/**
 * One paragraph of a source's text as the reader shows it (a long article is drawn a paragraph at a time).
 *
 * @param start      where the paragraph starts in the source's whole text
 * @param text       its text
 * @param highlights the statements' passages in it, in paragraph offsets, the current one last (drawn on top)
 */
public record ReaderParagraph(int start, String text, List<ReaderHighlight> highlights) {

    public ReaderParagraph {
        highlights = List.copyOf(highlights);
    }

    /** The statement whose passage is at {@code offset}, the most specific (shortest) one when passages overlap. */
    public java.util.Optional<String> statementAt(int offset) {
        ReaderHighlight best = null;
        for (ReaderHighlight h : highlights) {
            if (offset >= h.range().start() && offset < h.range().end()) {
                int length = h.range().end() - h.range().start();
                if (best == null || length < best.range().end() - best.range().start()) {
                    best = h;
                }
            }
        }
        return java.util.Optional.ofNullable(best).map(ReaderHighlight::statementId);
    }
}
