package app.counterpoint.viewmodel.story;

import static app.counterpoint.fixture.EventBuilder.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import org.junit.jupiter.api.Test;

/** An event's heading: its title, then its date as the window writes it. */
class EventTextTest {

    private static final DisplayDates ENGLISH = new DisplayDates(Messages.of(Language.ENGLISH));

    @Test
    void aTitleAndItsDate() {
        assertEquals(
                "Phone call \u00B7 2 May 2017",
                EventText.heading(
                        event("e").titled("Phone call").on("2017-05-02").build(), ENGLISH));
    }

    @Test
    void afterAnArabicTitleAnEnglishDateIsMarkedLeftToRightSoItReadsAsOneUnit() {
        assertEquals(
                "اجتماع المجلس \u00B7 \u200E12 March 2024",
                EventText.heading(
                        event("e").titled("اجتماع المجلس").on("2024-03-12").build(), ENGLISH));
        DisplayDates arabic = new DisplayDates(Messages.of(Language.ARABIC));
        String heading = EventText.heading(
                event("e").titled("اجتماع المجلس").on("2024-03-12").build(), arabic);
        assertEquals(-1, heading.indexOf('\u200E'), "an Arabic date needs no mark: " + heading);
    }

    @Test
    void inArabicTheTitleAndTheDateAreSeparatedByACommaNotADotThatReadsAsAZero() {
        DisplayDates arabic = new DisplayDates(Messages.of(Language.ARABIC));
        assertEquals(
                "اجتماع المجلس، ١٢ مارس ٢٠٢٤",
                EventText.heading(
                        event("e").titled("اجتماع المجلس").on("2024-03-12").build(), arabic));
    }
}
