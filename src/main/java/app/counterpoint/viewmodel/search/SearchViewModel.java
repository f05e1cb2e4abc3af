package app.counterpoint.viewmodel.search;

import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.text.TextRange;
import app.counterpoint.viewmodel.filter.FilterState;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * Where the search's text is found, and which of those places is current: F3 and Enter (Shift for back) step
 * through every match of the shown events in time order, within an event through its title, summary and the
 * statements the filter shows, selecting each event in turn so the comparison and the details show it. The views
 * only draw {@link #marksProperty()}.
 *
 * <p>Matches are found per event when needed, never for the whole story at once: a search for "a" in 100,000
 * events costs a step what one event's texts cost.
 */
public final class SearchViewModel {

    private final ReadOnlyObjectProperty<PreparedStory> story;
    private final ReadOnlyObjectProperty<FilterState> filter;
    private final ObservableList<Event> shownEvents;
    private final ObjectProperty<Event> selectedEvent;
    private final ReadOnlyObjectWrapper<SearchMarks> marks =
            new ReadOnlyObjectWrapper<>(this, "marks", SearchMarks.none());
    private final ReadOnlyStringWrapper matchText = new ReadOnlyStringWrapper(this, "matchText", "");
    private final ObjectProperty<Messages> messages =
            new SimpleObjectProperty<>(this, "messages", Messages.of(Language.ENGLISH));
    private SearchMatch described;
    /** Set while a step selects an event, so that the selection's change keeps the match the step chose. */
    private boolean stepping;

    /**
     * @param shownEvents the events the filter shows (the search among them), in time order
     */
    public SearchViewModel(
            ReadOnlyObjectProperty<PreparedStory> story,
            ReadOnlyObjectProperty<FilterState> filter,
            ObservableList<Event> shownEvents,
            ObjectProperty<Event> selectedEvent) {
        this.story = story;
        this.filter = filter;
        this.shownEvents = shownEvents;
        this.selectedEvent = selectedEvent;
        messages.addListener((Observable o) -> matchText.set(describe(query(), described)));
        filter.addListener((Observable o) -> startAtSelection());
        story.addListener((Observable o) -> startAtSelection());
        selectedEvent.addListener((Observable o) -> {
            if (!stepping) {
                startAtSelection();
            }
        });
    }

    /** The language of the line saying what the search found: the window binds it to View › Language. */
    public ObjectProperty<Messages> messagesProperty() {
        return messages;
    }

    /** The next match: on in this event, else the first of the next shown event that has one (round to the first). */
    public void next() {
        step(1);
    }

    /** The previous match: back in this event, else the last of the previous shown event (round to the last). */
    public void previous() {
        step(-1);
    }

    /** What to mark: the search and its current match. */
    public ReadOnlyObjectProperty<SearchMarks> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    /** "Match 2 of 5 in this event · event 3 of 40 found", "No event contains …", or empty without a search. */
    public ReadOnlyStringProperty matchTextProperty() {
        return matchText.getReadOnlyProperty();
    }

    /** The matches in one event, in reading order: its title, its summary, then the statements the filter shows. */
    public List<SearchMatch> matchesIn(Event event) {
        String query = query();
        PreparedStory prepared = story.get();
        if (query.isEmpty() || prepared == null || event == null) {
            return List.of();
        }
        SearchMarks finder = new SearchMarks(query, null);
        List<SearchMatch> found = new ArrayList<>();
        for (TextRange r : finder.inTitle(event)) {
            found.add(new SearchMatch(event, MatchPlace.TITLE, null, r));
        }
        for (TextRange r : finder.inSummary(event)) {
            found.add(new SearchMatch(event, MatchPlace.SUMMARY, null, r));
        }
        FilterState state = filter.get();
        for (Statement s : prepared.statementsAbout(event.id())) {
            if (state.shows(s)) {
                for (TextRange r : finder.inStatement(s)) {
                    found.add(new SearchMatch(event, MatchPlace.STATEMENT, s, r));
                }
            }
        }
        return found;
    }

    private String query() {
        return filter.get().searchText();
    }

    /** A new search, filter or selection: the current match is the selected event's first, if it has one. */
    private void startAtSelection() {
        List<SearchMatch> here = matchesIn(selectedEvent.get());
        publish(here.isEmpty() ? null : here.get(0));
    }

    private void step(int direction) {
        if (query().isEmpty() || shownEvents.isEmpty()) {
            return;
        }
        Event selected = selectedEvent.get();
        List<SearchMatch> here = matchesIn(selected);
        SearchMatch current = marks.get().current();
        int at = current == null ? -1 : here.indexOf(current);
        if (at >= 0 && at + direction >= 0 && at + direction < here.size()) {
            publish(here.get(at + direction));
            return;
        }
        if (at < 0 && !here.isEmpty()) {
            publish(direction > 0 ? here.get(0) : here.get(here.size() - 1));
            return;
        }
        int count = shownEvents.size();
        int from = selected == null ? (direction > 0 ? -1 : count) : shownEvents.indexOf(selected);
        if (from < 0 && selected != null) {
            from = direction > 0 ? -1 : count;
        }
        for (int i = 1; i <= count; i++) {
            Event event = shownEvents.get(Math.floorMod(from + direction * i, count));
            List<SearchMatch> matches = matchesIn(event);
            if (!matches.isEmpty()) {
                stepping = true;
                try {
                    selectedEvent.set(event);
                } finally {
                    stepping = false;
                }
                publish(direction > 0 ? matches.get(0) : matches.get(matches.size() - 1));
                return;
            }
        }
    }

    private void publish(SearchMatch current) {
        String query = query();
        marks.set(query.isEmpty() ? SearchMarks.none() : new SearchMarks(query, current));
        described = current;
        matchText.set(describe(query, current));
    }

    private String describe(String query, SearchMatch current) {
        if (query.isEmpty()) {
            return "";
        }
        Messages m = messages.get();
        int events = shownEvents.size();
        if (events == 0) {
            return m.text("search.none", query);
        }
        if (current == null) {
            return m.text("search.found", events);
        }
        List<SearchMatch> here = matchesIn(current.event());
        int match = here.indexOf(current) + 1;
        return events == 1
                ? m.text("search.matchInOnlyEvent", match, here.size())
                : m.text("search.match", match, here.size(), shownEvents.indexOf(current.event()) + 1, events);
    }
}
