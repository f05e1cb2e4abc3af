package app.counterpoint.viewmodel;

import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.edit.StoryChange;
import app.counterpoint.viewmodel.edit.StoryEditor;
import app.counterpoint.viewmodel.filter.FilterState;
import app.counterpoint.viewmodel.filter.FilterViewModel;
import app.counterpoint.viewmodel.filter.ShownEvents;
import app.counterpoint.viewmodel.story.EventInstants;
import app.counterpoint.viewmodel.story.PreparedStory;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The story the main window shows and what every view of it shares: its events in time order, the filter and the
 * events it lets through, the filter once applied, and the selected event. Its two steps keep the order the views
 * rely on: a new story ({@link #show}) or an edit of it ({@link #showEdited}) puts the events and the filter in
 * place before the views hear of the story, and a new filter ({@link #applyFilter}) is published only once the
 * shown events follow it and a selection it hides is gone.
 */
final class ShownStory {

    private final ReadOnlyObjectWrapper<Story> story = new ReadOnlyObjectWrapper<>(this, "story");
    private final ReadOnlyObjectWrapper<PreparedStory> preparedStory =
            new ReadOnlyObjectWrapper<>(this, "preparedStory");
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObservableList<Event> eventsInTimeOrder = FXCollections.observableArrayList();
    private final ShownEvents shownEvents = new ShownEvents(eventsInTimeOrder);
    private final FilterViewModel filter = new FilterViewModel();
    /** The filter once applied (see {@link #applyFilter()}): what the view models of the filtered views follow. */
    private final ReadOnlyObjectWrapper<FilterState> appliedFilter = new ReadOnlyObjectWrapper<>(this, "appliedFilter");
    /** The prepared story whose events are in the lists, set before they change (preparedStory is set after). */
    private PreparedStory arriving;

    ShownStory() {
        shownEvents.setFilter(filter.getState());
        appliedFilter.set(filter.getState());
        // the filter's one listener here: the view models hear of a new filter through appliedFilter, once the
        // shown events follow it and a hidden selection is dropped, whatever order listeners run in
        filter.stateProperty().addListener((Observable o) -> applyFilter());
    }

    /**
     * The "story shown" step, in this order: the views hear of the new story only once its events and filter are in
     * place (the timeline fits to the events on the story's change), then of its first selection, the event with the
     * most statements.
     *
     * @param beforeViews what else is to be in place before the views hear of the story (its name, the editor)
     */
    void show(PreparedStory prepared, Runnable beforeViews) {
        selectedEvent.set(null);
        arriving = prepared;
        eventsInTimeOrder.clear(); // so that the new story's filter does not go through the old story's events
        filter.setStory(prepared);
        eventsInTimeOrder.setAll(prepared.eventsInTimeOrder());
        beforeViews.run();
        preparedStory.set(prepared);
        story.set(prepared.story());
        selectedEvent.set(prepared.mostDiscussedEvent().orElse(null));
    }

    /**
     * The instants of the events now going into the lists, as preparing the story worked them out: known while the
     * lists change, before the views hear of the prepared story; empty after an edit.
     */
    Optional<EventInstants> knownInstants() {
        return arriving == null ? Optional.empty() : arriving.instantsInTimeOrder();
    }

    /**
     * Shows the story after an edit, an undo or a redo: the views catch up with what changed (in time that follows
     * the change, not the story), keep their filter and window, and the edited event stays selected.
     */
    void showEdited(StoryEditor.Published published) {
        StoryChange change = published.change();
        boolean back = published.reverted();
        List<Event> eventsOut =
                back ? change.events().itemsAfter() : change.events().itemsBefore();
        List<Event> eventsIn =
                back ? change.events().itemsBefore() : change.events().itemsAfter();
        PreparedStory next = preparedStory
                .get()
                .edited(
                        published.after(),
                        eventsOut,
                        eventsIn,
                        back
                                ? change.statements().itemsAfter()
                                : change.statements().itemsBefore(),
                        back
                                ? change.statements().itemsBefore()
                                : change.statements().itemsAfter());
        Event selected = selectedEvent.get();
        String select =
                published.selectEventId() != null ? published.selectEventId() : selected == null ? null : selected.id();
        arriving = next;
        filter.storyEdited(next);
        TimeOrderedEvents.update(eventsInTimeOrder, next.eventsInTimeOrder(), eventsOut, eventsIn);
        preparedStory.set(next);
        story.set(next.story());
        Event nowSelected = select == null ? null : next.event(select).orElse(null);
        if (nowSelected != null && !filter.getState().shows(nowSelected)) {
            nowSelected = null;
        }
        selectedEvent.set(nowSelected);
    }

    /** A new filter: the shown events follow it, a selection it hides is dropped, then the views hear of it. */
    private void applyFilter() {
        FilterState state = filter.getState();
        shownEvents.setFilter(state);
        Event selected = selectedEvent.get();
        if (selected != null && !state.shows(selected)) {
            selectedEvent.set(null);
        }
        appliedFilter.set(state);
    }

    ReadOnlyObjectProperty<Story> storyProperty() {
        return story.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<PreparedStory> preparedStoryProperty() {
        return preparedStory.getReadOnlyProperty();
    }

    ObjectProperty<Event> selectedEventProperty() {
        return selectedEvent;
    }

    /** Every event of the story, in time order. */
    ObservableList<Event> eventsInTimeOrder() {
        return eventsInTimeOrder;
    }

    /** The events the filter lets through: a filtered view of {@link #eventsInTimeOrder()}. */
    ShownEvents shownEvents() {
        return shownEvents;
    }

    ReadOnlyObjectProperty<FilterState> appliedFilterProperty() {
        return appliedFilter.getReadOnlyProperty();
    }

    FilterViewModel filter() {
        return filter;
    }
}
