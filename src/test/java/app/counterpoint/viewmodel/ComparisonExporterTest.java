package app.counterpoint.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class ComparisonExporterTest {

    private final ReadOnlyObjectWrapper<Story> story = new ReadOnlyObjectWrapper<>();
    private final SimpleObjectProperty<Event> selected = new SimpleObjectProperty<>();
    private final FilterViewModel filter = new FilterViewModel();
    private final ComparisonViewModel comparison =
            new ComparisonViewModel(story.getReadOnlyProperty(), selected, filter.statementFilterProperty());

    private void open(Story s, String eventId) {
        filter.setStory(s);
        story.set(s);
        selected.set(s.event(eventId).orElseThrow());
    }

    @Test
    void theWholeCallAsPlainText() {
        open(SampleStories.phoneCall(), "call");
        filter.setTopicSelected("syria", false);
        String src = "The article \u2014 Evening Standard, A. Writer, May 2017";
        assertEquals("""
                Phone call \u00B7 2 May 2017
                Compared: White House / Kremlin

                TERRORISM
                  White House:
                    - \u201Ceradicate terrorism\u201D [quote; %1$s]
                  Kremlin:
                    - fight international terrorism [paraphrase; %1$s]

                NORTH KOREA
                  White House:
                    (not mentioned)
                  Kremlin:
                    - Putin called for restraint [paraphrase; %1$s]
                """.formatted(src), ComparisonExporter.plainText(comparison.titleProperty().get(),
                comparison.columns(), comparison.rows()));
    }

    @Test
    void oneRowAsAMarkdownTable() {
        open(SampleStories.phoneCall(), "call");
        String src = "_The article \u2014 Evening Standard, A. Writer, May 2017_";
        assertEquals("| Topic | White House | Kremlin |\n|---|---|---|\n"
                        + "| **North Korea** | _not mentioned_ | Putin called for restraint (paraphrase) \u2014 " + src
                        + " |\n",
                ComparisonExporter.markdown(comparison.rows().get(2)));
    }

    @Test
    void markdownKeepsSeveralStatementsInOneCellAndLinksWebSources() {
        open(SampleStories.phoneCall(), "call");
        String md = ComparisonExporter.markdown(comparison.titleProperty().get(), comparison.columns(),
                comparison.rows());
        List<String> lines = md.lines().toList();
        assertEquals("## Phone call \u00B7 2 May 2017", lines.get(0));
        assertEquals(7, lines.size(), md);
        assertEquals(true, lines.get(4).contains("\u201Cend the violence\u201D \u2014 _The article")
                && lines.get(4).contains("<br><br>\u201Cde-escalation zones\u201D"), lines.get(4));

        Source web = new Source("w", "Readout", "Kremlin", null, null, "https://en.kremlin.ru/events/54441");
        ComparisonEntry linked = new ComparisonEntry(new Statement("x", "call", "kr", List.of("syria"),
                "a | pipe", StatementKind.QUOTE, "w", null), web);
        ComparisonRow row = new ComparisonRow(SampleStories.SYRIA,
                List.of(new ComparisonCell(SampleStories.KREMLIN, List.of(linked))));
        assertEquals("| Topic | Kremlin |\n|---|---|\n| **Syria** | \u201Ca \\| pipe\u201D \u2014 "
                + "_[Readout \u2014 Kremlin](https://en.kremlin.ru/events/54441)_ |\n", ComparisonExporter.markdown(row));
    }
}
