package app.counterpoint.io.export;

import static app.counterpoint.fixture.EventBuilder.event;
import static app.counterpoint.fixture.StoryBuilder.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import app.counterpoint.io.export.pdf.PdfBlock;
import app.counterpoint.io.export.pdf.PdfContent;
import app.counterpoint.model.Actor;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Topic;
import app.counterpoint.model.Tour;
import app.counterpoint.model.TourStep;
import app.counterpoint.model.TourStepType;
import app.counterpoint.model.TourZoom;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The worksheet and the slideshow are written in the window's language: their own words, the events' dates (deep
 * time too) and the counts' plural forms. The story's texts are neutral tokens (Alpha, S1, Tau), so any English word
 * left in a translation is the exporter's own.
 */
class ExportsInEveryLanguageTest {

    /** Words of the exporters' English texts and dates that no translation uses ("Paraphrase" is French too). */
    private static final Pattern ENGLISH =
            Pattern.compile("(?i)\\b(who|said|side|sides|statement|write|answers?|every|event|nothing|worksheet|quote"
                    + "|from|above|words|others|years|ago|billion|million|step|of|mentioned|may|spoke|leave|left)\\b");

    private static final Story STORY = story("Story")
            .sources(new Source("src", "Src", "Pub", null, null, null))
            .actors(
                    new Actor("a1", "Alpha", "#112233"),
                    new Actor("a2", "Beta", "#445566"),
                    new Actor("a3", "Gamma", "#778899"))
            .topics(new Topic("t1", "Tau", "#000000"), new Topic("t2", "Rho", "#000000"))
            .events(
                    event("e1").titled("E1").on("2017-05-02").topics("t1").build(),
                    event("e2").titled("E2").on("-13800000000").topics("t2").build())
            .statements(List.of(
                    new Statement("s1", "e1", "a1", List.of("t1"), "S1", StatementKind.QUOTE, "src", null),
                    new Statement("s2", "e1", "a2", List.of("t1"), "S2", StatementKind.PARAPHRASE, null, null),
                    new Statement("s3", "e2", "a1", List.of("t2"), "S3", StatementKind.PARAPHRASE, null, null)))
            .tours(new Tour(
                    "Tour",
                    List.of(
                            TourStep.of("e1", "C1"),
                            TourStep.of("e1", null).withType(TourStepType.LEFT_OUT),
                            new TourStep("e2", "t2", null, TourZoom.EVENT, "C2", null, TourStepType.LEFT_OUT))))
            .build();

    private static DisplayDates dates(Language language) {
        return new DisplayDates(Messages.of(language));
    }

    /** Every text of the worksheet, headings, questions, prompts, title and footer, one a line. */
    private static String worksheet(Language language) {
        PdfContent content = Worksheet.of(STORY, STORY.tours().get(0), dates(language));
        List<String> texts = new ArrayList<>(List.of(content.title(), content.footer()));
        for (PdfBlock block : content.blocks()) {
            if (block instanceof PdfBlock.Heading h) {
                texts.add(h.text());
            } else if (block instanceof PdfBlock.Paragraph p) {
                texts.add(p.text());
            } else if (block instanceof PdfBlock.Question q) {
                texts.add(q.number() + " " + q.text());
                if (q.prompt() != null) {
                    texts.add(q.prompt());
                }
            }
        }
        return String.join("\n", texts);
    }

    private static List<String> englishLeftIn(String text) {
        List<String> left = new ArrayList<>();
        Matcher m = ENGLISH.matcher(text);
        while (m.find()) {
            left.add(m.group());
        }
        return left;
    }

    @Test
    void theEnglishWorksheetReadsAsBefore() {
        String english = worksheet(Language.ENGLISH);
        assertTrue(english.contains("Who said it? Tour"), english);
        assertTrue(english.contains("For each statement, write which side said it: Alpha, Beta, Gamma."), english);
        assertTrue(english.contains("E1 \u00B7 2 May 2017"), english);
        assertTrue(english.contains("E2 \u00B7 13.8 billion years ago"), english);
        assertTrue(english.contains("Gamma said nothing about this event;"), english);
        assertTrue(english.contains("Beta, Gamma said nothing on Rho;"), english);
        assertTrue(english.contains("Alpha \u2014 Quote, from Src (Pub): \u201CS1\u201D"), english);
        assertTrue(english.contains("Worksheet: Tour"), english);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void theWorksheetIsWrittenInTheWindowsLanguage(Language language) {
        String text = worksheet(language);
        assertEquals(List.of(), englishLeftIn(text), text);
        assertNotEquals(worksheet(Language.ENGLISH), text);
        DisplayDates dates = dates(language);
        assertTrue(text.contains(dates.format(StoryDate.parse("2017-05-02"))), text);
        assertTrue(text.contains(dates.format(StoryDate.parse("-13800000000"))), text);
        assertTrue(text.contains(Messages.of(language).text("worksheet.whoSaidIt")), text);
        assertTrue(text.contains(Messages.of(language).text("statement.kind.quote")), text);
        assertTrue(text.contains(Messages.of(language).text("worksheet.number", 1)), text);
    }

    /** One side said nothing about the event, two said nothing on Rho: the verb agrees with the count. */
    @Test
    void whoSaidNothingAgreesWithHowManySides() {
        String german = worksheet(Language.GERMAN);
        assertTrue(german.contains("Gamma hat zu diesem Ereignis nichts gesagt"), german);
        assertTrue(german.contains("Beta, Gamma haben zum Thema Rho nichts gesagt"), german);
        String russian = worksheet(Language.RUSSIAN);
        assertTrue(russian.contains("Сторона Gamma ничего не сказала об этом событии"), russian);
        assertTrue(russian.contains("Стороны Beta, Gamma ничего не сказали на тему «Rho»"), russian);
        String french = worksheet(Language.FRENCH);
        assertTrue(french.contains("Gamma n’a rien dit de cet événement"), french);
        assertTrue(french.contains("Beta, Gamma n’ont rien dit sur le thème Rho"), french);
        String spanish = worksheet(Language.SPANISH);
        assertTrue(spanish.contains("Gamma no dijo nada sobre este acontecimiento"), spanish);
        assertTrue(spanish.contains("Beta, Gamma no dijeron nada sobre el tema Rho"), spanish);
        String arabic = worksheet(Language.ARABIC);
        assertTrue(arabic.contains("لم يقل Gamma شيئًا عن هذا الحدث"), arabic);
        assertTrue(arabic.contains("لم يقل الطرفان Beta، Gamma شيئًا في موضوع «Rho»"), arabic);
        assertTrue(arabic.contains("١. "), "Arabic numbers its questions in its own digits: " + arabic);
    }

    private static Document slideshow(Language language) {
        return Jsoup.parse(TourSlideshow.html(STORY, STORY.tours().get(0), dates(language)));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theSlideshowIsWrittenInTheWindowsLanguageAndDirection(Language language) {
        Document page = slideshow(language);
        Messages messages = Messages.of(language);
        assertEquals(language.locale().getLanguage(), page.select("html").attr("lang"));
        assertEquals(
                language.isRightToLeft() ? "rtl" : "ltr", page.select("html").attr("dir"));
        List<Element> slides = page.select("section.slide");
        assertEquals(3, slides.size());
        assertEquals(messages.text("slideshow.slide", 2, 3), slides.get(1).attr("aria-label"));
        assertEquals(messages.text("slideshow.step", 3, 3), slides.get(2).attr("data-step"));
        String shown = page.select("title").text() + "\n"
                + page.select("section.slide").text();
        assertTrue(shown.contains(dates(language).format(StoryDate.parse("2017-05-02"))), shown);
        assertTrue(shown.contains(dates(language).format(StoryDate.parse("-13800000000"))), shown);
        assertTrue(shown.contains(messages.text("compare.notMentioned")), shown);
        if (language != Language.ENGLISH) {
            assertEquals(List.of(), englishLeftIn(shown), shown);
        }
    }

    @Test
    void arabicStepsAreCountedInArabicDigits() {
        Document page = slideshow(Language.ARABIC);
        assertEquals("٣ / ٣", page.select("section.slide").get(2).attr("data-step"));
        assertFalse(
                page.html().contains("border-left"),
                "the side's colour stands at the start of the line, right in Arabic");
    }
}
