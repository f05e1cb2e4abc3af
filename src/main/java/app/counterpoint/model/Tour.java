package app.counterpoint.model;

import java.util.List;
import java.util.Objects;

/**
 * A lesson through a story: steps in the order a teacher wants to tell it, which need not be time order.
 *
 * @param steps at least one, in the order they are shown
 */
public record Tour(String title, List<TourStep> steps) {

    public Tour {
        Objects.requireNonNull(title, "title");
        steps = List.copyOf(steps);
    }

    /** The same tour with other steps. */
    public Tour withSteps(List<TourStep> newSteps) {
        return new Tour(title, newSteps);
    }
}
