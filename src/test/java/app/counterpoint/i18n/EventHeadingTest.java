package app.counterpoint.i18n;

import static app.counterpoint.fixture.EventBuilder.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An event's heading: its title, then its date as the window writes it. */
class EventHeadingTest {

    private static final DisplayDates ENGLISH = new DisplayDates(Messages.of(Language.ENGLISH));

    @Test
    void aTitleAndItsDate() {
        assertEquals(
                "Phone call \u00B7 2 May 2017",
                ENGLISH.heading(event("e").titled("Phone call").on("2017-05-02").build()));
    }

    @Test
    void afterAnArabicTitleAnEnglishDateIsMarkedLeftToRightSoItReadsAsOneUnit() {
        assertEquals(
                "اجتماع المجلس \u00B7 \u200E12 March 2024",
                ENGLISH.heading(
                        event("e").titled("اجتماع المجلس").on("2024-03-12").build()));
        DisplayDates arabic = new DisplayDates(Messages.of(Language.ARABIC));
        String heading = arabic.heading(
                event("e").titled("اجتماع المجلس").on("2024-03-12").build());
        assertEquals(-1, heading.indexOf('\u200E'), "an Arabic date needs no mark: " + heading);
    }

    @Test
    void inArabicTheTitleAndTheDateAreSeparatedByACommaNotADotThatReadsAsAZero() {
        DisplayDates arabic = new DisplayDates(Messages.of(Language.ARABIC));
        assertEquals(
                "اجتماع المجلس، ١٢ مارس ٢٠٢٤",
                arabic.heading(
                        event("e").titled("اجتماع المجلس").on("2024-03-12").build()));
    }
}
