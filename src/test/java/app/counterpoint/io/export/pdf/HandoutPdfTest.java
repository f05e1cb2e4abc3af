package app.counterpoint.io.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.export.HandoutPdf;
import app.counterpoint.viewmodel.export.HandoutViewModel;
import app.counterpoint.viewmodel.filter.FilterState;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.io.IOException;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The comparison handout as a PDF, read back: every statement, every side, nothing off the page. */
class HandoutPdfTest {

    private static final DisplayDates ENGLISH = new DisplayDates(Messages.of(Language.ENGLISH));

    /** The handout as the printout has it, in an English window, with nothing filtered out. */
    private static app.counterpoint.io.export.pdf.PdfContent handout(PreparedStory prepared) {
        return HandoutPdf.of(HandoutViewModel.of(
                new SimpleObjectProperty<>(prepared),
                List.copyOf(prepared.eventsInTimeOrder()),
                new SimpleObjectProperty<>(FilterState.everything()),
                ENGLISH));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"stories/trump-putin-2017.json", "stories/valid/lesson-ru.json", "stories/layout/sides-5.json"})
    void everyStatementAndSideIsOnThePageAndNothingRunsOff(String resource) throws IOException {
        LoadResult read = new StoryOpener().openResource(resource);
        assertTrue(read.isValid(), read.problems()::toString);
        Story story = read.story();
        PreparedStory prepared = PreparedStory.of(story);
        PdfPages pdf = new PdfPages(new PdfWriter().write(handout(prepared)));
        pdf.assertContains(story.title());
        for (Statement s : story.statements()) {
            pdf.assertContainsAsDrawn(s.text());
        }
        for (Actor a : story.actors()) {
            pdf.assertContainsAsDrawn(a.name());
        }
        assertEquals(List.of(), pdf.fontsNotEmbeddedAsSubsets);
        pdf.assertNothingRunsOffThePage();
    }

    /** A heading at the foot of a page with its table on the next was found by looking at the pages. */
    @org.junit.jupiter.api.Test
    void everyEventsHeadingStandsOnThePageOfItsTable() throws IOException {
        Story story =
                new StoryOpener().openResource("stories/layout/sides-5.json").story();
        PreparedStory prepared = PreparedStory.of(story);
        PdfPages pdf = new PdfPages(new PdfWriter().write(handout(prepared)));
        int headings = 0;
        for (String page : pdf.pageTexts) {
            String flat = PdfPages.flat(page);
            for (app.counterpoint.model.Event e : prepared.eventsInTimeOrder()) {
                int at = flat.indexOf(PdfPages.flat(ENGLISH.heading(e)));
                if (at >= 0) {
                    headings++;
                    assertTrue(flat.indexOf("Topic", at) > at, e.title() + ": its heading ends the page");
                }
            }
        }
        assertTrue(headings > 5, "headings found: " + headings);
    }
}
