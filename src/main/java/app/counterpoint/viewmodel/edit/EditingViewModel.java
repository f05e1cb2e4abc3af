package app.counterpoint.viewmodel.edit;

import app.counterpoint.model.DatePrecision;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.TourStep;
import app.counterpoint.model.TourStepType;
import app.counterpoint.model.TourZoom;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * What the Edit menu, the timeline and the comparison ask for when a teacher changes the story: forms for new and
 * existing events and statements, and the edits that need no form (delete, duplicate, a move on the timeline). Every
 * edit goes to the one {@link StoryEditor}.
 */
public final class EditingViewModel {

    private static final double DAY = 86_400;
    private static final double YEAR_SECONDS = 365.2425 * DAY;

    private final ObservableValue<Story> story;
    private final ObjectProperty<Event> selected;
    private final StoryEditor editor;
    private final InlineStatementViewModel inline;

    public EditingViewModel(ObservableValue<Story> story, ObjectProperty<Event> selected, StoryEditor editor) {
        this.story = story;
        this.selected = selected;
        this.editor = editor;
        this.inline = new InlineStatementViewModel(story, selected, this::execute);
        inline.languageProperty()
                .bind(javafx.beans.binding.Bindings.createObjectBinding(
                        () -> editor.messagesProperty().get().language(), editor.messagesProperty()));
    }

    /** A form whose fields' messages are in the window's language (a dialog's form lives while no switch can come). */
    private EventFormViewModel inWindowLanguage(EventFormViewModel form) {
        form.languageProperty().set(editor.messagesProperty().get().language());
        return form;
    }

    /** The statement edited in place in the comparison: a double-click on its card, or "Add what <side> said". */
    public InlineStatementViewModel inline() {
        return inline;
    }

    public StoryEditor editor() {
        return editor;
    }

    /** Executes an edit made by a form or a gesture. */
    public void execute(StoryEdit edit) {
        editor.execute(edit);
    }

    /** A form for a new event at an instant of the timeline, at the precision its zoom shows (a day, a month, …). */
    public Optional<EventFormViewModel> newEventAt(double epochSecond, double visibleSpanSeconds) {
        Story s = story.getValue();
        if (s == null) {
            return Optional.empty();
        }
        return Optional.of(inWindowLanguage(EventFormViewModel.forNew(
                s, DateMoves.containing(epochSecond, precisionFor(visibleSpanSeconds)), List.of())));
    }

    /**
     * "Add this view as a step": the selected event, the comparison's row {@code topicId} (kept only when the event
     * has statements on it) and the timeline's window from {@code start} to {@code end}, as the last step of the tour
     * at {@code tourIndex}, or as the first step of a new tour named {@code newTitle} when {@code tourIndex} is
     * negative. Executed as one undoable edit.
     *
     * @return whether a step was added (not without a selected event, nor for a tour that is not there)
     */
    public boolean addViewAsStep(int tourIndex, String newTitle, String topicId, double start, double end) {
        Story s = story.getValue();
        Event event = selected.get();
        if (s == null || event == null || tourIndex >= s.tours().size()) {
            return false;
        }
        String row = topicId != null
                        && s.statements().stream()
                                .anyMatch(st -> st.eventId().equals(event.id())
                                        && st.topicIds().contains(topicId))
                ? topicId
                : null;
        TourZoom zoom = TourZoom.EVENT;
        if (Double.isFinite(start) && Double.isFinite(end) && end > start) {
            DatePrecision precision = precisionFor(end - start);
            StoryDate from = DateMoves.containing(start, precision);
            StoryDate to = DateMoves.containing(Math.max(start, end - 1), precision);
            if (from.startEpochSecond() <= to.startEpochSecond()) {
                zoom = TourZoom.range(from, to);
            }
        }
        TourStep step = new TourStep(event.id(), row, null, zoom, event.title(), null, TourStepType.SHOW);
        execute(
                tourIndex < 0
                        ? TourEdits.newTour(s, newTitle, step)
                        : TourEdits.addStep(
                                s, tourIndex, s.tours().get(tourIndex).steps().size(), step));
        return true;
    }

    /** A form for a new event on the selected event's date, or with no date when nothing is selected. */
    public Optional<EventFormViewModel> newEvent() {
        Story s = story.getValue();
        if (s == null) {
            return Optional.empty();
        }
        Event at = selected.get();
        return Optional.of(inWindowLanguage(EventFormViewModel.forNew(s, at == null ? null : at.start(), List.of())));
    }

    /** The precision a date made at this zoom gets: what a person can point at on the axis. */
    public static DatePrecision precisionFor(double visibleSpanSeconds) {
        if (visibleSpanSeconds <= 2 * DAY) {
            return DatePrecision.MINUTE;
        }
        if (visibleSpanSeconds <= 200 * DAY) {
            return DatePrecision.DAY;
        }
        if (visibleSpanSeconds <= 30 * 365 * DAY) {
            return DatePrecision.MONTH;
        }
        // deep time: a year cannot be pointed at when a pixel is centuries wide
        for (DatePrecision coarse : new DatePrecision[] {
            DatePrecision.BILLION_YEARS, DatePrecision.MILLION_YEARS, DatePrecision.THOUSAND_YEARS
        }) {
            if (visibleSpanSeconds > 30 * YEAR_SECONDS * coarse.years()) {
                return coarse;
            }
        }
        return DatePrecision.YEAR;
    }

    public Optional<EventFormViewModel> editSelected() {
        Story s = story.getValue();
        Event e = selected.get();
        return s == null || e == null
                ? Optional.empty()
                : Optional.of(inWindowLanguage(EventFormViewModel.forEdit(s, e)));
    }

    /** "Delete 'Phone call' and the 6 statements about it?"; empty when nothing is selected. */
    public Optional<String> deleteSelectedQuestion(app.counterpoint.i18n.Messages messages) {
        Story s = story.getValue();
        Event e = selected.get();
        if (s == null || e == null) {
            return Optional.empty();
        }
        int n = EventEdits.statementsOf(s, e).size();
        return Optional.of(messages.text("edit.deleteEvent.question", EventEdits.shortTitle(e.title()), n));
    }

    public void deleteSelected() {
        Story s = story.getValue();
        Event e = selected.get();
        if (s != null && e != null) {
            editor.execute(EventEdits.delete(s, e));
        }
    }

    public void duplicateSelected() {
        Story s = story.getValue();
        Event e = selected.get();
        if (s != null && e != null) {
            editor.execute(EventEdits.duplicate(s, e));
        }
    }

    /**
     * Moves an event along the timeline by {@code seconds}, at its own precision; the steps of one drag (same
     * {@code drag} key) are one undo step. Returns the date it is on now, to show while dragging.
     */
    public Optional<StoryDate> move(Event event, double seconds, Object drag) {
        Story s = story.getValue();
        if (s == null) {
            return Optional.empty();
        }
        Event current = s.event(event.id()).orElse(null);
        if (current == null) {
            return Optional.empty();
        }
        StoryDate to = DateMoves.moved(event.start(), seconds);
        if (to.equals(current.start())) {
            return Optional.of(to);
        }
        editor.execute(EventEdits.change(
                        s,
                        current,
                        EventForms.withStart(current, to),
                        EditName.of("editName.event.move", EventEdits.shortTitle(current.title())))
                .mergingAs(drag));
        return Optional.of(to);
    }

    /** Moves a statement to another topic row (replacing the one it is dragged from) or side column. */
    public void moveStatement(Statement statement, String fromTopicId, String toTopicId, String toActorId) {
        Story s = story.getValue();
        if (s == null) {
            return;
        }
        List<String> topics = new java.util.ArrayList<>(statement.topicIds());
        if (toTopicId != null && !toTopicId.equals(fromTopicId)) {
            topics.remove(fromTopicId);
            if (!topics.contains(toTopicId)) {
                topics.add(toTopicId);
            }
        }
        Statement moved =
                statement.withTopicIds(topics).withActorId(toActorId == null ? statement.actorId() : toActorId);
        if (!moved.equals(statement)) {
            editor.execute(StatementEdits.change(s, statement, moved, EditName.of("editName.statement.move")));
        }
    }

    public void deleteStatement(Statement statement) {
        Story s = story.getValue();
        if (s != null) {
            editor.execute(StatementEdits.delete(s, statement));
        }
    }

    /** What keeps a new story from being made with this title and these sides (one per line), or null. */
    public static String newStoryProblem(String title, String sides) {
        String t = app.counterpoint.io.validate.FieldRules.requiredText(title);
        if (t != null) {
            return "Title: " + t;
        }
        return lines(sides).isEmpty() ? "Sides: " + app.counterpoint.io.validate.FieldRules.storyActors(0) : null;
    }

    /** The story the New Story form makes: its sides and topics one per line, coloured from the palette. */
    public static Story newStory(String title, String sides, String topics) {
        return EditScript.newStory(title.strip(), lines(sides), lines(topics));
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .distinct()
                        .toList();
    }
}
