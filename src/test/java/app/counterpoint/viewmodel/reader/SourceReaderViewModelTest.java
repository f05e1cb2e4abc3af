package app.counterpoint.viewmodel.reader;

import static app.counterpoint.fixture.EventBuilder.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.io.StoryReader;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Event;
import app.counterpoint.model.Excerpt;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.MainViewModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceReaderViewModelTest {

    private static final String TEXT = "Headline of the day\n\n"
            + "The White House said the call was \u201Cvery good\u201D.\n"
            + "The Kremlin said the two leaders had emphasised   coordinating their actions to fight terrorism.\n"
            + "\n"
            + "Later, the White House said the call was very good again.\n";

    private static final Actor WH = new Actor("wh", "White House", "#1F5FAD");
    private static final Actor KR = new Actor("kr", "Kremlin", "#C0392B");

    private final MainViewModel main = new MainViewModel(new StoryReader(), Runnable::run, Runnable::run);
    private final SourceReaderViewModel reader = main.reader();

    private static Statement statement(
            String id, String event, Actor actor, String text, StatementKind kind, Excerpt e) {
        return new Statement(id, event, actor.id(), List.of("t"), text, kind, "a", null, e);
    }

    private static Story story(List<Statement> statements) {
        Source article = new Source("a", "The article", "Paper", null, null, null, TEXT, null, null);
        return new Story(
                "S",
                null,
                List.of(article, new Source("bare", "No text", null, null, null, null)),
                List.of(WH, KR),
                List.of(new Topic("t", "Topic", "#E69F00")),
                List.of(
                        event("e1")
                                .titled("Call")
                                .on("2017-05-02")
                                .topics("t")
                                .sources("a")
                                .build(),
                        event("e2")
                                .titled("Later")
                                .on("2017-05-03")
                                .topics("t")
                                .sources("a")
                                .build()),
                statements);
    }

    private static final Statement VERY_GOOD = statement(
            "good", "e1", WH, "very good", StatementKind.QUOTE, new Excerpt("very good", "call was ", "\u201D."));
    private static final Statement COORDINATING = statement(
            "coord",
            "e1",
            KR,
            "The two leaders had emphasised coordinating their actions",
            StatementKind.PARAPHRASE,
            new Excerpt("the two leaders had emphasised coordinating their actions to fight terrorism", null, null));
    private static final Statement AGAIN = statement(
            "again", "e2", WH, "very good", StatementKind.QUOTE, new Excerpt("very good", "call was ", " again"));

    private List<ReaderParagraph> open(Statement shown, Statement... all) {
        main.show("s.json", story(List.of(all)));
        reader.show(shown);
        return reader.paragraphs();
    }

    private static String marked(ReaderParagraph p, ReaderHighlight h) {
        return p.text().substring(h.range().start(), h.range().end());
    }

    @Test
    void marksThePassageByItsExcerptInItsSidesColourAndScrollsToItsParagraph() {
        List<ReaderParagraph> paragraphs = open(VERY_GOOD, VERY_GOOD, COORDINATING, AGAIN);
        assertTrue(reader.isOpen());
        assertEquals(4, paragraphs.size(), "blank lines are no paragraphs");
        assertEquals("Headline of the day", paragraphs.get(0).text());
        assertEquals(1, reader.currentParagraphProperty().get());
        ReaderParagraph p = paragraphs.get(1);
        assertEquals(1, p.highlights().size());
        ReaderHighlight h = p.highlights().get(0);
        assertEquals("very good", marked(p, h));
        assertTrue(h.current());
        assertEquals("#1F5FAD", h.color());
        assertEquals("very good", reader.passageProperty().get());
        assertEquals("\u201Cvery good\u201D", reader.ownWordsProperty().get());
        assertEquals("White House", reader.speakerProperty().get());
        assertEquals("The article \u2014 Paper", reader.sourceTitleProperty().get());
        assertEquals("", reader.messageProperty().get());
    }

    @Test
    void theSameWordsElsewhereAreToldApartByTheExcerptsSuffix() {
        List<ReaderParagraph> paragraphs = open(AGAIN, VERY_GOOD, COORDINATING, AGAIN);
        assertEquals(3, reader.currentParagraphProperty().get());
        ReaderHighlight there = paragraphs.get(3).highlights().get(0);
        assertTrue(there.current());
        assertEquals("again", there.statementId());
        ReaderHighlight first = paragraphs.get(1).highlights().get(0);
        assertFalse(first.current(), "the other statement from the source is marked faintly");
        assertEquals("good", first.statementId());
    }

    @Test
    void otherSidesPassagesAreMarkedInTheirOwnColourAndAParaphraseShowsBesideItsWords() {
        List<ReaderParagraph> paragraphs = open(COORDINATING, VERY_GOOD, COORDINATING, AGAIN);
        assertEquals(2, reader.currentParagraphProperty().get());
        ReaderParagraph p = paragraphs.get(2);
        ReaderHighlight h = p.highlights().get(0);
        assertEquals("#C0392B", h.color());
        assertEquals(
                "the two leaders had emphasised   coordinating their actions to fight terrorism",
                marked(p, h),
                "the excerpt is found across the source's own spacing");
        assertEquals(
                "The two leaders had emphasised coordinating their actions",
                reader.ownWordsProperty().get());
        assertEquals(marked(p, h), reader.passageProperty().get());
        assertFalse(paragraphs.get(1).highlights().get(0).current());
        assertEquals("#1F5FAD", paragraphs.get(1).highlights().get(0).color());
    }

    @Test
    void withoutAnExcerptTheQuotesOwnWordsAreLookedFor() {
        Statement plain = statement("plain", "e1", KR, "fight terrorism", StatementKind.QUOTE, null);
        List<ReaderParagraph> paragraphs = open(plain, plain);
        assertEquals(2, reader.currentParagraphProperty().get());
        assertEquals(
                "fight terrorism",
                marked(paragraphs.get(2), paragraphs.get(2).highlights().get(0)));
    }

    @Test
    void theReadersMessageIsInTheWindowsLanguageAndFollowsAChange() {
        Statement missing = statement("x", "e1", KR, "words nobody wrote", StatementKind.QUOTE, null);
        open(missing, missing);
        main.language().languageProperty().set(app.counterpoint.i18n.Language.GERMAN);
        assertEquals(
                "Diese Worte stehen nicht im Text der Quelle; die Aussage hat keinen Auszug, über den sie sich finden"
                        + " ließen.",
                reader.messageProperty().get());
        assertEquals(4, reader.paragraphs().size(), "the same statement, still open");
    }

    @Test
    void wordsNotInTheSourceOrASourceWithoutTextSaySo() {
        Statement missing = statement("x", "e1", KR, "words nobody wrote", StatementKind.QUOTE, null);
        open(missing, missing);
        assertEquals(-1, reader.currentParagraphProperty().get());
        assertEquals(4, reader.paragraphs().size(), "the text is still there to read");
        assertTrue(reader.messageProperty().get().contains("not in the source's text"));

        Statement bare = new Statement("b", "e1", "kr", List.of("t"), "words", StatementKind.QUOTE, "bare", null);
        open(bare, bare);
        assertTrue(reader.paragraphs().isEmpty());
        assertTrue(reader.messageProperty().get().contains("does not carry the text of \u201CNo text\u201D"));
    }

    @Test
    void choosingAMarkSelectsThatStatementAndItsEvent() {
        open(VERY_GOOD, VERY_GOOD, COORDINATING, AGAIN);
        Optional<String> at =
                reader.statementAt(3, reader.paragraphs().get(3).text().indexOf("very"));
        assertEquals(Optional.of("again"), at);
        assertEquals(Optional.empty(), reader.statementAt(3, 0), "no mark at the paragraph's start");
        reader.select(at.get());
        assertEquals("e2", main.selectedEventProperty().get().id());
        assertEquals("again", reader.statementProperty().get().id());
        assertEquals(3, reader.currentParagraphProperty().get());
        assertTrue(reader.paragraphs().get(3).highlights().get(0).current());
    }

    @Test
    void sSteppingVisitsTheEventsStatementsThenCloses() {
        main.show("s.json", story(List.of(VERY_GOOD, COORDINATING, AGAIN)));
        Event call = main.preparedStoryProperty().get().event("e1").orElseThrow();
        reader.showNextAbout(call);
        assertEquals("good", reader.statementProperty().get().id());
        reader.showNextAbout(call);
        assertEquals("coord", reader.statementProperty().get().id());
        reader.showNextAbout(call);
        assertFalse(reader.isOpen());
    }

    @Test
    void anotherStoryClosesTheReader() {
        open(VERY_GOOD, VERY_GOOD);
        main.show("other.json", story(List.of(COORDINATING)));
        assertFalse(reader.isOpen());
    }

    @Test
    void everyStatementOfTheBundledStoryHasItsPassageInTheReader() {
        main.openBundledStory();
        Story bundled = main.storyProperty().get();
        assertEquals(14, bundled.statements().size());
        for (Statement s : bundled.statements()) {
            reader.show(s);
            int at = reader.currentParagraphProperty().get();
            assertTrue(at >= 0, s.id() + " has no passage");
            assertTrue(
                    reader.paragraphs().get(at).highlights().stream()
                            .anyMatch(h -> h.current() && h.statementId().equals(s.id())),
                    s.id());
            assertEquals("", reader.messageProperty().get());
        }
    }

    @Test
    void aLongSourceIsSplitAndMarkedQuickly() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            text.append("Paragraph ").append(i).append(" says something about the talks today.\n\n");
        }
        assertTrue(text.length() > 100_000);
        List<int[]> lines = SourceReaderViewModel.lines(text.toString());
        assertEquals(2000, lines.size());
        assertEquals(
                "Paragraph 1999 says something about the talks today.",
                text.substring(lines.get(1999)[0], lines.get(1999)[1]));
    }
}
