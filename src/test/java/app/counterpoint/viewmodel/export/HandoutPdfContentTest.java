package app.counterpoint.viewmodel.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import app.counterpoint.i18n.Language;
import app.counterpoint.io.StoryReader;
import app.counterpoint.io.export.pdf.PdfBlock;
import app.counterpoint.io.export.pdf.PdfContent;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.SampleStories;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The handout PDF is made from the printout's content: the same events, tables and headings. */
class HandoutPdfContentTest {

    private final MainViewModel main = new MainViewModel(new StoryReader(), Runnable::run, Runnable::run);

    @Test
    void thePdfHasThePrintoutsEventsWithATableAndTheirHeadingsInTheWindowsLanguage() {
        main.show("call.json", SampleStories.phoneCall());
        List<String> english = eventHeadings(HandoutPdf.of(main.handout()));
        assertEquals(tabledHeadings(main.handout()), english);
        assertEquals("Phone call \u00B7 2 May 2017", english.get(0), "the strike has no statements: no table");

        main.language().languageProperty().set(Language.GERMAN);
        List<String> german = eventHeadings(HandoutPdf.of(main.handout()));
        assertEquals(tabledHeadings(main.handout()), german);
        assertNotEquals(english, german, "the dates follow View › Language");
        PdfContent pdf = HandoutPdf.of(main.handout());
        List<PdfBlock.Table> tables = pdf.blocks().stream()
                .filter(b -> b instanceof PdfBlock.Table)
                .map(b -> (PdfBlock.Table) b)
                .toList();
        assertEquals("Thema", tables.get(0).corner(), "the table's own words too");
    }

    private static List<String> tabledHeadings(HandoutViewModel handout) {
        return handout.sections().stream()
                .filter(s -> !s.rows().isEmpty())
                .map(HandoutViewModel.Section::heading)
                .toList();
    }

    private static List<String> eventHeadings(PdfContent pdf) {
        return pdf.blocks().stream()
                .filter(b -> b instanceof PdfBlock.Heading h && h.level() == 2)
                .map(b -> ((PdfBlock.Heading) b).text())
                .toList();
    }
}
