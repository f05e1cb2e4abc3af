package app.counterpoint.viewmodel.export;

import app.counterpoint.i18n.Messages;
import app.counterpoint.io.export.pdf.PdfBlock;
import app.counterpoint.io.export.pdf.PdfContent;
import app.counterpoint.model.Actor;
import app.counterpoint.viewmodel.compare.ComparisonCell;
import app.counterpoint.viewmodel.compare.ComparisonEntry;
import app.counterpoint.viewmodel.compare.ComparisonRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison handout (what File › Print Handout prints) as a PDF, with no printer needed: the story's title and
 * description, then for each event of the {@link HandoutViewModel} that has a comparison table (statements the
 * filter shows), a table of what each side said, topic by topic, each line with its kind and source. Built from the
 * printout's own content, so the two say the same, headings in the window's language alike.
 */
public final class HandoutPdf {

    private HandoutPdf() {}

    /** The PDF of {@code handout}; an event without a table (no statements, or the filter hides them) is left out. */
    public static PdfContent of(HandoutViewModel handout) {
        List<PdfBlock> blocks = new ArrayList<>();
        blocks.add(new PdfBlock.Heading(handout.title(), 1));
        if (handout.description() != null) {
            blocks.add(new PdfBlock.Paragraph(handout.description(), true));
        }
        for (HandoutViewModel.Section section : handout.sections()) {
            if (section.rows().isEmpty()) {
                continue;
            }
            blocks.add(new PdfBlock.Heading(section.heading(), 2));
            if (section.summary() != null) {
                blocks.add(new PdfBlock.Paragraph(section.summary(), true));
            }
            List<String> headers = section.sides().stream().map(Actor::name).toList();
            List<PdfBlock.Row> rows = new ArrayList<>();
            for (ComparisonRow row : section.rows()) {
                List<String> cells = new ArrayList<>();
                for (ComparisonCell cell : row.cells()) {
                    cells.add(cellText(cell, handout.messages()));
                }
                rows.add(new PdfBlock.Row(row.topic().label(), cells));
            }
            blocks.add(new PdfBlock.Table(handout.messages().text("handout.topic"), headers, rows));
        }
        return new PdfContent(handout.title(), handout.messages().text("handout.subject", handout.title()), blocks);
    }

    private static String cellText(ComparisonCell cell, Messages messages) {
        if (cell.isNotMentioned()) {
            return messages.text("compare.notMentioned");
        }
        StringBuilder sb = new StringBuilder();
        for (ComparisonEntry entry : cell.entries()) {
            if (!sb.isEmpty()) {
                sb.append("   ");
            }
            sb.append(entry.kindLabel())
                    .append(": ")
                    .append(entry.displayText())
                    .append(" (");
            sb.append(entry.shortSourceText()).append(')');
        }
        return sb.toString();
    }
}
