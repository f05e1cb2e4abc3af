package app.counterpoint.model;

import java.util.List;
import java.util.Objects;

/**
 * A lesson through a story: steps in the order a teacher wants to tell it, which need not be time order.
 *
 * @param steps at least one, in the order they are shown
 * @param extra the fields of the file this version does not know, written back on saving
 */
public record Tour(String title, List<TourStep> steps, ExtraFields extra) {

    public Tour {
        Objects.requireNonNull(title, "title");
        steps = List.copyOf(steps);
        extra = ExtraFields.orNone(extra);
    }

    /** A tour with no fields this version does not know. */
    public Tour(String title, List<TourStep> steps) {
        this(title, steps, null);
    }

    /** The same tour with other steps. */
    public Tour withSteps(List<TourStep> newSteps) {
        return new Tour(title, newSteps, extra);
    }
}
