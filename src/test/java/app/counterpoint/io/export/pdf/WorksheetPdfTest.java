package app.counterpoint.io.export.pdf;

import static app.counterpoint.fixture.EventBuilder.event;
import static app.counterpoint.fixture.StoryBuilder.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import app.counterpoint.io.LoadResult;
import app.counterpoint.io.StoryOpener;
import app.counterpoint.io.export.Worksheet;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.model.Tour;
import app.counterpoint.model.TourStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The worksheet PDF read back: text present, answers on a page of their own, nothing off the page, in any script. */
class WorksheetPdfTest {

    private static final DisplayDates ENGLISH = new DisplayDates(Messages.of(Language.ENGLISH));

    private static Story load(String resource) {
        LoadResult result = new StoryOpener().openResource(resource);
        assertTrue(result.isValid(), result.problems()::toString);
        return result.story();
    }

    private static PdfPages worksheet(Story story) throws IOException {
        Tour tour = story.tours().get(0);
        return new PdfPages(new PdfWriter().write(Worksheet.of(story, tour, ENGLISH)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"stories/trump-putin-2017.json", "stories/valid/lesson-ru.json", "stories/valid/lesson-ar.json"})
    void theWorksheetHasEveryStatementOfTheTourWithoutItsSideAndTheAnswersAfter(String resource) throws IOException {
        Story story = load(resource);
        PdfPages pdf = worksheet(story);
        Tour tour = story.tours().get(0);
        pdf.assertContains("Who said it? " + tour.title());
        List<String> tourEvents =
                tour.steps().stream().map(TourStep::eventId).distinct().toList();
        for (Statement statement : story.statements()) {
            if (tourEvents.contains(statement.eventId())) {
                pdf.assertContains(statement.text());
            }
        }
        for (String eventId : tourEvents) {
            Event event = story.event(eventId).orElseThrow();
            pdf.assertContains(event.title());
        }
        assertTrue(pdf.pages >= 2, "answers on a page of their own");
        int answers = indexOfPageWith(pdf, "Answers: " + tour.title());
        assertTrue(answers > 0, "the answers do not start on the first page");
        for (int p = 0; p < answers; p++) {
            for (Actor side : story.actors()) {
                String questions = PdfPages.flat(pdf.pageTexts.get(p));
                String withoutInstructions = questions.replace(instructionsOf(story), "");
                assertFalse(
                        withoutInstructions.contains(PdfPages.flat(side.name() + " \u2014")),
                        "a question page names the side of a statement: " + side.name());
            }
        }
        String answerPages = PdfPages.flat(String.join(" ", pdf.pageTexts.subList(answers, pdf.pages)));
        for (Actor side : story.actors()) {
            assertTrue(answerPages.contains(PdfPages.flat(side.name())), "the answers name " + side.name());
        }
        assertEquals(List.of(), pdf.fontsNotEmbeddedAsSubsets, "fonts embedded as subsets");
        pdf.assertNothingRunsOffThePage();
    }

    private static String instructionsOf(Story story) {
        return PdfPages.flat("For each statement, write which side said it: "
                + String.join(", ", story.actors().stream().map(Actor::name).toList()) + ".");
    }

    private static int indexOfPageWith(PdfPages pdf, String text) {
        for (int p = 0; p < pdf.pages; p++) {
            if (PdfPages.flat(pdf.pageTexts.get(p)).contains(PdfPages.flat(text))) {
                return p;
            }
        }
        return -1;
    }

    @Test
    void theBundledWorksheetAsksWhoSaidNothingAtTheLeftOutSteps() throws IOException {
        PdfPages pdf = worksheet(load("stories/trump-putin-2017.json"));
        pdf.assertContains("Which side said nothing about this event? What did it leave out?");
        pdf.assertContains("Kremlin said nothing about this event");
        pdf.assertContains("White House said nothing about this event");
    }

    @Test
    void arabicIsShapedAndRightToLeftYetReadsBackAsWritten() throws IOException {
        Story story = load("stories/valid/lesson-ar.json");
        byte[] bytes = new PdfWriter().write(Worksheet.of(story, story.tours().get(0), ENGLISH));
        PdfPages pdf = new PdfPages(bytes);
        pdf.assertContains("يمكن الوثوق بالطلاب في اختيار ملابسهم.");
        pdf.assertContains("ارتفعت أسعار المطعم مرتين هذا العام.");
        assertFalse(pdf.text.contains("??"), "every Arabic letter has its glyph: " + pdf.text);
    }

    /**
     * In an Arabic window the worksheet's own words are Arabic too: the prompts were drawn unshaped, letter by letter
     * from left to right, until they were looked at; numbers and prompts now stand at the right.
     */
    @Test
    void anArabicWindowsWorksheetIsShapedAndRightToLeftToo() throws IOException {
        Story story = load("stories/valid/lesson-ar.json");
        DisplayDates arabic = new DisplayDates(Messages.of(Language.ARABIC));
        PdfPages pdf = new PdfPages(
                new PdfWriter().write(Worksheet.of(story, story.tours().get(0), arabic)));
        pdf.assertContains("من قال ذلك؟ " + story.tours().get(0).title());
        pdf.assertContainsAsDrawn("من قال ذلك؟");
        pdf.assertContainsAsDrawn("الإجابة:");
        pdf.assertContains("الإجابات: " + story.tours().get(0).title());
        assertFalse(pdf.text.contains("Who said it"), pdf.text);
        assertFalse(pdf.text.contains("??"), "every Arabic letter has its glyph: " + pdf.text);
        pdf.assertNothingRunsOffThePage();
    }

    /** Long words, many sides, a long story: pages break, words break, and nothing leaves the page. */
    @Test
    void aHostileStoryStaysOnThePage() throws IOException {
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            actors.add(new Actor("a" + i, "Side with a rather long name number " + i, "#000000"));
        }
        List<Statement> statements = new ArrayList<>();
        String longWord = "Supercalifragilistic".repeat(40);
        for (int i = 0; i < 50; i++) {
            statements.add(new Statement(
                    "s" + i,
                    "e",
                    "a" + (i % 6),
                    List.of("t"),
                    (i % 7 == 0 ? longWord : "Statement number " + i + " says a great deal. ").repeat(1 + i % 5),
                    i % 2 == 0 ? StatementKind.QUOTE : StatementKind.PARAPHRASE,
                    null,
                    null));
        }
        Story story = story("A long title ".repeat(20))
                .actors(actors)
                .topics(new Topic("t", "Topic", "#000000"))
                .events(event("e")
                        .titled("E".repeat(300))
                        .on("2017")
                        .topics("t")
                        .build())
                .statements(statements)
                .tours(new Tour("Tour", List.of(TourStep.of("e", "Caption ".repeat(50)))))
                .build();
        PdfPages pdf = worksheet(story);
        assertTrue(pdf.pages > 4, "pages: " + pdf.pages);
        pdf.assertContains("Statement number 48 says a great deal.");
        assertTrue(PdfPages.flat(pdf.text).replace(" ", "").contains(longWord), "a long word is broken, not cut");
        pdf.assertNothingRunsOffThePage();
    }

    @Test
    void writesTheFileAPdfReaderOpens() throws IOException {
        Path file = Files.createTempFile("worksheet", ".pdf");
        try {
            Story story = load("stories/valid/lesson-ru.json");
            Files.write(
                    file,
                    new PdfWriter().write(Worksheet.of(story, story.tours().get(0), ENGLISH)));
            byte[] head = new byte[5];
            System.arraycopy(Files.readAllBytes(file), 0, head, 0, 5);
            assertEquals("%PDF-", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
            new PdfPages(Files.readAllBytes(file)).assertContains("Одно собрание, два рассказа");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
