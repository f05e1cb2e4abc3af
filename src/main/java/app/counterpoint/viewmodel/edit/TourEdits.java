package app.counterpoint.viewmodel.edit;

import app.counterpoint.model.Story;
import app.counterpoint.model.Tour;
import app.counterpoint.model.TourStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The edits of tours: a new tour, a step added (the view as it is now), moved, changed and deleted. Each is one
 * undoable {@link StoryEdit}; a tour whose last step is deleted goes with it.
 */
public final class TourEdits {

    private TourEdits() {}

    /** A new tour, after the others, with one step. */
    public static StoryEdit newTour(Story story, String title, TourStep first) {
        StoryChecks.require("Tour title", app.counterpoint.io.validate.FieldRules.requiredText(title));
        Tour tour = new Tour(title.strip(), List.of(first));
        return new StoryEdit(
                EditName.of("editName.tour.add", EventEdits.shortTitle(tour.title())),
                StoryChange.ofTours(story, ListChange.insert(story.tours().size(), tour)),
                first.eventId(),
                null);
    }

    /** {@code step} added to the tour at {@code tourIndex}, at {@code at} (its size: at the end). */
    public static StoryEdit addStep(Story story, int tourIndex, int at, TourStep step) {
        Tour tour = story.tours().get(tourIndex);
        List<TourStep> steps = new ArrayList<>(tour.steps());
        steps.add(Objects.checkIndex(at, steps.size() + 1), step);
        return replace(
                story,
                tourIndex,
                steps,
                EditName.of("editName.tour.addStep", EventEdits.shortTitle(tour.title())),
                step.eventId());
    }

    /** The step at {@code from} moved so that it ends up at {@code to}. */
    public static StoryEdit moveStep(Story story, int tourIndex, int from, int to) {
        Tour tour = story.tours().get(tourIndex);
        List<TourStep> steps = new ArrayList<>(tour.steps());
        TourStep step = steps.remove(Objects.checkIndex(from, steps.size()));
        steps.add(Objects.checkIndex(to, steps.size() + 1), step);
        return replace(
                story,
                tourIndex,
                steps,
                EditName.of("editName.tour.moveStep", Integer.toString(from + 1), EventEdits.shortTitle(tour.title())),
                null);
    }

    /** The step's caption and teacher's notes changed (blank: none). */
    public static StoryEdit changeStep(Story story, int tourIndex, int stepIndex, String caption, String notes) {
        Tour tour = story.tours().get(tourIndex);
        List<TourStep> steps = new ArrayList<>(tour.steps());
        TourStep step = steps.get(Objects.checkIndex(stepIndex, steps.size()));
        steps.set(stepIndex, step.withCaption(blankToNull(caption)).withNotes(blankToNull(notes)));
        return replace(
                story,
                tourIndex,
                steps,
                EditName.of(
                        "editName.tour.editStep", Integer.toString(stepIndex + 1), EventEdits.shortTitle(tour.title())),
                null);
    }

    /** The step deleted; the tour too when it was its last. */
    public static StoryEdit deleteStep(Story story, int tourIndex, int stepIndex) {
        Tour tour = story.tours().get(tourIndex);
        List<TourStep> steps = new ArrayList<>(tour.steps());
        steps.remove(Objects.checkIndex(stepIndex, steps.size()));
        if (steps.isEmpty()) {
            return new StoryEdit(
                    EditName.of("editName.tour.delete", EventEdits.shortTitle(tour.title())),
                    StoryChange.ofTours(story, ListChange.remove(tourIndex, tour)),
                    null,
                    null);
        }
        return replace(
                story,
                tourIndex,
                steps,
                EditName.of(
                        "editName.tour.deleteStep",
                        Integer.toString(stepIndex + 1),
                        EventEdits.shortTitle(tour.title())),
                null);
    }

    /** The tour at {@code tourIndex} under another title. */
    public static StoryEdit renameTour(Story story, int tourIndex, String title) {
        StoryChecks.require("Tour title", app.counterpoint.io.validate.FieldRules.requiredText(title));
        Tour tour = story.tours().get(tourIndex);
        return new StoryEdit(
                EditName.of("editName.tour.rename", EventEdits.shortTitle(tour.title())),
                StoryChange.ofTours(
                        story,
                        ListChange.replace(tourIndex, tour, new Tour(title.strip(), tour.steps(), tour.extra()))),
                null,
                null);
    }

    /** The tour at {@code tourIndex} deleted with all its steps. */
    public static StoryEdit deleteTour(Story story, int tourIndex) {
        Tour tour = story.tours().get(tourIndex);
        return new StoryEdit(
                EditName.of("editName.tour.delete", EventEdits.shortTitle(tour.title())),
                StoryChange.ofTours(story, ListChange.remove(tourIndex, tour)),
                null,
                null);
    }

    private static StoryEdit replace(Story story, int tourIndex, List<TourStep> steps, EditName name, String select) {
        Tour tour = story.tours().get(tourIndex);
        return new StoryEdit(
                name,
                StoryChange.ofTours(story, ListChange.replace(tourIndex, tour, tour.withSteps(steps))),
                select,
                null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
