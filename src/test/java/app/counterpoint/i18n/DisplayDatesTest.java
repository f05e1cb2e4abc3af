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

    private static String span(Language language, String start, String end) {
        // ICU sets the dash between thin or no-break spaces: compared as plain spaces
        return new DisplayDates(Messages.of(language))
                .range(StoryDate.parse(start), StoryDate.parse(end))
                .replaceAll("[\\u2009\\u202f\\u00a0]", " ");
    }

    @Test
    void aSpanOfDaysOrMonthsSaysWhatBothEndsShareOnce() {
        // a presenter's header at 1024x768 wrapped "13 January 2020 – 15 January 2020" onto two lines
        assertEquals("13\u201315 January 2020", span(Language.ENGLISH, "2020-01-13", "2020-01-15"));
        assertEquals("13 January \u2013 2 February 2020", span(Language.ENGLISH, "2020-01-13", "2020-02-02"));
        assertEquals("28 December 2019 \u2013 3 January 2020", span(Language.ENGLISH, "2019-12-28", "2020-01-03"));
        assertEquals("May \u2013 July 2017", span(Language.ENGLISH, "2017-05", "2017-07"));
        String german = span(Language.GERMAN, "2020-01-13", "2020-01-15");
        assertEquals(1, german.split("Januar", -1).length - 1, german);
        String arabic = span(Language.ARABIC, "2020-01-13", "2020-01-15");
        assertEquals(true, arabic.contains("\u0661\u0663") && !arabic.contains("13"), arabic);
    }

    @Test
    void aSpanOfMixedPrecisionsOrBeforeTheGregorianCalendarNamesEachEndWhole() {
        assertEquals("May 2017 \u2013 2 June 2017", span(Language.ENGLISH, "2017-05", "2017-06-02"));
        assertEquals("15 March 44 BCE \u2013 17 March 44 BCE", span(Language.ENGLISH, "-0043-03-15", "-0043-03-17"));
        assertEquals("2 May 1500 \u2013 4 May 1500", span(Language.ENGLISH, "1500-05-02", "1500-05-04"));
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
