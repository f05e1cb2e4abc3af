package app.counterpoint.viewmodel.present;

import app.counterpoint.model.Event;
import app.counterpoint.model.Tour;
import app.counterpoint.model.TourStep;
import app.counterpoint.viewmodel.common.WindowDates;
import app.counterpoint.viewmodel.story.EventTimeOrder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ObservableList;

/**
 * Presentation mode: steps through the events the filter shows, in time order, one step per click of a presenter's
 * remote, or through the steps of a tour in the teacher's order; blanks the screen on request; scales the type; keeps
 * a clock for the presenter. The step's event is the shared selection, so the timeline, the comparison and the
 * details follow each step. On a tour, the step also names what to put in the spotlight (its event, its row, its
 * statement), its caption for the class and its notes for the teacher; a "left out" step first shows only what each
 * side did not mention and reveals what the others said at the next click.
 */
public final class PresentationViewModel {

    public static final double MIN_FONT_SCALE = 1.0;
    public static final double MAX_FONT_SCALE = 2.5;
    public static final double DEFAULT_FONT_SCALE = 1.5;
    /** What one press of + or − changes the presentation text size by. */
    static final double FONT_SCALE_STEP = 0.1;

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final ObservableList<Event> steps;
    private final ObjectProperty<Event> selectedEvent;

    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyBooleanWrapper blanked = new ReadOnlyBooleanWrapper(this, "blanked");
    private final DoubleProperty fontScale = new SimpleDoubleProperty(this, "fontScale", DEFAULT_FONT_SCALE);
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(this, "stepIndex", -1);
    private final ReadOnlyStringWrapper stepText = new ReadOnlyStringWrapper(this, "stepText", "");
    private final ReadOnlyStringWrapper currentTitle = new ReadOnlyStringWrapper(this, "currentTitle", "");
    private final ReadOnlyObjectWrapper<Event> nextEvent = new ReadOnlyObjectWrapper<>(this, "nextEvent");
    private final ReadOnlyStringWrapper nextText = new ReadOnlyStringWrapper(this, "nextText", "");
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper(this, "clockText", "");
    private final ReadOnlyStringWrapper elapsedText = new ReadOnlyStringWrapper(this, "elapsedText", "");
    private final ReadOnlyObjectWrapper<Event> spotlight = new ReadOnlyObjectWrapper<>(this, "spotlight");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");

    private Function<String, Event> events;
    /** The tour presented, its step, and the filter set aside for it. */
    private final TourStepping touring;

    private Instant startedAt;

    private final javafx.beans.property.ObjectProperty<app.counterpoint.i18n.DisplayDates> dates =
            WindowDates.property(this);

    /**
     * @param steps         the events to present, in time order: the filtered list every view shows, so presenting
     *                      only the North Korea thread is a matter of filtering first
     * @param selectedEvent the shared selection, which is the current step
     */
    public PresentationViewModel(ObservableList<Event> steps, ObjectProperty<Event> selectedEvent) {
        this(
                steps,
                selectedEvent,
                id -> steps.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null));
    }

    /** @param events the story's event of an id, also one the filter hides (a tour's step names it), or null */
    public PresentationViewModel(
            ObservableList<Event> steps, ObjectProperty<Event> selectedEvent, Function<String, Event> events) {
        this(steps, selectedEvent, events, TourFilter.NONE);
    }

    /**
     * @param tourFilter the filter, set aside when a tour's step is on an event it hides (the step shows as the
     *                   teacher made it, never a selection the views hide) and given back when the tour ends
     */
    public PresentationViewModel(
            ObservableList<Event> steps,
            ObjectProperty<Event> selectedEvent,
            Function<String, Event> events,
            TourFilter tourFilter) {
        this.touring =
                new TourStepping(this, selectedEvent, events, tourFilter, this::update, () -> blanked.set(false));
        this.events = events;
        this.steps = steps;
        this.selectedEvent = selectedEvent;
        steps.addListener((Observable o) -> update());
        selectedEvent.addListener((Observable o) -> update());
        dates.addListener((Observable o) -> update());
        fontScale.addListener((obs, old, value) -> {
            double clamped = Math.max(MIN_FONT_SCALE, Math.min(MAX_FONT_SCALE, value.doubleValue()));
            if (clamped != value.doubleValue()) {
                fontScale.set(clamped);
            }
        });
        update();
    }

    /** Starts presenting at the selected event, or at the first one when the selection is not among the steps. */
    public void enter(Instant now) {
        touring.end();
        startedAt = now;
        blanked.set(false);
        if (!steps.contains(selectedEvent.get()) && !steps.isEmpty()) {
            selectedEvent.set(steps.get(0));
        }
        active.set(true);
        tick(now);
    }

    /**
     * Starts presenting {@code chosen} from its first step whose event exists; without one, nothing happens.
     *
     * @return whether presenting began
     */
    public boolean enterTour(Tour chosen, Instant now) {
        if (!touring.canStart(chosen)) {
            return false;
        }
        startedAt = now;
        blanked.set(false);
        touring.start(chosen);
        active.set(true);
        tick(now);
        return true;
    }

    public void leave() {
        active.set(false);
        blanked.set(false);
        touring.end();
    }

    public void next() {
        if (touring.inTour()) {
            touring.next();
            return;
        }
        go(stepIndex.get() + 1);
    }

    public void previous() {
        if (touring.inTour()) {
            touring.previous();
            return;
        }
        go(stepIndex.get() < 0 ? 0 : stepIndex.get() - 1);
    }

    public void first() {
        if (touring.inTour()) {
            touring.first();
            return;
        }
        go(0);
    }

    public void last() {
        if (touring.inTour()) {
            touring.last();
            return;
        }
        go(steps.size() - 1);
    }

    private void go(int index) {
        blanked.set(false);
        if (!steps.isEmpty()) {
            selectedEvent.set(steps.get(Math.max(0, Math.min(steps.size() - 1, index))));
        }
    }

    /** + while presenting: the presentation's text one step larger, up to {@link #MAX_FONT_SCALE}. */
    public void enlargeText() {
        fontScale.set(fontScale.get() + FONT_SCALE_STEP);
    }

    /** − while presenting: one step smaller, down to {@link #MIN_FONT_SCALE}. */
    public void shrinkText() {
        fontScale.set(fontScale.get() - FONT_SCALE_STEP);
    }

    /** Blacks the audience's screen, or brings it back, as slide software does with B. */
    public void toggleBlank() {
        blanked.set(!blanked.get());
    }

    /** Updates the presenter's clock and the time elapsed since presenting began. */
    public void tick(Instant now) {
        clockText.set(LocalTime.ofInstant(now, ZoneId.systemDefault()).format(CLOCK));
        Duration elapsed = startedAt == null ? Duration.ZERO : Duration.between(startedAt, now);
        long seconds = Math.max(0, elapsed.getSeconds());
        elapsedText.set(
                seconds >= 3600
                        ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60));
    }

    private void update() {
        if (touring.onStep()) {
            updateTour();
            return;
        }
        spotlight.set(null);
        caption.set("");
        notes.set("");
        Event current = selectedEvent.get();
        int index = current == null ? -1 : positionOf(current);
        stepIndex.set(index);
        stepText.set(
                steps.isEmpty()
                        ? "0 / 0"
                        : (index < 0 ? "\u2013" : Integer.toString(index + 1)) + " / " + steps.size());
        currentTitle.set(current == null ? "" : dates.get().heading(current));
        nextEvent.set(index >= 0 && index + 1 < steps.size() ? steps.get(index + 1) : null);
        Event next = nextEvent.get();
        var m = dates.get().messages();
        nextText.set(
                next == null
                        ? m.text("present.next.endOfStory")
                        : m.text("present.next.event", dates.get().heading(next)));
    }

    /**
     * Where {@code event} stands among the steps, or -1: found by binary search, as the steps are in time order and
     * this runs at every change of the shown events (an edit of 100,000 events spent a third of its time comparing
     * them one by one). An event of the same instants and id that is not equal (the selection just before an edit's
     * new version of it replaces it) is not among them.
     */
    private int positionOf(Event event) {
        int found = java.util.Collections.binarySearch(steps, event, EventTimeOrder.COMPARATOR);
        return found >= 0 && steps.get(found).equals(event) ? found : -1;
    }

    private void updateTour() {
        java.util.List<TourStep> all = touring.tour.get().steps();
        int tourIndex = touring.index();
        TourStep step = all.get(tourIndex);
        Event event = events.apply(step.eventId());
        Event current = selectedEvent.get();
        stepIndex.set(tourIndex);
        stepText.set((tourIndex + 1) + " / " + all.size());
        currentTitle.set(current == null ? "" : dates.get().heading(current));
        spotlight.set(event);
        caption.set(step.caption() == null ? "" : step.caption());
        notes.set(step.notes() == null ? "" : step.notes());
        TourStep following = touring.following();
        Event followingEvent = following == null ? null : events.apply(following.eventId());
        nextEvent.set(followingEvent);
        var m = dates.get().messages();
        if (touring.leftOutCovered.get()) {
            nextText.set(m.text("present.next.otherSides"));
        } else if (following == null) {
            nextText.set(m.text("present.next.endOfTour"));
        } else {
            String what = following.caption() != null ? following.caption() : followingEvent.title();
            nextText.set(m.text("present.next.step", what, dates.get().heading(followingEvent)));
        }
    }

    /** How dates are written: the window binds it to View › Language. */
    public javafx.beans.property.ObjectProperty<app.counterpoint.i18n.DisplayDates> datesProperty() {
        return dates;
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public boolean isActive() {
        return active.get();
    }

    public ReadOnlyBooleanProperty blankedProperty() {
        return blanked.getReadOnlyProperty();
    }

    /** The presenter's type size, from 1.0 (100%) to 2.5 (250%). */
    public DoubleProperty fontScaleProperty() {
        return fontScale;
    }

    /** "3 / 7". */
    public ReadOnlyStringProperty stepTextProperty() {
        return stepText.getReadOnlyProperty();
    }

    /** The current event's title and date, kept on screen while presenting. */
    public ReadOnlyStringProperty currentTitleProperty() {
        return currentTitle.getReadOnlyProperty();
    }

    /** The event the next step will show, for the presenter's screen; null at the last step. */
    public ReadOnlyObjectProperty<Event> nextEventProperty() {
        return nextEvent.getReadOnlyProperty();
    }

    /** The tour being presented; null in time order and when not presenting. */
    public ReadOnlyObjectProperty<Tour> tourProperty() {
        return touring.tour.getReadOnlyProperty();
    }

    /** The tour's step shown now; null in time order. */
    public ReadOnlyObjectProperty<TourStep> tourStepProperty() {
        return touring.step.getReadOnlyProperty();
    }

    /** True while a tour shows every event because the filter hid one of its steps; false again when it ends. */
    public ReadOnlyBooleanProperty filterSetAsideProperty() {
        return touring.filterSetAside.getReadOnlyProperty();
    }

    /** The one event a tour's step puts in the spotlight (the timeline dims the others); null in time order. */
    public ReadOnlyObjectProperty<Event> spotlightProperty() {
        return spotlight.getReadOnlyProperty();
    }

    /** True while a "left out" step shows only what the sides did not mention; the next click reveals the rest. */
    public ReadOnlyBooleanProperty leftOutCoveredProperty() {
        return touring.leftOutCovered.getReadOnlyProperty();
    }

    /** The step's caption for the class; empty in time order. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** The step's notes for the teacher, shown only in the presenter view; empty in time order. */
    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /** What the next click shows, for the presenter view: "Next: …". */
    public ReadOnlyStringProperty nextTextProperty() {
        return nextText.getReadOnlyProperty();
    }

    /** Changes at every move through a tour, so that the view glides to the step's zoom also when it is the same. */
    public javafx.beans.property.ReadOnlyIntegerProperty tourMovesProperty() {
        return touring.moves.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clockTextProperty() {
        return clockText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty elapsedTextProperty() {
        return elapsedText.getReadOnlyProperty();
    }
}
