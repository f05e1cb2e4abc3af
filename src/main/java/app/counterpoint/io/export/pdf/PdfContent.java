package app.counterpoint.io.export.pdf;

import java.util.List;
import java.util.Objects;

/**
 * What a PDF says, before it is laid out.
 *
 * @param title  the document's title in its properties (and the reader's window)
 * @param footer a short line at the foot of every page, beside the page number
 */
public record PdfContent(String title, String footer, List<PdfBlock> blocks) {

    public PdfContent {
        Objects.requireNonNull(title, "title");
        footer = footer == null ? "" : footer;
        blocks = List.copyOf(blocks);
    }
}
