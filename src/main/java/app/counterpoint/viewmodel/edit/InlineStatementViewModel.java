package app.counterpoint.viewmodel.edit;

import app.counterpoint.i18n.Language;
import app.counterpoint.model.Event;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The statement edited in place, in its card of the comparison (or the new one in a Not mentioned cell), through
 * the same {@link StatementFormViewModel} the statement form uses. One editor at a time.
 *
 * <p>What was typed is never dropped by anything but Cancel: a change of the story from elsewhere (undo, redo,
 * another edit) keeps the editor open on its statement with what was typed, and its Save then applies to the story
 * as it is (a statement undone away comes back as a new one in the same cell); selecting another event keeps an
 * editor with changes open on its statement, shown again with its event; editing or adding another statement while
 * one with changes is open shows that one again instead. An editor without changes closes when another event is
 * selected. Only the event's own deletion (asked first) takes an open editor with it.
 */
public final class InlineStatementViewModel {

    /**
     * Where the editor stands: the statement's card in a topic's row, or the cell of a side and topic for a new one.
     *
     * @param statementId the statement edited, or null for a new one
     */
    private record Place(String statementId, String eventId, String actorId, String topicId) {}

    /** What a form holds, to tell whether anything was typed and to carry it onto a form of a newer story. */
    private record Typed(
            String text,
            StatementKind kind,
            String sourceId,
            String date,
            List<String> topicIds,
            String lang,
            String original) {

        static Typed of(StatementFormViewModel form) {
            Source source = form.sourceProperty().get();
            return new Typed(
                    Objects.requireNonNullElse(form.textProperty().get(), ""),
                    form.kindProperty().get(),
                    source == null ? null : source.id(),
                    Objects.requireNonNullElse(form.dateProperty().get(), "").strip(),
                    form.topics().stream()
                            .filter(FormChoice::isSelected)
                            .map(FormChoice::id)
                            .toList(),
                    Objects.requireNonNullElse(form.langProperty().get(), "").strip(),
                    Objects.requireNonNullElse(form.originalProperty().get(), ""));
        }

        void fill(StatementFormViewModel form) {
            form.textProperty().set(text);
            form.kindProperty().set(kind);
            form.sourceProperty()
                    .set(form.sourceChoices().stream()
                            .filter(s -> s.id().equals(sourceId))
                            .findFirst()
                            .orElse(null));
            form.dateProperty().set(date);
            form.topics().forEach(c -> c.selectedProperty().set(topicIds.contains(c.id())));
            form.langProperty().set(lang);
            form.originalProperty().set(original);
        }
    }

    private final ObservableValue<Story> story;
    private final ObjectProperty<Event> selected;
    private final Consumer<StoryEdit> execute;
    private final ReadOnlyObjectWrapper<StatementFormViewModel> form = new ReadOnlyObjectWrapper<>(this, "form");
    private Place place;
    /** The form as it was opened (or as the story has it now), to tell what was typed. */
    private Typed opened;
    /** The statement whose card the focus goes back to once the editor closes; null for none. */
    private final ObjectProperty<Language> language =
            new javafx.beans.property.SimpleObjectProperty<>(this, "language", Language.ENGLISH);

    private String closedOn;

    public InlineStatementViewModel(
            ObservableValue<Story> story, ObjectProperty<Event> selected, Consumer<StoryEdit> execute) {
        this.story = story;
        this.selected = selected;
        this.execute = execute;
        story.addListener((o, old, now) -> storyChanged(now));
        // the open editor's messages follow a language switch made while it is open
        language.addListener((o, old, now) -> {
            if (form.get() != null) {
                form.get().languageProperty().set(now);
            }
        });
        selected.addListener((o, old, now) -> {
            if (place != null && !isChanged() && (now == null || !now.id().equals(place.eventId()))) {
                close(place.statementId());
            }
        });
    }

    /**
     * Opens the editor on a statement's card in a topic's row (a statement on two topics has a card in each).
     *
     * @return whether it opened: not while another editor holds changes, which is shown again instead
     */
    public boolean edit(Statement statement, String topicId) {
        Story s = story.getValue();
        if (s == null || keepsOther()) {
            return false;
        }
        Statement current = find(s, statement.id());
        if (current == null) {
            return false;
        }
        open(
                StatementFormViewModel.forEdit(s, current),
                new Place(current.id(), current.eventId(), current.actorId(), topicId));
        return true;
    }

    /** "Add what &lt;side&gt; said" on a topic about the selected event: the editor opens in that cell. */
    public boolean add(String actorId, String topicId) {
        Story s = story.getValue();
        Event e = selected.get();
        if (s == null || e == null || keepsOther()) {
            return false;
        }
        open(StatementFormViewModel.forNew(s, e.id(), actorId, topicId), new Place(null, e.id(), actorId, topicId));
        return true;
    }

    /**
     * Commits the edit as one undoable step, named as the statement form's; refused (the form says why) while a field
     * is wrong.
     */
    public boolean commit() {
        StatementFormViewModel f = form.get();
        if (f == null) {
            return false;
        }
        Story s = story.getValue();
        String id = place.statementId() != null ? place.statementId() : StatementEdits.freshId(s, place.eventId());
        var made = f.edit();
        if (made.isEmpty()) {
            return false;
        }
        // closed first: the story the edit publishes is this editor's own, not a change from elsewhere
        close(id);
        execute.accept(made.get());
        return true;
    }

    /** Closes the editor, the story unchanged. */
    public void cancel() {
        if (place != null) {
            close(place.statementId());
        }
    }

    /** Whether anything in the editor differs from the statement as the story has it. */
    public boolean isChanged() {
        return form.get() != null && !Typed.of(form.get()).equals(opened);
    }

    /** Whether the editor stands in this card: the statement's, in this topic's row. */
    public boolean isEditing(String statementId, String topicId) {
        return place != null && statementId.equals(place.statementId()) && Objects.equals(topicId, place.topicId());
    }

    /** Whether the editor of a new statement stands in this cell of the event shown. */
    public boolean isAddingIn(String actorId, String topicId) {
        Event shown = selected.get();
        return place != null
                && place.statementId() == null
                && shown != null
                && shown.id().equals(place.eventId())
                && actorId.equals(place.actorId())
                && Objects.equals(topicId, place.topicId());
    }

    /** The form of the open editor; null while none is open. A story changed from elsewhere gives a new form. */
    public ReadOnlyObjectProperty<StatementFormViewModel> formProperty() {
        return form.getReadOnlyProperty();
    }

    /** The statement whose card takes the focus back, once the editor has closed; null when there is none. */
    public String closedOn() {
        return closedOn;
    }

    /** The language of the open editor's messages: the window binds it to View › Language. */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    private void open(StatementFormViewModel f, Place at) {
        f.languageProperty().set(language.get());
        place = at;
        opened = Typed.of(f);
        closedOn = null;
        form.set(f);
    }

    private void close(String statementId) {
        closedOn = statementId;
        place = null;
        opened = null;
        form.set(null);
    }

    /** Another editor holds changes: its event is shown again (its editor with it), and no second one opens. */
    private boolean keepsOther() {
        if (place == null) {
            return false;
        }
        if (!isChanged()) {
            cancel();
            return false;
        }
        Story s = story.getValue();
        s.event(place.eventId()).ifPresent(selected::set);
        return true;
    }

    /** A story from elsewhere: the editor moves onto it, keeping what was typed. */
    private void storyChanged(Story now) {
        if (place == null) {
            return;
        }
        boolean changed = isChanged();
        Typed typed = Typed.of(form.get());
        Statement current = now == null || place.statementId() == null ? null : find(now, place.statementId());
        if (current != null) {
            rebase(StatementFormViewModel.forEdit(now, current), place, typed, changed);
        } else if (now != null
                && now.event(place.eventId()).isPresent()
                && now.actor(place.actorId()).isPresent()
                && (changed || place.statementId() == null)) {
            // the statement is gone (its adding undone): what was typed is a new statement in the same cell
            rebase(
                    StatementFormViewModel.forNew(now, place.eventId(), place.actorId(), place.topicId()),
                    new Place(null, place.eventId(), place.actorId(), place.topicId()),
                    typed,
                    true);
        } else {
            close(null);
        }
    }

    private void rebase(StatementFormViewModel fresh, Place at, Typed typed, boolean carry) {
        Typed asStored = Typed.of(fresh);
        if (carry) {
            typed.fill(fresh);
        }
        fresh.languageProperty().set(language.get());
        place = at;
        opened = asStored;
        form.set(fresh);
    }

    private static Statement find(Story story, String id) {
        for (Statement s : story.statements()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }
}
