package app.counterpoint.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static String summary(Language language, int events, int statements) {
        return Messages.of(language).text("status.summary", events, statements);
    }

    @Test
    void englishCountsOneAndOther() {
        assertEquals("1 event, 1 statement", summary(Language.ENGLISH, 1, 1));
        assertEquals("5 events, 12 statements", summary(Language.ENGLISH, 5, 12));
    }

    @Test
    void russianPluralsFollowTheLastDigits() {
        assertEquals("1 событие, 21 высказывание", summary(Language.RUSSIAN, 1, 21));
        assertEquals("3 события, 22 высказывания", summary(Language.RUSSIAN, 3, 22));
        assertEquals("5 событий, 11 высказываний", summary(Language.RUSSIAN, 5, 11));
        assertEquals("111 событий, 104 высказывания", summary(Language.RUSSIAN, 111, 104));
    }

    @Test
    void arabicHasSixFormsAndArabicIndicDigits() {
        assertEquals("لا أحداث، تصريح واحد", summary(Language.ARABIC, 0, 1));
        assertEquals("حدثان، ٣ تصريحات", summary(Language.ARABIC, 2, 3));
        assertEquals("١١ حدثًا، ١٠٠ تصريح", summary(Language.ARABIC, 11, 100));
    }

    @Test
    void germanAndFrenchWordsTheirOwnWay() {
        assertEquals(
                "3 von 40 Ereignissen angezeigt", Messages.of(Language.GERMAN).text("status.filtered", 3, 40));
        assertEquals("0 événement, 1 déclaration", summary(Language.FRENCH, 0, 1));
        assertEquals("Text Size (125%)", Messages.of(Language.ENGLISH).text("menu.view.textSize", 1.25));
        assertEquals("Schriftgröße (125\u00a0%)", Messages.of(Language.GERMAN).text("menu.view.textSize", 1.25));
    }

    @Test
    void theTerminalsLanguageFollowsPosixOrder() {
        assertEquals(Language.RUSSIAN, Language.fromEnvironment(Map.of("LANG", "ru_RU.UTF-8")));
        assertEquals(Language.GERMAN, Language.fromEnvironment(Map.of("LANG", "ru_RU.UTF-8", "LC_MESSAGES", "de_DE")));
        assertEquals(
                Language.ARABIC,
                Language.fromEnvironment(Map.of("LC_ALL", "ar_JO.UTF-8", "LC_MESSAGES", "de_DE", "LANG", "fr")));
        assertEquals(Language.ENGLISH, Language.fromEnvironment(Map.of("LANG", "C.UTF-8")));
        assertEquals(Language.ENGLISH, Language.fromEnvironment(Map.of("LANG", "ja_JP.UTF-8")));
        assertEquals(Language.ENGLISH, Language.fromEnvironment(Map.of()));
    }
}
