package app.counterpoint.viewmodel.present;

import app.counterpoint.model.Event;
import app.counterpoint.viewmodel.story.EventText;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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
 * remote; blanks the screen on request; scales the type; keeps a clock for the presenter. The step is the shared
 * selection, so the timeline, the comparison and the details follow each step.
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
    private Instant startedAt;

    /**
     * @param steps         the events to present, in time order: the filtered list every view shows, so presenting
     *                      only the North Korea thread is a matter of filtering first
     * @param selectedEvent the shared selection, which is the current step
     */
    public PresentationViewModel(ObservableList<Event> steps, ObjectProperty<Event> selectedEvent) {
        this.steps = steps;
        this.selectedEvent = selectedEvent;
        steps.addListener((Observable o) -> update());
        selectedEvent.addListener((Observable o) -> update());
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
        startedAt = now;
        blanked.set(false);
        if (!steps.contains(selectedEvent.get()) && !steps.isEmpty()) {
            selectedEvent.set(steps.get(0));
        }
        active.set(true);
        tick(now);
    }

    public void leave() {
        active.set(false);
        blanked.set(false);
    }

    public void next() {
        go(stepIndex.get() + 1);
    }

    public void previous() {
        go(stepIndex.get() < 0 ? 0 : stepIndex.get() - 1);
    }

    public void first() {
        go(0);
    }

    public void last() {
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
        Event current = selectedEvent.get();
        int index = current == null ? -1 : steps.indexOf(current);
        stepIndex.set(index);
        stepText.set(
                steps.isEmpty()
                        ? "0 / 0"
                        : (index < 0 ? "\u2013" : Integer.toString(index + 1)) + " / " + steps.size());
        currentTitle.set(current == null ? "" : EventText.heading(current));
        Event next = index >= 0 && index + 1 < steps.size() ? steps.get(index + 1) : null;
        nextEvent.set(next);
        nextText.set(next == null ? "Next: (end of the story)" : "Next: " + EventText.heading(next));
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

    /** "Next: Talks in Sochi · 2 May 2017" for the presenter's screen, or that the story ends here. */
    public ReadOnlyStringProperty nextTextProperty() {
        return nextText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clockTextProperty() {
        return clockText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty elapsedTextProperty() {
        return elapsedText.getReadOnlyProperty();
    }
}
