package app.counterpoint.viewmodel.compare;

import app.counterpoint.io.export.pdf.PdfBlock;
import app.counterpoint.io.export.pdf.PdfContent;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.filter.FilterState;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The comparison handout (what File › Print Handout prints) as a PDF, with no printer needed: the story's title and
 * description, then for each event the filter shows and that has statements, a table of what each side said, topic
 * by topic, each line with its kind and source. Built by the comparison view model itself, so it shows what the
 * window shows.
 */
public final class HandoutPdf {

    private HandoutPdf() {}

    /** The handout of {@code events} (the window's shown events, in time order) through the window's filter. */
    public static PdfContent of(PreparedStory prepared, List<Event> events, FilterState filter) {
        Story story = prepared.story();
        List<PdfBlock> blocks = new ArrayList<>();
        blocks.add(new PdfBlock.Heading(story.title(), 1));
        if (story.description() != null) {
            blocks.add(new PdfBlock.Paragraph(story.description(), true));
        }
        SimpleObjectProperty<Event> selected = new SimpleObjectProperty<>();
        ComparisonViewModel comparison = new ComparisonViewModel(
                new SimpleObjectProperty<>(prepared), selected, new SimpleObjectProperty<>(filter), text -> {});
        for (Event event : events) {
            if (prepared.statementsAbout(event.id()).isEmpty()) {
                continue;
            }
            selected.set(event);
            if (comparison.rows().isEmpty()) {
                continue; // the filter leaves nothing of it
            }
            blocks.add(new PdfBlock.Heading(event.title() + " \u00B7 " + event.dateText(), 2));
            if (event.summary() != null) {
                blocks.add(new PdfBlock.Paragraph(event.summary(), true));
            }
            List<String> headers =
                    comparison.columns().stream().map(Actor::name).toList();
            List<PdfBlock.Row> rows = new ArrayList<>();
            for (ComparisonRow row : comparison.rows()) {
                List<String> cells = new ArrayList<>();
                for (ComparisonCell cell : row.cells()) {
                    cells.add(cellText(cell));
                }
                rows.add(new PdfBlock.Row(row.topic().label(), cells));
            }
            blocks.add(new PdfBlock.Table("Topic", headers, rows));
        }
        return new PdfContent(story.title(), story.title() + " \u00B7 handout", blocks);
    }

    private static String cellText(ComparisonCell cell) {
        if (cell.isNotMentioned()) {
            return "Not mentioned";
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
