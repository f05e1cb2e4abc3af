package app.counterpoint.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpoint.model.StoryDate;
import org.junit.jupiter.api.Test;

class DisplayDatesTest {

    private static String shown(Language language, String iso) {
        return new DisplayDates(Messages.of(language)).format(StoryDate.parse(iso));
    }

    @Test
    void eachLanguageKeepsTheDatesPrecision() {
        assertEquals("2 May 2017", shown(Language.ENGLISH, "2017-05-02"));
        assertEquals("May 2017", shown(Language.ENGLISH, "2017-05"));
        assertEquals("2017", shown(Language.ENGLISH, "2017"));
        assertEquals("2. Mai 2017", shown(Language.GERMAN, "2017-05-02"));
        assertEquals("Mai 2017", shown(Language.GERMAN, "2017-05"));
        assertEquals("mai 2017", shown(Language.FRENCH, "2017-05"));
        assertEquals("2 de mayo de 2017", shown(Language.SPANISH, "2017-05-02"));
        assertEquals("2 мая 2017 г.", shown(Language.RUSSIAN, "2017-05-02"));
        assertEquals("май 2017 г.", shown(Language.RUSSIAN, "2017-05"));
        assertEquals("٢ مايو ٢٠١٧", shown(Language.ARABIC, "2017-05-02"));
    }

    @Test
    void yearsBeforeTheCommonEraInEachLanguagesForm() {
        assertEquals("15 March 44 BCE", shown(Language.ENGLISH, "-0043-03-15"));
        assertEquals("15. März 44 v. Chr.", shown(Language.GERMAN, "-0043-03-15"));
        assertEquals("15 mars 44 av. J.-C.", shown(Language.FRENCH, "-0043-03-15"));
        assertEquals("15 марта 44 г. до н. э.", shown(Language.RUSSIAN, "-0043-03-15"));
        assertEquals("١٥ مارس ٤٤ ق.م.", shown(Language.ARABIC, "-0043-03-15"));
        assertEquals("1 BCE", shown(Language.ENGLISH, "0000"));
        assertEquals("1 v. Chr.", new DisplayDates(Messages.of(Language.GERMAN)).year(0));
    }

    @Test
    void deepTimeKeepsTheStorysOwnTextsAndLongYearsAreGrouped() {
        for (Language language : Language.values()) {
            assertEquals("13.8 billion years ago", shown(language, "-13800000000"));
        }
        assertEquals("c. 10,000 BCE", shown(Language.GERMAN, "-9999~"));
        assertEquals(StoryDate.parse("+2500001").toDisplayString(), shown(Language.ENGLISH, "+2500001"));
        assertEquals("2.500.001", shown(Language.GERMAN, "+2500001"));
    }

    @Test
    void timesKeepTheirOffset() {
        assertEquals("2 May 2017, 14:30 UTC+03:00", shown(Language.ENGLISH, "2017-05-02T14:30+03:00"));
        assertEquals("٢ مايو ٢٠١٧، ١٤:٣٠ UTC+٠٣:٠٠", shown(Language.ARABIC, "2017-05-02T14:30+03:00"));
    }

    @Test
    void deepTime() {
        assertEquals("13.8 billion years ago", new DisplayDates(Messages.of(Language.ENGLISH)).yearsAgo(13.8e9));
        assertEquals("vor 13,8 Milliarden Jahren", new DisplayDates(Messages.of(Language.GERMAN)).yearsAgo(13.8e9));
        assertEquals("5 лет назад", new DisplayDates(Messages.of(Language.RUSSIAN)).yearsAgo(5));
        assertEquals("قبل ١٣٫٨ مليار سنة", new DisplayDates(Messages.of(Language.ARABIC)).yearsAgo(13.8e9));
    }
}
