package app.counterpoint.viewmodel.events;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.model.Event;
import app.counterpoint.viewmodel.common.DeferredRebuild;
import app.counterpoint.viewmodel.common.SwappedList;
import app.counterpoint.viewmodel.common.WindowDates;
import app.counterpoint.viewmodel.filter.FilterState;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.collections.transformation.TransformationList;

/**
 * The Events list: the events the filter shows, in time order, one row each (date as shown, title, topics, sides,
 * statement count), for a keyboard or a screen reader to work through. It follows the shared filter and the shared
 * selection, and choosing a row selects its event everywhere.
 */
public final class EventsListViewModel {

    private final ObservableValue<PreparedStory> story;
    private final ObservableValue<FilterState> filter;
    /** The events the filter lets through, when given: null to test every event here. */
    private final TransformationList<Event, Event> shownEvents;

    private final ObjectProperty<Event> selected;
    private final ObjectProperty<DisplayDates> dates = WindowDates.property(this);
    private final SwappedList<EventRow> rows = new SwappedList<>();
    private final DeferredRebuild deferred = new DeferredRebuild(this, this::rebuild);
    /** Every event's row of the story shown, in the language shown: written once, picked from by each filter. */
    private StoryRows storyRows;
    /** The filter the rows were last picked by. */
    private FilterState builtFilter;

    /**
     * @param shownEvents the events {@code filter} lets through, filtering the story's events in time order, set
     *                    before {@code filter} and {@code story} change: the rows are picked by it, the events not
     *                    looked at again
     */
    public EventsListViewModel(
            ObservableValue<PreparedStory> story,
            ObservableValue<FilterState> filter,
            TransformationList<Event, Event> shownEvents,
            ObjectProperty<Event> selected) {
        this.story = story;
        this.shownEvents = shownEvents;
        this.filter = filter;
        this.selected = selected;
        story.addListener((Observable o) -> deferred.request());
        filter.addListener((Observable o) -> deferred.request());
        dates.addListener((Observable o) -> deferred.request());
        deferred.request();
    }

    /**
     * Whether anyone is looking: while its tab is hidden, an edit, a filter change or another language skips the
     * rows (writing 100,000 events' dates took seconds of every edit on a big story) until the list is shown.
     */
    public BooleanProperty activeProperty() {
        return deferred.activeProperty();
    }

    /** How dates, names and counts are written: the window binds it to View › Language. */
    public ObjectProperty<DisplayDates> datesProperty() {
        return dates;
    }

    /** The shown events' rows, in time order. */
    public ObservableList<EventRow> rows() {
        return rows;
    }

    /**
     * The row of the selected event, or null when it is not shown (or none is selected): found by the event's place
     * in time order, not by looking through the rows.
     */
    public EventRow selectedRow() {
        Event e = selected.get();
        if (e == null || storyRows == null || rows.isEmpty()) {
            return null;
        }
        int place = storyRows.placeOf(e);
        if (place < 0 || (builtFilter != null && !builtFilter.shows(storyRows.event(place)))) {
            return null;
        }
        return storyRows.shown(place, builtFilter);
    }

    /** The event selected everywhere: the timeline, the comparison, the details. */
    public ObjectProperty<Event> selectedEventProperty() {
        return selected;
    }

    /** Choosing a row selects its event in every view. */
    public void choose(EventRow row) {
        if (row != null
                && (selected.get() == null
                        || !selected.get().id().equals(row.event().id()))) {
            selected.set(row.event());
        }
    }

    /** "6 statements", in the window's language. */
    public String statementsText(EventRow row) {
        return dates.get().messages().text("events.statements", row.statements());
    }

    /**
     * The rows of the events the shared filtered list shows, read off its places in the story's time order: the
     * filter has already looked at every event once. Null when that list is not of the story the rows are of.
     * {@code ShownStory} changes the list before the story, so the two are in step whenever their sizes agree; the
     * first and last shown events are checked as well (checking every one was a large share of a filter change at 1,000,000 events).
     */
    private List<EventRow> pickedByShownEvents(FilterState state) {
        int count = shownEvents == null ? 0 : shownEvents.size();
        if (shownEvents == null
                || shownEvents.getSource().size() != storyRows.size()
                || (count > 0 && !inStep(0))
                || (count > 1 && !inStep(count - 1))) {
            return null;
        }
        List<EventRow> picked = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            picked.add(storyRows.shown(shownEvents.getSourceIndex(i), state));
        }
        return picked;
    }

    /** Whether the {@code i}th shown event is the event of the rows at its place. */
    private boolean inStep(int i) {
        return storyRows.event(shownEvents.getSourceIndex(i)) == shownEvents.get(i);
    }

    private void rebuild() {
        PreparedStory s = story.getValue();
        if (s == null) {
            storyRows = null;
            builtFilter = null;
            rows.swap(List.of());
            return;
        }
        DisplayDates d = dates.get();
        if (storyRows == null || !storyRows.isOf(s, d)) {
            storyRows = StoryRows.after(storyRows, s, d);
        }
        FilterState state = filter.getValue();
        List<EventRow> next = pickedByShownEvents(state);
        if (next == null) {
            next = new ArrayList<>();
            for (int i = 0; i < storyRows.size(); i++) {
                if (state == null || state.shows(storyRows.event(i))) {
                    next.add(storyRows.shown(i, state));
                }
            }
        }
        builtFilter = state;
        rows.swap(next);
    }
}
