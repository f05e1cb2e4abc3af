package app.counterpoint.viewmodel.edit;

import app.counterpoint.io.validate.FieldRules;
import app.counterpoint.model.Event;
import app.counterpoint.model.ExtraFields;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The form that adds or edits an event: title, start, end, summary, its topics, sides and sources. Every field is
 * checked as it is typed, by the reader's own rules, with the message to show beside it; the form can only be
 * committed when nothing is wrong, and then gives the edit to execute.
 */
public final class EventFormViewModel {

    private final Story story;
    private final Event editing;

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty start = new SimpleStringProperty(this, "start", "");
    private final StringProperty end = new SimpleStringProperty(this, "end", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final ReadOnlyStringWrapper titleProblem = new ReadOnlyStringWrapper(this, "titleProblem", "");
    private final ReadOnlyStringWrapper startProblem = new ReadOnlyStringWrapper(this, "startProblem", "");
    private final ReadOnlyStringWrapper endProblem = new ReadOnlyStringWrapper(this, "endProblem", "");
    private final ReadOnlyStringWrapper startShown = new ReadOnlyStringWrapper(this, "startShown", "");
    private final ReadOnlyStringWrapper endShown = new ReadOnlyStringWrapper(this, "endShown", "");
    private final FormState form = new FormState(this, this::check);
    private final ObservableList<FormChoice> topics = FXCollections.observableArrayList();
    private final ObservableList<FormChoice> sides = FXCollections.observableArrayList();
    private final ObservableList<FormChoice> sources = FXCollections.observableArrayList();

    private StoryDate startDate;
    private StoryDate endDate;

    private EventFormViewModel(Story story, Event editing, String startText, List<String> topicIds) {
        this.story = story;
        this.editing = editing;
        topics.setAll(FormState.topicChoices(story.topics(), topicIds));
        List<String> sideIds = editing == null ? List.of() : editing.actorIds();
        story.actors().forEach(a -> sides.add(new FormChoice(a.id(), a.name(), a.color(), sideIds.contains(a.id()))));
        List<String> sourceIds = editing == null ? List.of() : editing.sourceIds();
        story.sources().forEach(s -> sources.add(new FormChoice(s.id(), s.title(), null, sourceIds.contains(s.id()))));
        if (editing != null) {
            title.set(editing.title());
            end.set(editing.end() == null ? "" : editing.end().toIsoString());
            summary.set(editing.summary() == null ? "" : editing.summary());
        }
        start.set(startText);
        for (Observable field : List.of(title, start, end, summary)) {
            field.addListener(o -> check());
        }
        check();
    }

    /** A new event on {@code date} (the place double-clicked, or the selected event's date), on every topic ticked. */
    public static EventFormViewModel forNew(Story story, StoryDate date, List<String> topicIds) {
        return new EventFormViewModel(story, null, date == null ? "" : date.toIsoString(), topicIds);
    }

    public static EventFormViewModel forEdit(Story story, Event event) {
        return new EventFormViewModel(story, event, event.start().toIsoString(), event.topicIds());
    }

    private void check() {
        titleProblem.set(form.say(FieldRules.requiredTextProblem(title.get())));
        TypedDates.Result s = TypedDates.parse(start.get());
        startDate = s.date();
        startProblem.set(form.say(s.problemText()));
        startShown.set(form.shown(s));
        TypedDates.Result e = FormState.optionalDate(end.get());
        endDate = e.date();
        endProblem.set(form.say(
                e.problemText() != null ? e.problemText() : FieldRules.endNotBeforeStartProblem(startDate, endDate)));
        endShown.set(form.shown(e));
        form.checked(titleProblem.get().isEmpty()
                && startProblem.get().isEmpty()
                && endProblem.get().isEmpty());
    }

    /**
     * The edit the form makes, when every field is right; else empty, with {@link #problemProperty()} saying what
     * stops it.
     */
    public Optional<StoryEdit> edit() {
        check();
        return form.commit(
                this::event,
                event -> editing == null ? EventEdits.add(story, event) : EventEdits.change(story, editing, event));
    }

    private Event event() {
        String summaryText = summary.get() == null || summary.get().isBlank()
                ? null
                : summary.get().strip();
        String id = editing != null
                ? editing.id()
                : EventEdits.freshId(story, title.get().strip());
        return new Event(
                id,
                title.get().strip(),
                startDate,
                endDate,
                summaryText,
                FormState.ticked(topics),
                FormState.ticked(sides),
                FormState.ticked(sources),
                editing == null ? ExtraFields.NONE : editing.extra());
    }

    public boolean isNew() {
        return editing == null;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** The start as typed: "2 May 2017", "May 2017", "44 BC", "2017-05-02 14:30". */
    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** What is wrong with the title as typed, or empty. */
    public ReadOnlyStringProperty titleProblemProperty() {
        return titleProblem.getReadOnlyProperty();
    }

    /** What is wrong with the start as typed (check's own message), or empty. */
    public ReadOnlyStringProperty startProblemProperty() {
        return startProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty endProblemProperty() {
        return endProblem.getReadOnlyProperty();
    }

    /** The start as understood, at its precision ("May 2017"), or empty while it is no date. */
    public ReadOnlyStringProperty startShownProperty() {
        return startShown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty endShownProperty() {
        return endShown.getReadOnlyProperty();
    }

    /** Why the last commit was refused, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return form.problemProperty();
    }

    /** The language of the fields' messages, English until the window's is set. */
    public javafx.beans.property.ObjectProperty<app.counterpoint.i18n.Language> languageProperty() {
        return form.languageProperty();
    }

    /** Whether the form can be committed. */
    public ReadOnlyBooleanProperty validProperty() {
        return form.validProperty();
    }

    public ObservableList<FormChoice> topics() {
        return topics;
    }

    public ObservableList<FormChoice> sides() {
        return sides;
    }

    public ObservableList<FormChoice> sources() {
        return sources;
    }
}
