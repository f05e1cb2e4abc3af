package app.counterpoint.viewmodel.edit;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.io.validate.FieldRules;
import app.counterpoint.model.Event;
import app.counterpoint.model.Story;
import app.counterpoint.model.Tour;
import app.counterpoint.model.TourStep;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Edit › Tour Steps…: the story's tours, and the steps of the chosen one in order, to reorder, re-caption, annotate,
 * delete and jump to. Every change goes through the editor as one undoable step ("Undo Move step 3 of 'Lesson'"), and
 * the lists follow every new story, so an undo, a redo or an edit elsewhere shows here at once.
 */
public final class TourStepsViewModel {

    /**
     * One line of the steps' list.
     *
     * @param number     the step's place in the tour, from 1
     * @param eventTitle the step's event's title (its id when the event is gone)
     * @param date       the event's date as the language writes it, or empty when the event is gone
     */
    public record StepRow(int number, String eventTitle, String date, String caption, String notes) {}

    private final ObservableValue<Story> story;
    private final StoryEditor editor;
    private final ObservableValue<Event> selectedEvent;
    private final ObservableValue<DisplayDates> dates;
    private final BiConsumer<TourStep, Event> show;

    private final ObservableList<String> tourTitles = FXCollections.observableArrayList();
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    private final IntegerProperty selectedTour = new SimpleIntegerProperty(this, "selectedTour", -1);
    private final IntegerProperty selectedStep = new SimpleIntegerProperty(this, "selectedStep", -1);
    private final InvalidationListener onStory = o -> refresh();
    private final InvalidationListener onDates = o -> refreshSteps();

    /**
     * @param selectedEvent the event a new tour starts with
     * @param show          shows a step's event with its zoom, as presenting it would
     */
    public TourStepsViewModel(
            ObservableValue<Story> story,
            StoryEditor editor,
            ObservableValue<Event> selectedEvent,
            ObservableValue<DisplayDates> dates,
            BiConsumer<TourStep, Event> show) {
        this.story = story;
        this.editor = editor;
        this.selectedEvent = selectedEvent;
        this.dates = dates;
        this.show = show;
        story.addListener(onStory);
        dates.addListener(onDates);
        selectedTour.addListener((Observable o) -> {
            refreshSteps();
            selectedStep.set(steps.isEmpty() ? -1 : 0); // another tour starts at its first step
        });
        refresh();
        if (!steps.isEmpty()) {
            selectedStep.set(0);
        }
    }

    /** Stops following the story: the window is closed. */
    public void close() {
        story.removeListener(onStory);
        dates.removeListener(onDates);
    }

    /** The tours' titles, in the story's order. */
    public ObservableList<String> tourTitles() {
        return tourTitles;
    }

    /** The steps of the chosen tour, in order. */
    public ObservableList<StepRow> steps() {
        return steps;
    }

    /** The chosen tour's index; -1 when the story has none. */
    public IntegerProperty selectedTourProperty() {
        return selectedTour;
    }

    /** The chosen step's index in {@link #steps()}; -1 for none. A move takes it along with the step. */
    public IntegerProperty selectedStepProperty() {
        return selectedStep;
    }

    /** What is wrong with a tour's title as typed; null when nothing. */
    public static String titleProblem(String title) {
        return FieldRules.requiredText(title);
    }

    /** The step at {@code from} moved to {@code to}, as one undoable step; nothing when either is not a step. */
    public void moveStep(int from, int to) {
        Tour tour = tour();
        if (tour == null || from == to || !isStep(tour, from) || !isStep(tour, to)) {
            return;
        }
        editor.execute(TourEdits.moveStep(story.getValue(), selectedTour.get(), from, to));
        selectedStep.set(to);
    }

    /** The chosen step one place earlier (Alt+Up). */
    public void moveUp() {
        moveStep(selectedStep.get(), selectedStep.get() - 1);
    }

    /** The chosen step one place later (Alt+Down). */
    public void moveDown() {
        moveStep(selectedStep.get(), selectedStep.get() + 1);
    }

    /** The caption of the step at {@code index}; blank removes it; nothing when it is unchanged. */
    public void setCaption(int index, String caption) {
        Tour tour = tour();
        if (tour != null && isStep(tour, index)) {
            editStep(index, caption, tour.steps().get(index).notes());
        }
    }

    /** The teacher's notes of the step at {@code index}; blank removes them; nothing when they are unchanged. */
    public void setNotes(int index, String notes) {
        Tour tour = tour();
        if (tour != null && isStep(tour, index)) {
            editStep(index, tour.steps().get(index).caption(), notes);
        }
    }

    /** Caption and notes of the step at {@code index} as one undoable step; nothing when both are unchanged. */
    public void editStep(int index, String caption, String notes) {
        Tour tour = tour();
        if (tour == null || !isStep(tour, index)) {
            return;
        }
        TourStep step = tour.steps().get(index);
        if (!Objects.equals(clean(caption), step.caption()) || !Objects.equals(clean(notes), step.notes())) {
            editor.execute(TourEdits.changeStep(story.getValue(), selectedTour.get(), index, caption, notes));
        }
    }

    /** The step at {@code index} deleted; the tour too when it was its last. */
    public void deleteStep(int index) {
        Tour tour = tour();
        if (tour != null && isStep(tour, index)) {
            editor.execute(TourEdits.deleteStep(story.getValue(), selectedTour.get(), index));
            selectedStep.set(Math.min(index, steps.size() - 1));
        }
    }

    /** Shows the step's event with the step's zoom, as presenting it would; nothing when its event is gone. */
    public void showStep(int index) {
        Tour tour = tour();
        if (tour != null && isStep(tour, index)) {
            TourStep step = tour.steps().get(index);
            story.getValue().event(step.eventId()).ifPresent(event -> show.accept(step, event));
        }
    }

    /**
     * A new tour, after the others, starting with the selected event (or the story's first); it becomes the chosen
     * one.
     *
     * @return why not: no title, or a story without events
     */
    public Optional<String> addTour(String title) {
        Story s = story.getValue();
        String problem = titleProblem(title);
        if (problem != null) {
            return Optional.of(problem);
        }
        Event first = selectedEvent.getValue();
        if (first == null) {
            first = s == null || s.events().isEmpty() ? null : s.events().get(0);
        }
        if (first == null) {
            return Optional.of("the story has no event for a tour to show");
        }
        editor.execute(TourEdits.newTour(s, title, TourStep.of(first.id(), first.title())));
        selectedTour.set(s.tours().size());
        selectedStep.set(0);
        return Optional.empty();
    }

    /** The chosen tour under a new title; returns why not. */
    public Optional<String> renameTour(String title) {
        String problem = titleProblem(title);
        if (problem != null) {
            return Optional.of(problem);
        }
        Tour tour = tour();
        if (tour != null && !tour.title().equals(title.strip())) {
            editor.execute(TourEdits.renameTour(story.getValue(), selectedTour.get(), title));
        }
        return Optional.empty();
    }

    /** The chosen tour's title, or empty. */
    public String tourTitle() {
        Tour tour = tour();
        return tour == null ? "" : tour.title();
    }

    /** The chosen tour deleted with its steps (undoable like every edit). */
    public void deleteTour() {
        if (tour() != null) {
            editor.execute(TourEdits.deleteTour(story.getValue(), selectedTour.get()));
        }
    }

    public void undo() {
        editor.undo();
    }

    public void redo() {
        editor.redo();
    }

    private Tour tour() {
        Story s = story.getValue();
        int i = selectedTour.get();
        return s == null || i < 0 || i >= s.tours().size() ? null : s.tours().get(i);
    }

    private static boolean isStep(Tour tour, int index) {
        return index >= 0 && index < tour.steps().size();
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void refresh() {
        Story s = story.getValue();
        List<String> titles =
                s == null ? List.of() : s.tours().stream().map(Tour::title).toList();
        int chosen = selectedTour.get();
        if (!titles.equals(tourTitles)) {
            tourTitles.setAll(titles);
        }
        int kept = titles.isEmpty() ? -1 : Math.max(0, Math.min(chosen, titles.size() - 1));
        if (kept != chosen) {
            selectedTour.set(kept); // refreshes the steps
        } else {
            refreshSteps();
        }
    }

    private void refreshSteps() {
        Tour tour = tour();
        Story s = story.getValue();
        if (tour == null) {
            steps.clear();
            selectedStep.set(-1);
            return;
        }
        List<TourStep> all = tour.steps();
        java.util.Set<String> named = new java.util.HashSet<>();
        all.forEach(step -> named.add(step.eventId()));
        java.util.Map<String, Event> events = new java.util.HashMap<>();
        s.events().stream().filter(e -> named.contains(e.id())).forEach(e -> events.put(e.id(), e));
        StepRow[] rows = new StepRow[all.size()];
        for (int i = 0; i < rows.length; i++) {
            TourStep step = all.get(i);
            Optional<Event> event = Optional.ofNullable(events.get(step.eventId()));
            rows[i] = new StepRow(
                    i + 1,
                    event.map(Event::title).orElse(step.eventId()),
                    event.map(e -> dates.getValue().range(e.start(), e.end())).orElse(""),
                    step.caption() == null ? "" : step.caption(),
                    step.notes() == null ? "" : step.notes());
        }
        int at = selectedStep.get();
        steps.setAll(rows);
        selectedStep.set(Math.min(at, rows.length - 1));
    }
}
