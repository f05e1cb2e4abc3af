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
    void deepTimeIsToldInEachLanguageAndLongYearsAreGrouped() {
        assertEquals("13.8 billion years ago", shown(Language.ENGLISH, "-13800000000"));
        assertEquals("vor 13,8 Milliarden Jahren", shown(Language.GERMAN, "-13800000000"));
        assertEquals("il y a 13,8 milliards d’années", shown(Language.FRENCH, "-13800000000"));
        assertEquals("hace 13,8 mil millones de años", shown(Language.SPANISH, "-13800000000"));
        assertEquals("13,8 млрд лет назад", shown(Language.RUSSIAN, "-13800000000"));
        assertEquals("قبل ١٣٫٨ مليار سنة", shown(Language.ARABIC, "-13800000000"));
        assertEquals("c. 10,000 BCE", shown(Language.ENGLISH, "-9999~"));
        assertEquals("um 10.000 v. Chr.", shown(Language.GERMAN, "-9999~"));
        assertEquals(StoryDate.parse("+2500001").toDisplayString(), shown(Language.ENGLISH, "+2500001"));
        assertEquals("2.500.001", shown(Language.GERMAN, "+2500001"));
    }

    /** Every coarse date a story may hold reads in English exactly as the story's own text ({@code YearText}). */
    @Test
    void englishDeepTimeIsTheStorysOwnText() {
        for (String iso : new String[] {
            "-13800000000",
            "-540000000",
            "-65500000~",
            "-1234567000~",
            "+2000000000",
            "+1500000",
            "-9999~",
            "-4999~",
            "+12000~",
            "-2500000"
        }) {
            StoryDate date = StoryDate.parse(iso);
            assertEquals(date.toDisplayString(), new DisplayDates(Messages.of(Language.ENGLISH)).format(date), iso);
        }
    }

    /** The number decides the word: one billion, one million, then plurals; Russian abbreviates, Arabic counts. */
    @Test
    void deepTimeWordsAgreeWithTheirNumber() {
        assertEquals("vor 1 Milliarde Jahren", ago(Language.GERMAN, 1e9));
        assertEquals("vor 1,5 Milliarden Jahren", ago(Language.GERMAN, 1.5e9));
        assertEquals("vor 1 Million Jahren", ago(Language.GERMAN, 1e6));
        assertEquals("vor 540 Millionen Jahren", ago(Language.GERMAN, 540e6));
        assertEquals("il y a 1,5 milliard d’années", ago(Language.FRENCH, 1.5e9));
        assertEquals("il y a 540 millions d’années", ago(Language.FRENCH, 540e6));
        assertEquals("hace 1 millón de años", ago(Language.SPANISH, 1e6));
        assertEquals("hace 540 millones de años", ago(Language.SPANISH, 540e6));
        assertEquals("540 млн лет назад", ago(Language.RUSSIAN, 540e6));
        assertEquals("900 000 лет назад", ago(Language.RUSSIAN, 900_000).replace('\u00a0', ' '));
        assertEquals("قبل ٥ مليارات سنة", ago(Language.ARABIC, 5e9));
        assertEquals("قبل ٥٤٠ مليون سنة", ago(Language.ARABIC, 540e6));
        // a step of the axis far from a round number keeps its digits: 1.001 billion is not "1 billion"
        assertEquals("1.001 billion years ago", ago(Language.ENGLISH, 1.001e9));
    }

    private static String ago(Language language, double years) {
        return new DisplayDates(Messages.of(language)).yearsAgo(years);
    }

    @Test
    void yearsFromNowAndAboutAYearInEachLanguage() {
        assertEquals("2 billion years from now", shown(Language.ENGLISH, "+2000000000"));
        assertEquals("in 2 Milliarden Jahren", shown(Language.GERMAN, "+2000000000"));
        assertEquals("dans 2 milliards d’années", shown(Language.FRENCH, "+2000000000"));
        assertEquals("dentro de 2 mil millones de años", shown(Language.SPANISH, "+2000000000"));
        assertEquals("через 2 млрд лет", shown(Language.RUSSIAN, "+2000000000"));
        assertEquals("بعد ٢ مليار سنة", shown(Language.ARABIC, "+2000000000"));
        assertEquals("vers 10 000 av. J.-C.", shown(Language.FRENCH, "-9999~").replaceAll("[\u00a0\u202f]", " "));
        assertEquals("hacia el 10.000 a. C.", shown(Language.SPANISH, "-9999~"));
        assertEquals("ок. 10 000 г. до н. э.", shown(Language.RUSSIAN, "-9999~").replaceAll("[\u00a0\u202f]", " "));
        assertEquals("حوالي ٥٠٠٠ ق.م.", shown(Language.ARABIC, "-4999~"));
        assertEquals("um 5000 v. Chr.", shown(Language.GERMAN, "-4999~"));
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
