package app.counterpoint.viewmodel.timeline;

import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.viewmodel.story.EventTimeOrder;
import app.counterpoint.viewmodel.story.PreparedStory;
import app.counterpoint.viewmodel.story.TimeExtent;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The state of a timeline independent of how it is drawn: which events it shows, which one is selected and which
 * stretch of time is visible. Times are epoch seconds held as doubles so zooming stays smooth at every scale.
 */
public final class TimelineViewModel {

    private static final double DAY = 86_400;
    private static final double YEAR = 365.2425 * DAY;

    /** The narrowest window: one minute (wider in deep time, where a double no longer tells seconds apart). */
    public static final double MIN_SPAN_SECONDS = 60;
    /** The widest window of a story within ten thousand years: ten thousand years. */
    public static final double MAX_SPAN_SECONDS = 10_000 * YEAR;
    /** Panning stops a hundred thousand years either side of 1970, or further for a story that reaches further. */
    private static final double LIMIT_SECONDS = 100_000 * YEAR;
    /** No window reaches beyond the furthest year a story may use. */
    private static final double DEEP_LIMIT_SECONDS = (StoryDate.MAX_YEAR + 1) * YEAR;
    /**
     * A window is at least this many times the spacing of doubles at its centre, so that at 13.8 billion years ago
     * (where doubles are 64 s apart) items still move smoothly: there the narrowest window is about twelve days.
     */
    private static final double LEAST_SPAN_IN_ULPS = 16_384;

    /** A click on a cluster zooms in at most this much. */
    static final double MOST_REVEAL_ZOOM = 8;

    /** Share of a fitted window left empty before the first event. */
    private static final double FIT_MARGIN_BEFORE = 0.05;
    /** Share left after the last event; larger because labels sit to the right of items. */
    private static final double FIT_MARGIN_AFTER = 0.15;

    private final ReadOnlyObjectProperty<Story> story;
    private final ObservableList<Event> allEvents;
    private final ObservableList<Event> shownEvents;
    private final ObjectProperty<Event> selectedEvent;
    /** The story prepared off the FX thread, whose time order and extent this reuses; null when not given. */
    private final ObservableValue<PreparedStory> prepared;
    /** The shown events by time, rebuilt on demand after they change: cheaper than a SortedList on big filters. */
    private List<Event> eventsInTimeOrder;

    /** The widest window and how far panning goes, grown for a story that spans more than ten thousand years. */
    private double widestSpan = MAX_SPAN_SECONDS;

    private double limit = LIMIT_SECONDS;

    private final DoubleProperty visibleStart = new SimpleDoubleProperty(this, "visibleStart");
    private final DoubleProperty visibleEnd = new SimpleDoubleProperty(this, "visibleEnd");
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.SINGLE);
    private final ObjectProperty<FilteredEventDisplay> filteredEventDisplay =
            new SimpleObjectProperty<>(this, "filteredEventDisplay", FilteredEventDisplay.HIDE);

    private final ObjectProperty<Event> spotlight = new SimpleObjectProperty<>(this, "spotlight");

    /** The topics the filter lets through; null for every topic. */
    private final ObjectProperty<Set<String>> shownTopicIds = new SimpleObjectProperty<>(this, "shownTopicIds");

    /** The prepared story the window was last set for; an edited version of it keeps the window. */
    private PreparedStory shownStory;

    /** Set while a new story's filtered events may not have arrived yet, so the fit waits for them. */
    private boolean fitWhenEventsArrive;

    /** A timeline whose only events are the shown ones: filtered-out events cannot be dimmed, only hidden. */
    public TimelineViewModel(
            ReadOnlyObjectProperty<Story> story,
            ObservableList<Event> shownEvents,
            ObjectProperty<Event> selectedEvent) {
        this(story, shownEvents, shownEvents, selectedEvent);
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
        this(story, null, allEvents, shownEvents, selectedEvent);
    }

    /**
     * A timeline of a prepared story, as the main view model keeps it: {@code allEvents} is the prepared story's
     * {@link PreparedStory#eventsInTimeOrder()} and {@code shownEvents} a filtered view of it, and {@code prepared}
     * changes before {@code story}. The shown events are then never sorted again here, and fitting the whole story
     * uses the extent worked out when it was prepared.
     */
    public TimelineViewModel(
            ReadOnlyObjectProperty<Story> story,
            ObservableValue<PreparedStory> prepared,
            ObservableList<Event> allEvents,
            ObservableList<Event> shownEvents,
            ObjectProperty<Event> selectedEvent) {
        this.prepared = prepared;
        this.story = story;
        this.allEvents = allEvents;
        this.shownEvents = shownEvents;
        this.selectedEvent = selectedEvent;
        // Year 2000 as a neutral first window: the drawing must not depend on today's date.
        setWindow(946_684_800, 946_684_800 + YEAR);
        story.addListener((obs, old, now) -> onStoryChanged(now));
        shownEvents.addListener((ListChangeListener<Event>) change -> {
            eventsInTimeOrder = null;
            if (fitWhenEventsArrive) {
                fitWhenEventsArrive = false;
                zoomToFit();
            }
        });
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
        widestSpan = MAX_SPAN_SECONDS;
        limit = LIMIT_SECONDS;
        extent.ifPresent(x -> {
            double span = (double) x.endExclusive() - x.start();
            widestSpan = Math.min(Math.max(MAX_SPAN_SECONDS, 2 * span), 2 * DEEP_LIMIT_SECONDS);
            double furthest = Math.max(Math.abs((double) x.start()), Math.abs((double) x.endExclusive()));
            limit = Math.min(Math.max(LIMIT_SECONDS, furthest + widestSpan), DEEP_LIMIT_SECONDS);
        });
    }

    private void onStoryChanged(Story now) {
        PreparedStory known = prepared == null ? null : prepared.getValue();
        boolean edited = known != null && known.story() == now && known.isEditOf(shownStory);
        shownStory = known;
        if (now == null) {
            fitWhenEventsArrive = false;
            return;
        }
        reachOf(now); // an edit may move an event into deep time: the reach follows every change
        if (edited) {
            return; // an edit of the story shown: the window stays where the teacher is working
        }
        // a story's events replace the old ones all at once, so one of them tells whether they came before it
        boolean eventsAlreadyFromNewStory = !shownEvents.isEmpty() && containsSame(now.events(), shownEvents.get(0));
        fitWhenEventsArrive = !eventsAlreadyFromNewStory;
        zoomToFit();
    }

    private static boolean containsSame(List<Event> events, Event event) {
        for (Event e : events) {
            if (e == event) {
                return true;
            }
        }
        return false;
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
        return shownEvents;
    }

    /** Every event of the story, filtered out or not; the same list as {@link #getShownEvents()} without a filter. */
    public ObservableList<Event> getAllEvents() {
        return allEvents;
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
        if (eventsInTimeOrder == null) {
            eventsInTimeOrder = prepared != null
                    ? List.copyOf(shownEvents)
                    : Collections.unmodifiableList(EventTimeOrder.sorted(shownEvents));
        }
        return eventsInTimeOrder;
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
        return visibleStart;
    }

    public double getVisibleStart() {
        return visibleStart.get();
    }

    /** Last visible instant, epoch seconds. */
    public DoubleProperty visibleEndProperty() {
        return visibleEnd;
    }

    public double getVisibleEnd() {
        return visibleEnd.get();
    }

    public double getVisibleSpan() {
        return visibleEnd.get() - visibleStart.get();
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
        if (!Double.isFinite(start) || !Double.isFinite(end)) {
            return;
        }
        double centre = (start + end) / 2;
        double span = clampSpan(end - start, centre);
        applyWindow(centre - span / 2, span);
    }

    /**
     * Zooms keeping the instant at {@code anchorFraction} of the width (0 = left edge, 1 = right edge) where it is.
     *
     * @param factor the magnification: 2 shows half as much time, 0.5 twice as much (like a pinch's zoom factor)
     */
    public void zoomAt(double anchorFraction, double factor) {
        if (!(factor > 0) || !Double.isFinite(factor) || !Double.isFinite(anchorFraction)) {
            return;
        }
        double start = visibleStart.get();
        double span = getVisibleSpan();
        double anchor = start + anchorFraction * span;
        double newSpan = clampSpan(span / factor, anchor);
        applyWindow(anchor - anchorFraction * newSpan, newSpan);
    }

    /** Moves the window by a share of its width; positive shows later times. */
    public void panByFraction(double fraction) {
        if (!Double.isFinite(fraction)) {
            return;
        }
        double span = getVisibleSpan();
        applyWindow(visibleStart.get() + fraction * span, span);
    }

    /** Shows every shown event with a small margin; a lone or instantaneous event gets a window suited to its date. */
    public void zoomToFit() {
        List<Event> events =
                shownEvents.isEmpty() && story.get() != null ? story.get().events() : shownEvents;
        PreparedStory known = prepared == null ? null : prepared.getValue();
        boolean wholeStory = known != null
                && known.story() == story.get()
                && events.size() == known.eventsInTimeOrder().size();
        Optional<TimeExtent> extent = wholeStory ? known.extent() : TimeExtent.of(events);
        extent.ifPresent(x -> fit(x.start(), x.endExclusive(), x.finest()));
    }

    /** Shows the selected event with room around it suited to its precision; does nothing without a selection. */
    public void zoomToSelection() {
        Event selected = selectedEvent.get();
        if (selected != null) {
            fit(
                    selected.startEpochSecond(),
                    selected.endEpochSecondExclusive(),
                    selected.start().precision());
        }
    }

    /**
     * What a click on a cluster of events from {@code start} to {@code end} does: zooms in so that they can separate,
     * by at most {@value #MOST_REVEAL_ZOOM} times at a click and never to a window narrower than suits the finest
     * precision they are known to (a day-dated crowd is never shown an hour wide); when no zoom would separate them
     * (they share their dates, or the window is that narrow already) it selects the first of them instead, and
     * previous / next walk through the others.
     *
     * @return whether it zoomed (else it selected {@code first})
     */
    public boolean revealCluster(double start, double end, DatePrecision finest, boolean oneDate, Event first) {
        double span = getVisibleSpan();
        double range = Math.max(end - start, 1);
        double target = Math.max(range * (1 + FIT_MARGIN_BEFORE + FIT_MARGIN_AFTER), leastFittedSpan(finest));
        target = Math.max(target, span / MOST_REVEAL_ZOOM);
        if (oneDate || target > span * 0.9) {
            selectedEvent.set(first);
            return false;
        }
        double before = (target - range) * FIT_MARGIN_BEFORE / (FIT_MARGIN_BEFORE + FIT_MARGIN_AFTER);
        double middle = (start + end) / 2;
        // Keep the events where they were when a limited zoom cannot take in all of them: zoom at their middle.
        double from = range <= target ? start - before : middle - target / 2;
        setWindow(from, from + target);
        return true;
    }

    /** Pans, without zooming, so that the start of {@code event} lies in the left three quarters of the window. */
    public void ensureVisible(Event event) {
        if (event == null) {
            return;
        }
        double span = getVisibleSpan();
        double eventStart = event.startEpochSecond();
        if (eventStart < visibleStart.get() + span * 0.05) {
            applyWindow(eventStart - span * 0.1, span);
        } else if (eventStart > visibleStart.get() + span * 0.75) {
            // Leave a quarter of the width for the event's label.
            applyWindow(eventStart - span * 0.75, span);
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
        if (ordered.isEmpty()) {
            return;
        }
        Event current = selectedEvent.get();
        int target;
        if (current == null) {
            target = direction > 0 ? 0 : ordered.size() - 1;
        } else {
            int found = Collections.binarySearch(ordered, current, EventTimeOrder.COMPARATOR);
            if (found >= 0) {
                target = found + direction;
            } else {
                // The selection is filtered out: step from where it would sit.
                int insertion = -found - 1;
                target = direction > 0 ? insertion : insertion - 1;
            }
        }
        if (target < 0 || target >= ordered.size()) {
            return;
        }
        Event next = ordered.get(target);
        selectedEvent.set(next);
        ensureVisible(next);
    }

    private void fit(long first, long last, DatePrecision precision) {
        double span = Math.max(last - first, 1);
        double start = first - span * FIT_MARGIN_BEFORE;
        double end = last + span * FIT_MARGIN_AFTER;
        double least = leastFittedSpan(precision);
        if (end - start < least) {
            double pad = (least - (last - first)) / 2;
            start = first - pad;
            end = last + pad;
        }
        setWindow(start, end);
    }

    /** The narrowest fitted window for events known to this precision: enough to see their neighbourhood. */
    private static double leastFittedSpan(DatePrecision precision) {
        return switch (precision) {
            case BILLION_YEARS, MILLION_YEARS, THOUSAND_YEARS -> 3 * precision.years() * YEAR;
            case YEAR -> 3 * YEAR;
            case MONTH -> 5 * YEAR / 12;
            case DAY -> 29 * DAY;
            case MINUTE -> 4 * 3600;
            case SECOND -> 20 * 60;
        };
    }

    /** The narrowest window around {@code centre}. */
    public static double leastSpanAt(double centre) {
        return Math.max(MIN_SPAN_SECONDS, Math.ulp(Math.abs(centre)) * LEAST_SPAN_IN_ULPS);
    }

    /** The widest window the story allows: ten thousand years, or twice the span of a story reaching further. */
    public double getWidestSpan() {
        return widestSpan;
    }

    private double clampSpan(double span, double centre) {
        double least = leastSpanAt(centre);
        if (!(span >= least)) {
            return least;
        }
        return Math.min(span, widestSpan);
    }

    private void applyWindow(double start, double span) {
        double clampedStart = Math.max(-limit, Math.min(start, limit - span));
        visibleStart.set(clampedStart);
        visibleEnd.set(clampedStart + span);
    }
}
