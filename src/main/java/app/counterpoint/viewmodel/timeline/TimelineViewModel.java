package app.counterpoint.viewmodel.timeline;

import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.filter.ShownEvents;
import app.counterpoint.viewmodel.story.EventInstants;
import app.counterpoint.viewmodel.story.EventTimeOrder;
import app.counterpoint.viewmodel.story.PreparedStory;
import app.counterpoint.viewmodel.story.TimeExtent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.collections.transformation.TransformationList;

/**
 * The state of a timeline independent of how it is drawn: which events it shows, which one is selected and which
 * stretch of time is visible. Times are epoch seconds held as doubles so zooming stays smooth at every scale.
 */
public final class TimelineViewModel {

    /** The narrowest window: one minute (wider in deep time, where a double no longer tells seconds apart). */
    public static final double MIN_SPAN_SECONDS = WindowReach.MIN_SPAN_SECONDS;
    /** The widest window of a story within ten thousand years: ten thousand years. */
    public static final double MAX_SPAN_SECONDS = WindowReach.MAX_SPAN_SECONDS;

    /** A click on a cluster zooms in at most this much. */
    static final double MOST_REVEAL_ZOOM = 8;

    private final ReadOnlyObjectProperty<Story> story;
    /** All the events, the shown ones, and these in time order. */
    private final TimelineEvents eventLists;

    private final ObjectProperty<Event> selectedEvent;
    /** The story prepared off the FX thread, whose time order and extent this reuses; null when not given. */
    private final ObservableValue<PreparedStory> prepared;

    /** The stretch of time shown, within the story's reach. */
    private final TimeWindow window = new TimeWindow(this);

    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.SINGLE);
    private final ObjectProperty<FilteredEventDisplay> filteredEventDisplay =
            new SimpleObjectProperty<>(this, "filteredEventDisplay", FilteredEventDisplay.HIDE);

    private final ObjectProperty<Event> spotlight = new SimpleObjectProperty<>(this, "spotlight");
    /** The topics the filter lets through; null for every topic. */
    private final ObjectProperty<Set<String>> shownTopicIds = new SimpleObjectProperty<>(this, "shownTopicIds");

    private Supplier<Optional<EventInstants>> instantsSource;

    /** The prepared story the window was last set for; an edited version of it keeps the window. */
    private PreparedStory shownStory;

    /**
     * A timeline whose only events are the shown ones: filtered-out events cannot be dimmed, only hidden. As with
     * every constructor, the events of a new story are to be in the list before the story is set: the story's
     * change fits the timeline to them.
     */
    public TimelineViewModel(
            ReadOnlyObjectProperty<Story> story,
            ObservableList<Event> shownEvents,
            ObjectProperty<Event> selectedEvent) {
        this(story, null, shownEvents, shownEvents, null, selectedEvent);
    }

    /**
     * @param allEvents   every event of the story, drawn faded in {@link FilteredEventDisplay#DIM} when the filter hides them
     * @param shownEvents the events the filter lets through
     */
    public TimelineViewModel(
            ReadOnlyObjectProperty<Story> story,
            ObservableList<Event> allEvents,
            ObservableList<Event> shownEvents,
            ObjectProperty<Event> selectedEvent) {
        this(story, null, allEvents, shownEvents, null, selectedEvent);
    }

    /**
     * A timeline of a prepared story, as the main view model keeps it: {@code allEvents} is the prepared story's
     * {@link PreparedStory#eventsInTimeOrder()}, {@code shownEvents} filters it, and {@code prepared} changes before {@code story}. The shown
     * events are then never sorted again here, fitting the whole story uses the extent worked out when it was
     * prepared, and the view cuts the shown events' index from the index of all (see {@link #shownPositions()}).
     */
    public TimelineViewModel(
            ReadOnlyObjectProperty<Story> story,
            ObservableValue<PreparedStory> prepared,
            ObservableList<Event> allEvents,
            TransformationList<Event, Event> shownEvents,
            ObjectProperty<Event> selectedEvent) {
        this(story, prepared, allEvents, shownEvents, shownEvents, selectedEvent);
        if (shownEvents.getSource() != allEvents) {
            throw new IllegalArgumentException("the shown events must filter allEvents");
        }
    }

    private TimelineViewModel(
            ReadOnlyObjectProperty<Story> story,
            ObservableValue<PreparedStory> prepared,
            ObservableList<Event> allEvents,
            ObservableList<Event> shownEvents,
            TransformationList<Event, Event> filteredView,
            ObjectProperty<Event> selectedEvent) {
        this.prepared = prepared;
        this.story = story;
        this.eventLists = new TimelineEvents(allEvents, shownEvents, filteredView, prepared != null);
        this.selectedEvent = selectedEvent;
        // Year 2000 as a neutral first window: the drawing must not depend on today's date.
        setWindow(946_684_800, 946_684_800 + FittedWindow.YEAR);
        story.addListener((obs, old, now) -> onStoryChanged(now));
        if (story.get() != null) {
            reachOf(story.get());
            zoomToFit();
        }
    }

    /** Lets the window grow and pan as far as the story's events reach: twice their span, at least ten millennia. */
    private void reachOf(Story now) {
        PreparedStory known = prepared == null ? null : prepared.getValue();
        Optional<TimeExtent> extent =
                known != null && known.story() == now ? known.extent() : TimeExtent.of(now.events());
        window.setReach(WindowReach.of(extent));
    }

    /**
     * A new story: its events are in place (the caller's "story shown" step sets them first), so fit to them; an
     * edit of the story shown keeps the window.
     */
    private void onStoryChanged(Story now) {
        PreparedStory known = prepared == null ? null : prepared.getValue();
        boolean edited = known != null && known.story() == now && known.isEditOf(shownStory);
        shownStory = known;
        if (now == null) {
            return;
        }
        reachOf(now); // an edit may move an event into deep time: the reach follows every change
        if (edited) {
            return; // an edit of the story shown: the window stays where the teacher is working
        }
        zoomToFit();
    }

    /** True when the timeline was given one list: every event it has is shown, none can be dimmed. */
    public boolean showsEveryEvent() {
        return eventLists.everyEventShown();
    }

    /**
     * Where each shown event stands in {@link #getAllEvents()}, in order, when the shown events are a filtered view
     * of all of them (the main window's timeline); empty otherwise. The view then indexes the shown events by
     * cutting the index of all events instead of working out every event's instants again.
     */
    public Optional<int[]> shownPositions() {
        if (getShownEvents() instanceof ShownEvents filtered && filtered.getSource() == getAllEvents()) {
            // one block copy of the places the filter keeps, not one call per shown event
            return Optional.of(filtered.shownPositions());
        }
        return eventLists.shownPositions();
    }

    public ReadOnlyObjectProperty<Story> storyProperty() {
        return story;
    }

    /**
     * The one event in the spotlight, as a tour's step puts it: the timeline draws every other event dimmed. Null
     * (the default) for none.
     */
    public ObjectProperty<Event> spotlightProperty() {
        return spotlight;
    }

    public Story getStory() {
        return story.get();
    }

    /** The events the timeline shows, already filtered, in the caller's order. */
    public ObservableList<Event> getShownEvents() {
        return eventLists.shown;
    }

    /** Every event of the story, filtered out or not; the same list as {@link #getShownEvents()} without a filter. */
    public ObservableList<Event> getAllEvents() {
        return eventLists.all;
    }

    /**
     * Every event of the story in time order with its instants, as preparing the story worked them out; empty
     * after an edit or without a prepared story. The timeline's index takes them instead of doing the calendar
     * arithmetic for every event again on the FX thread when a story opens.
     */
    public Optional<EventInstants> knownInstants() {
        if (instantsSource != null) {
            return instantsSource.get();
        }
        PreparedStory p = prepared == null ? null : prepared.getValue();
        return p == null ? Optional.empty() : p.instantsInTimeOrder();
    }

    /**
     * Where {@link #knownInstants()} comes from when not from the prepared story: the main view model's, known while
     * the event lists change, before the prepared story is set (when the timeline indexes its events).
     */
    public void setInstantsSource(Supplier<Optional<EventInstants>> source) {
        instantsSource = source;
    }

    /** Hide or dim the events the filter leaves out. */
    public ObjectProperty<FilteredEventDisplay> filteredEventDisplayProperty() {
        return filteredEventDisplay;
    }

    public FilteredEventDisplay getFilteredEventDisplay() {
        return filteredEventDisplay.get();
    }

    public void setFilteredEventDisplay(FilteredEventDisplay mode) {
        filteredEventDisplay.set(mode == null ? FilteredEventDisplay.HIDE : mode);
    }

    /** The topics the filter lets through, which give the marks their colours; null (the default) for every one. */
    public ObjectProperty<Set<String>> shownTopicIdsProperty() {
        return shownTopicIds;
    }

    /** Whether the filter lets topic {@code id} through. */
    public boolean isTopicShown(String id) {
        Set<String> shown = shownTopicIds.get();
        return shown == null || shown.contains(id);
    }

    /** The shown events by time (see {@link EventTimeOrder}); read-only, valid until the shown events change. */
    public List<Event> getEventsInTimeOrder() {
        return eventLists.inTimeOrder();
    }

    public ObjectProperty<Event> selectedEventProperty() {
        return selectedEvent;
    }

    public Event getSelectedEvent() {
        return selectedEvent.get();
    }

    public void setSelectedEvent(Event event) {
        selectedEvent.set(event);
    }

    /** First visible instant, epoch seconds. */
    public DoubleProperty visibleStartProperty() {
        return window.startProperty();
    }

    public double getVisibleStart() {
        return window.startProperty().get();
    }

    /** Last visible instant, epoch seconds. */
    public DoubleProperty visibleEndProperty() {
        return window.endProperty();
    }

    public double getVisibleEnd() {
        return window.endProperty().get();
    }

    public double getVisibleSpan() {
        return window.span();
    }

    public ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    public LaneMode getLaneMode() {
        return laneMode.get();
    }

    public void setLaneMode(LaneMode mode) {
        laneMode.set(mode == null ? LaneMode.SINGLE : mode);
    }

    /**
     * Shows the window from {@code start} to {@code end}, kept between one minute and ten thousand years wide; a
     * window too narrow or too wide keeps its centre.
     */
    public void setWindow(double start, double end) {
        window.set(start, end);
    }

    /**
     * Zooms keeping the instant at {@code anchorFraction} of the width (0 = left edge, 1 = right edge) where it is.
     *
     * @param factor the magnification: 2 shows half as much time, 0.5 twice as much (like a pinch's zoom factor)
     */
    public void zoomAt(double anchorFraction, double factor) {
        window.zoomAt(anchorFraction, factor);
    }

    /** Moves the window by a share of its width; positive shows later times. */
    public void panByFraction(double fraction) {
        window.panByFraction(fraction);
    }

    /** Shows every shown event with a small margin; a lone or instantaneous event gets a window suited to its date. */
    public void zoomToFit() {
        List<Event> events =
                eventLists.shown.isEmpty() && story.get() != null ? story.get().events() : eventLists.shown;
        PreparedStory known = prepared == null ? null : prepared.getValue();
        boolean wholeStory = known != null
                && known.story() == story.get()
                && events.size() == known.eventsInTimeOrder().size();
        Optional<TimeExtent> extent = wholeStory ? known.extent() : TimeExtent.of(events);
        extent.ifPresent(x -> window.fit(x.start(), x.endExclusive(), x.finest()));
    }

    /** Shows the selected event with room around it suited to its precision; does nothing without a selection. */
    public void zoomToSelection() {
        Event selected = selectedEvent.get();
        if (selected != null) {
            window.fit(
                    selected.startEpochSecond(),
                    selected.endEpochSecondExclusive(),
                    selected.start().precision());
        }
    }

    /**
     * What a click on a cluster of events from {@code start} to {@code end} does: zooms in so that they can separate
     * (by at most {@value #MOST_REVEAL_ZOOM} times, never narrower than suits {@code finest}: see
     * {@link TimeWindow#reveal}); when no zoom would separate them it selects the first of them instead, and
     * previous / next walk through the others.
     *
     * @return whether it zoomed (else it selected {@code first})
     */
    public boolean revealCluster(double start, double end, DatePrecision finest, boolean oneDate, Event first) {
        if (window.reveal(start, end, finest, oneDate, MOST_REVEAL_ZOOM)) {
            return true;
        }
        selectedEvent.set(first);
        return false;
    }

    /** Pans, without zooming, so that the start of {@code event} lies in the left three quarters of the window. */
    public void ensureVisible(Event event) {
        if (event != null) {
            window.ensureVisible(event.startEpochSecond());
        }
    }

    /** Selects the next shown event in time order (the first when nothing is selected) and keeps it in view. */
    public void selectNext() {
        step(1);
    }

    /** Selects the previous shown event in time order (the last when nothing is selected) and keeps it in view. */
    public void selectPrevious() {
        step(-1);
    }

    private void step(int direction) {
        List<Event> ordered = getEventsInTimeOrder();
        int target = EventTimeOrder.step(ordered, selectedEvent.get(), direction);
        if (target >= 0) {
            Event next = ordered.get(target);
            selectedEvent.set(next);
            ensureVisible(next);
        }
    }

    /** The narrowest window around {@code centre}. */
    public static double leastSpanAt(double centre) {
        return WindowReach.leastSpanAt(centre);
    }

    /** The widest window the story allows: ten thousand years, or twice the span of a story reaching further. */
    public double getWidestSpan() {
        return window.reach().widestSpan();
    }
}
