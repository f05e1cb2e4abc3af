package app.counterpoint.viewmodel.compare;

import app.counterpoint.model.Event;

/** A statement listed outside the comparison table, with the event it is about: "2 May 2017 · Phone call". */
public record StatementListing(Event event, ComparisonEntry entry) {

    /** When it was said: the statement's own date when the story gives one, else the event's. */
    public String dateText() {
        var said = entry.statement().date();
        var dates = new app.counterpoint.i18n.DisplayDates(entry.messages());
        return said != null ? dates.format(said) : dates.range(event.start(), event.end());
    }

    /** The line above the statement: "2 May 2017 · Phone call". */
    public String heading() {
        return entry.messages().text("listing.heading", dateText(), event.title());
    }
}
