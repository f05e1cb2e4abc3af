package app.counterpoint.viewmodel.present;

import app.counterpoint.model.Event;
import app.counterpoint.model.Tour;
import app.counterpoint.model.TourStep;
import app.counterpoint.model.TourStepType;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Where a presentation stands in a tour: the tour, its step, whether a "left out" step still covers what the other
 * sides said, and whether the filter was set aside for a step on an event it hides. Moving to a step skips the steps
 * whose event is gone and selects the step's event; {@link PresentationViewModel} shows the step and publishes this
 * state.
 */
final class TourStepping {

    private final ObjectProperty<Event> selectedEvent;
    private final Function<String, Event> events;
    private final TourFilter tourFilter;
    /** Shows the presentation's state again after a move; it reads this stepping. */
    private final Runnable update;
    /** Brings a blanked screen back: every move does. */
    private final Runnable unblank;

    final ReadOnlyObjectWrapper<Tour> tour;
    final ReadOnlyObjectWrapper<TourStep> step;
    final ReadOnlyBooleanWrapper leftOutCovered;
    final ReadOnlyBooleanWrapper filterSetAside;
    /** Counts the tour's moves, so that a view glides to a step's zoom again when the same step is shown again. */
    final ReadOnlyIntegerWrapper moves;

    private int index = -1;

    TourStepping(
            Object bean,
            ObjectProperty<Event> selectedEvent,
            Function<String, Event> events,
            TourFilter tourFilter,
            Runnable update,
            Runnable unblank) {
        this.selectedEvent = selectedEvent;
        this.events = events;
        this.tourFilter = tourFilter;
        this.update = update;
        this.unblank = unblank;
        tour = new ReadOnlyObjectWrapper<>(bean, "tour");
        step = new ReadOnlyObjectWrapper<>(bean, "tourStep");
        leftOutCovered = new ReadOnlyBooleanWrapper(bean, "leftOutCovered");
        filterSetAside = new ReadOnlyBooleanWrapper(bean, "filterSetAside");
        moves = new ReadOnlyIntegerWrapper(bean, "moves");
    }

    /** Whether {@code chosen} has a step to show: one whose event exists. */
    boolean canStart(Tour chosen) {
        return chosen != null && chosen.steps().stream().anyMatch(s -> events.apply(s.eventId()) != null);
    }

    void start(Tour chosen) {
        tour.set(chosen);
        goToStep(0, 1);
    }

    /** Whether a tour's step is shown (rather than the events in time order). */
    boolean onStep() {
        return tour.get() != null && index >= 0;
    }

    boolean inTour() {
        return tour.get() != null;
    }

    int index() {
        return index;
    }

    /** Ends the tour, giving the filter back if a step set it aside. */
    void end() {
        if (filterSetAside.get()) {
            filterSetAside.set(false);
            tourFilter.restore();
        }
        tour.set(null);
        index = -1;
        step.set(null);
        leftOutCovered.set(false);
        update.run();
    }

    /** The next click: reveals what a "left out" step covers, else moves on. */
    void next() {
        if (leftOutCovered.get()) {
            unblank.run();
            leftOutCovered.set(false);
            moves.set(moves.get() + 1);
            update.run();
        } else {
            goToStep(index + 1, 1);
        }
    }

    void previous() {
        goToStep(index - 1, -1);
    }

    void first() {
        goToStep(0, 1);
    }

    void last() {
        goToStep(tour.get().steps().size() - 1, -1);
    }

    /** The step after the one shown whose event exists, or null at the tour's end. */
    TourStep following() {
        List<TourStep> all = tour.get().steps();
        for (int i = index + 1; i < all.size(); i++) {
            if (events.apply(all.get(i).eventId()) != null) {
                return all.get(i);
            }
        }
        return null;
    }

    /**
     * Shows the tour's step at {@code index}, or the nearest one in {@code direction} whose event exists; at either
     * end it stays where it is.
     */
    private void goToStep(int wanted, int direction) {
        unblank.run();
        List<TourStep> all = tour.get().steps();
        int i = Math.max(0, Math.min(all.size() - 1, wanted));
        while (i >= 0 && i < all.size() && events.apply(all.get(i).eventId()) == null) {
            i += direction;
        }
        if (i < 0 || i >= all.size()) {
            return;
        }
        index = i;
        TourStep shown = all.get(i);
        step.set(shown);
        leftOutCovered.set(shown.type() == TourStepType.LEFT_OUT);
        Event event = events.apply(shown.eventId());
        if (!filterSetAside.get() && tourFilter.hides(event)) {
            filterSetAside.set(true);
            tourFilter.setAside();
        }
        selectedEvent.set(event);
        update.run();
        // last: whoever glides to the step's zoom finds the step's event selected
        moves.set(moves.get() + 1);
    }
}
