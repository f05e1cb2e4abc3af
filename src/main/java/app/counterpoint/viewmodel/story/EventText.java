package app.counterpoint.viewmodel.story;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.model.Event;

/** How an event is named wherever one line must name it: the comparison, presenting, the handout, the links. */
public final class EventText {

    private EventText() {}

    /** "Trump and Putin speak by phone · 2 May 2017": the title, then the date at its own precision as {@code dates} write it. */
    public static String heading(Event event, DisplayDates dates) {
        return event.title() + " \u00B7 " + dates.range(event.start(), event.end());
    }
}
