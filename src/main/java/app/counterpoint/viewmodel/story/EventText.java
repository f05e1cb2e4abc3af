package app.counterpoint.viewmodel.story;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.model.Event;
import app.counterpoint.text.RightToLeftScripts;

/** How an event is named wherever one line must name it: the comparison, presenting, the handout, the links. */
public final class EventText {

    /**
     * The separator between a title and its date, and in other short lines: " · ", but in Arabic "، ", as a middle
     * dot beside Arabic-Indic digits reads as a zero ("١٢ · مارس" as "١٢٠ مارس").
     */
    public static final String SEPARATOR = "text.separator";

    private EventText() {}

    /** "Trump and Putin speak by phone · 2 May 2017": the title, then the date at its own precision as {@code dates} write it. */
    public static String heading(Event event, DisplayDates dates) {
        String date = dates.range(event.start(), event.end());
        String separator = dates.messages().text(SEPARATOR);
        // after a title in Arabic or Hebrew, a left-to-right mark before a date written left to right makes it read as
        // one unit, "12 March 2024", not "March 2024 12" as the bidirectional algorithm orders its numbers and words
        // (JavaFX 21 draws the isolate marks FSI/PDI as boxes; the zero-width mark it draws as nothing)
        return RightToLeftScripts.hasLetters(event.title()) && !RightToLeftScripts.hasLetters(date)
                ? event.title() + separator + "\u200E" + date
                : event.title() + separator + date;
    }
}
