package app.counterpoint.viewmodel.edit;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.LocalText;
import app.counterpoint.i18n.Messages;
import app.counterpoint.model.StoryDate;
import app.counterpoint.model.Topic;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the event and the statement forms share: whether the form may be committed, why a commit was refused, and
 * the way both read a typed date, show it and collect the ticked choices. Each form checks its own fields and
 * builds its own item; committing it goes through {@link #commit} so that both refuse and report alike.
 */
final class FormState {

    private final ReadOnlyStringWrapper problem;
    private final ReadOnlyBooleanWrapper valid;
    private final ObjectProperty<Language> language;
    private DisplayDates dates;

    /** @param check the form's own check of its fields, run again when the language changes */
    FormState(Object form, Runnable check) {
        problem = new ReadOnlyStringWrapper(form, "problem", "");
        valid = new ReadOnlyBooleanWrapper(form, "valid");
        language = new SimpleObjectProperty<>(form, "language", Language.ENGLISH);
        language.addListener(o -> check.run());
    }

    /** The language the fields' messages are in: the window's, set by whoever opens the form. */
    ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** A field's message in the form's language; empty when nothing is wrong. */
    String say(LocalText problem) {
        return problem == null ? "" : problem.in(language.get());
    }

    /** After the fields were checked: the last refusal is cleared, and the form is valid as the fields say. */
    void checked(boolean fieldsRight) {
        problem.set("");
        valid.set(fieldsRight);
    }

    /**
     * The edit the form makes when its fields are right: the item is built, then made an edit of the story; else
     * empty, with {@link #problemProperty()} saying what stops it (the marked fields, or the edit's own refusal).
     */
    <T> Optional<StoryEdit> commit(Supplier<T> item, Function<T, StoryEdit> edit) {
        if (!valid.get()) {
            problem.set(Messages.of(language.get()).text("form.correctFirst"));
            return Optional.empty();
        }
        T built = item.get();
        try {
            return Optional.of(edit.apply(built));
        } catch (InvalidEditException e) {
            problem.set(e.getMessage());
            return Optional.empty();
        }
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** A date the story may leave out: nothing wrong and no date while the field is blank, else as typed. */
    static TypedDates.Result optionalDate(String typed) {
        String text = typed == null ? "" : typed.strip();
        return text.isEmpty() ? new TypedDates.Result(null, null) : TypedDates.parse(text);
    }

    /** The date as understood ({@link #shown(StoryDate)}), or empty while the field holds no date. */
    String shown(TypedDates.Result typed) {
        return typed.isValid() ? shown(typed.date()) : "";
    }

    /**
     * As the story file will hold it, and as a person reads it in the form's language: "2017-05 (May 2017)",
     * "2017-05 (Mai 2017)".
     */
    String shown(StoryDate date) {
        if (dates == null || dates.language() != language.get()) {
            dates = new DisplayDates(Messages.of(language.get()));
        }
        return date.toIsoString() + " (" + dates.format(date) + ")";
    }

    /** The story's topics to tick, those in {@code ticked} ticked. */
    static List<FormChoice> topicChoices(List<Topic> topics, List<String> ticked) {
        return topics.stream()
                .map(t -> new FormChoice(t.id(), t.label(), t.color(), ticked.contains(t.id())))
                .toList();
    }

    /** The ids of the ticked choices, in their order. */
    static List<String> ticked(List<FormChoice> choices) {
        return choices.stream()
                .filter(FormChoice::isSelected)
                .map(FormChoice::id)
                .toList();
    }
}
