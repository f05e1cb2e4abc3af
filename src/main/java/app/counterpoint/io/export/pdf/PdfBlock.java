package app.counterpoint.io.export.pdf;

import java.util.List;
import java.util.Objects;

/** One block of a PDF handout, laid out top to bottom by {@link PdfWriter}: it knows nothing of pages or fonts. */
public sealed interface PdfBlock {

    /** A heading: level 1 is the page's title, 2 a section, 3 a sub-section. */
    record Heading(String text, int level) implements PdfBlock {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Running text; a muted paragraph is smaller and grey (instructions, sources). */
    record Paragraph(String text, boolean muted) implements PdfBlock {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }

        public static Paragraph of(String text) {
            return new Paragraph(text, false);
        }
    }

    /**
     * A numbered question: its text, then a line to write on after {@code prompt} ("Who said it?").
     *
     * @param prompt the words before the blank, or {@code null} for no blank
     */
    record Question(String number, String text, String prompt) implements PdfBlock {
        public Question {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A grid: a header row, then rows each led by a label (a topic) with one cell per column.
     *
     * @param corner what stands above the labels
     */
    record Table(String corner, List<String> headers, List<Row> rows) implements PdfBlock {
        public Table {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    /** One row of a {@link Table}. */
    record Row(String label, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** The next block starts on a new page. */
    record PageBreak() implements PdfBlock {}
}
