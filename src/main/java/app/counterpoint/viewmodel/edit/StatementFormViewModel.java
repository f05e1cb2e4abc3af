package app.counterpoint.viewmodel.edit;

import app.counterpoint.io.validate.FieldRules;
import app.counterpoint.io.validate.LanguageTags;
import app.counterpoint.model.Actor;
import app.counterpoint.model.ExtraFields;
import app.counterpoint.model.OriginalWords;
import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.StoryDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The form that adds or edits what one side said about an event: its text, quote or paraphrase, the side, its
 * topics, its source and when it was said. Checked as typed with the reader's rules; commits only when right.
 */
public final class StatementFormViewModel {

    private final Story story;
    private final Statement editing;
    private final String eventId;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<StatementKind> kind =
            new SimpleObjectProperty<>(this, "kind", StatementKind.PARAPHRASE);
    private final ObjectProperty<Actor> side = new SimpleObjectProperty<>(this, "side");
    /** The source, or null for none. */
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source");

    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final StringProperty lang = new SimpleStringProperty(this, "lang", "");
    private final StringProperty original = new SimpleStringProperty(this, "original", "");
    private final ReadOnlyStringWrapper langProblem = new ReadOnlyStringWrapper(this, "langProblem", "");
    private final ObservableList<FormChoice> topics = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper textProblem = new ReadOnlyStringWrapper(this, "textProblem", "");
    private final ReadOnlyStringWrapper topicsProblem = new ReadOnlyStringWrapper(this, "topicsProblem", "");
    private final ReadOnlyStringWrapper dateProblem = new ReadOnlyStringWrapper(this, "dateProblem", "");
    private final ReadOnlyStringWrapper dateShown = new ReadOnlyStringWrapper(this, "dateShown", "");
    private final FormState form = new FormState(this, this::check);
    private StoryDate saidOn;

    private StatementFormViewModel(
            Story story, Statement editing, String eventId, String actorId, List<String> topicIds) {
        this.story = story;
        this.editing = editing;
        this.eventId = eventId;
        topics.setAll(FormState.topicChoices(story.topics(), topicIds));
        side.set(story.actor(actorId).orElse(story.actors().get(0)));
        if (editing != null) {
            text.set(editing.text());
            kind.set(editing.kind());
            source.set(story.source(editing.sourceId()).orElse(null));
            date.set(editing.date() == null ? "" : editing.date().toIsoString());
            if (editing.original() != null) {
                lang.set(editing.original().lang());
                original.set(editing.original().hasWords() ? editing.original().words() : "");
            }
        }
        for (Observable field : List.of(text, kind, side, source, date, lang, original)) {
            field.addListener(o -> check());
        }
        topics.forEach(c -> c.selectedProperty().addListener(o -> check()));
        check();
    }

    /** "Add what <side> said" about an event on a topic (a Not mentioned cell of the comparison). */
    public static StatementFormViewModel forNew(Story story, String eventId, String actorId, String topicId) {
        return new StatementFormViewModel(
                story, null, eventId, actorId, topicId == null ? List.of() : List.of(topicId));
    }

    public static StatementFormViewModel forEdit(Story story, Statement statement) {
        return new StatementFormViewModel(
                story, statement, statement.eventId(), statement.actorId(), statement.topicIds());
    }

    private void check() {
        textProblem.set(form.say(FieldRules.requiredTextProblem(text.get())));
        topicsProblem.set(form.say(FieldRules.statementTopicsProblem(ticked().size())));
        TypedDates.Result d = FormState.optionalDate(date.get());
        saidOn = d.date();
        dateProblem.set(form.say(d.problemText()));
        dateShown.set(form.shown(d));
        String saidIn = lang.get() == null ? "" : lang.get().strip();
        boolean words = original.get() != null && !original.get().isBlank();
        langProblem.set(form.say(
                !saidIn.isEmpty()
                        ? LanguageTags.problem(saidIn)
                        : words ? app.counterpoint.i18n.LocalText.of("problem.original.needsLang") : null));
        form.checked(textProblem.get().isEmpty()
                && topicsProblem.get().isEmpty()
                && dateProblem.get().isEmpty()
                && langProblem.get().isEmpty()
                && side.get() != null);
    }

    private List<String> ticked() {
        return FormState.ticked(topics);
    }

    /** The edit the form makes, or empty with {@link #problemProperty()} saying why. */
    public Optional<StoryEdit> edit() {
        check();
        return form.commit(
                this::statement,
                statement -> editing == null
                        ? StatementEdits.add(story, statement)
                        : StatementEdits.change(story, editing, statement));
    }

    private Statement statement() {
        Source chosen = source.get();
        String sourceId = chosen == null ? null : chosen.id();
        boolean sameSource = editing != null && java.util.Objects.equals(editing.sourceId(), sourceId);
        return new Statement(
                editing != null ? editing.id() : StatementEdits.freshId(story, eventId),
                eventId,
                side.get().id(),
                ticked(),
                text.get().strip(),
                kind.get(),
                sourceId,
                saidOn,
                // an excerpt points into its source's text: it stays with the statement while the source does
                sameSource ? editing.excerpt() : null,
                originalWords(),
                editing == null ? ExtraFields.NONE : editing.extra());
    }

    /** The language said in and the words as said, or {@code null} when the words are the ones said. */
    private OriginalWords originalWords() {
        String saidIn = lang.get() == null ? "" : lang.get().strip();
        if (saidIn.isEmpty()) {
            return null;
        }
        String words = original.get() == null ? "" : original.get().strip();
        return new OriginalWords(saidIn, words.isEmpty() ? null : words);
    }

    /** The language the statement was said in when its words are a translation ("ru"); empty when they are not. */
    public StringProperty langProperty() {
        return lang;
    }

    /** The words as they were said, in that language; may stay empty (a translated quote). */
    public StringProperty originalProperty() {
        return original;
    }

    /** Why the language is wrong (not a tag; words as said without their language), or empty. */
    public ReadOnlyStringProperty langProblemProperty() {
        return langProblem.getReadOnlyProperty();
    }

    public boolean isNew() {
        return editing == null;
    }

    public List<Actor> sideChoices() {
        return story.actors();
    }

    public List<Source> sourceChoices() {
        return story.sources();
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<StatementKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Actor> sideProperty() {
        return side;
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    /** When it was said, as typed; empty when the story does not say. */
    public StringProperty dateProperty() {
        return date;
    }

    public ObservableList<FormChoice> topics() {
        return topics;
    }

    public ReadOnlyStringProperty textProblemProperty() {
        return textProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty topicsProblemProperty() {
        return topicsProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateProblemProperty() {
        return dateProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateShownProperty() {
        return dateShown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return form.problemProperty();
    }

    /** The language of the fields' messages, English until the window's is set. */
    public javafx.beans.property.ObjectProperty<app.counterpoint.i18n.Language> languageProperty() {
        return form.languageProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return form.validProperty();
    }
}
