package app.counterpoint.viewmodel.events;

import app.counterpoint.model.Event;

/**
 * One line of the Events list: the event's date as the window writes it, its title, topics and sides by name, and
 * how many of its statements the filter shows. {@code startSecond} sorts the dates in time order, not as text.
 */
public record EventRow(
        Event event, String date, double startSecond, String title, String topics, String sides, int statements) {

    /** What a screen reader says of the line: "Phone call, 2 May 2017, Syria, 6 statements". */
    public String spoken(String statementsText) {
        return title + ", " + date + (topics.isEmpty() ? "" : ", " + topics) + ", " + statementsText;
    }
}
