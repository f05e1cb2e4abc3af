package app.counterpoint.viewmodel.edit;

import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.LocalText;
import app.counterpoint.i18n.Messages;
import app.counterpoint.io.validate.FieldRules;
import app.counterpoint.model.Actor;
import app.counterpoint.model.ColorPalette;
import app.counterpoint.model.Source;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import app.counterpoint.viewmodel.common.MarkerShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ObservableValue;

/**
 * The table of one kind of entry (sides, topics or sources): add, rename, recolour, reorder, delete. Each entry is
 * shown as a {@link Row}; changes go to the editor with the reader's rules, a renamed id carried into every reference.
 *
 * @param <T> the kind of entry
 */
public final class EntriesViewModel<T> {

    /**
     * One line of the table: the entry's id, name, colour and shape (null for a source) and link (sources only). The
     * shape is the one the timeline and the filter give the side or topic at this place in the story's list.
     */
    public record Row(String id, String name, String color, MarkerShape shape, String link) {}

    private final ObservableValue<Story> story;
    private final StoryEditor editor;
    private final EntryKind<T> kind;

    public EntriesViewModel(ObservableValue<Story> story, StoryEditor editor, EntryKind<T> kind) {
        this.story = story;
        this.editor = editor;
        this.kind = kind;
    }

    public static EntriesViewModel<?> of(ObservableValue<Story> story, StoryEditor editor, String kindName) {
        return switch (kindName) {
            case "side" -> new EntriesViewModel<>(story, editor, EntryKind.SIDES);
            case "topic" -> new EntriesViewModel<>(story, editor, EntryKind.TOPICS);
            default -> new EntriesViewModel<>(story, editor, EntryKind.SOURCES);
        };
    }

    public String kindName() {
        return kind.displayName();
    }

    public boolean hasColors() {
        return kind != EntryKind.SOURCES;
    }

    public List<Row> rows() {
        List<T> entries = kind.list(story.getValue());
        List<Row> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            rows.add(row(entries.get(i), MarkerShape.forIndex(i)));
        }
        return rows;
    }

    private Row row(T entry, MarkerShape shape) {
        if (entry instanceof Actor a) {
            return new Row(a.id(), a.name(), a.color(), shape, null);
        }
        if (entry instanceof Topic t) {
            return new Row(t.id(), t.label(), t.color(), shape, null);
        }
        Source s = (Source) entry;
        return new Row(s.id(), s.title(), null, null, s.url());
    }

    /** A colour for a new entry: the palette's next one after those the story uses. */
    public String nextColor() {
        return ColorPalette.colorFor(kind.list(story.getValue()).size());
    }

    /** What is wrong with a field as typed, by the reader's rules; null when nothing. */
    public static String nameProblem(String name) {
        return FieldRules.requiredText(name);
    }

    public static String idProblem(String id) {
        return FieldRules.requiredText(id);
    }

    public static String colorProblem(String color) {
        return color == null || color.isBlank() ? null : FieldRules.color(color.strip());
    }

    public static String linkProblem(String link) {
        return link == null || link.isBlank() ? null : FieldRules.webAddress(link.strip());
    }

    /** {@link #nameProblem}, {@link #idProblem} and {@link #linkProblem} as the editor shows them: in a language. */
    public static String nameProblem(String name, Language language) {
        return told(FieldRules.requiredTextProblem(name), language);
    }

    public static String idProblem(String id, Language language) {
        return told(FieldRules.requiredTextProblem(id), language);
    }

    public static String linkProblem(String link, Language language) {
        return link == null || link.isBlank() ? null : told(FieldRules.webAddressProblem(link.strip()), language);
    }

    private static String told(LocalText problem, Language language) {
        return problem == null ? null : problem.in(language);
    }

    /** Adds an entry; returns why not when it is refused. */
    public Optional<String> add(String name, String color, String link) {
        Story s = story.getValue();
        String id = EntryEdits.freshId(s, kind, name);
        return run(() -> EntryEdits.add(s, kind, make(null, id, name, color, link)));
    }

    /** Changes the entry at {@code index}: a new id is carried into every reference. */
    public Optional<String> change(int index, String id, String name, String color, String link) {
        Story s = story.getValue();
        T old = kind.list(s).get(index);
        return run(() -> EntryEdits.change(s, kind, old, make(old, id.strip(), name, color, link)));
    }

    public void move(int from, int to) {
        Story s = story.getValue();
        int size = kind.list(s).size();
        if (from >= 0 && from < size && to >= 0 && to < size && from != to) {
            editor.execute(EntryEdits.move(s, kind, from, to));
        }
    }

    /**
     * The question to ask before deleting the entry at {@code index}, or empty when nothing uses it: "Topic ‘Syria’
     * is used by 3 events and 5 statements.", in the window's language.
     */
    public Optional<String> usage(int index, Messages messages) {
        Story s = story.getValue();
        T entry = kind.list(s).get(index);
        EntryEdits.Impact impact = EntryEdits.impact(s, kind, entry, null);
        if (!impact.isUsed()) {
            return Optional.empty();
        }
        String what = messages.text(
                "entries.usage", messages.text(kindKey()), kind.name(entry), impact.events(), impact.statements());
        if (impact.statementsRemoved() > 0) {
            what += " "
                    + messages.text(
                            kind == EntryKind.SIDES ? "entries.usage.sideDeletes" : "entries.usage.topicDeletes",
                            impact.statementsRemoved());
        }
        return Optional.of(what);
    }

    /** Deletes the entry at {@code index}; its users move to {@code replacementId}, or lose it when null. */
    public Optional<String> delete(int index, String replacementId) {
        Story s = story.getValue();
        T entry = kind.list(s).get(index);
        return run(() -> EntryEdits.delete(s, kind, entry, replacementId));
    }

    private Optional<String> run(java.util.function.Supplier<StoryEdit> edit) {
        try {
            editor.execute(edit.get());
            return Optional.empty();
        } catch (InvalidEditException e) {
            return Optional.of(e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private T make(T old, String id, String name, String color, String link) {
        String c = color == null || color.isBlank() ? nextColor() : color.strip();
        if (kind == EntryKind.SIDES) {
            Actor a = (Actor) old;
            return (T) new Actor(id, name.strip(), c, a == null ? null : a.extra());
        }
        if (kind == EntryKind.TOPICS) {
            Topic t = (Topic) old;
            return (T) new Topic(id, name.strip(), c, t == null ? null : t.extra());
        }
        Source o = (Source) old;
        String url = link == null || link.isBlank() ? null : link.strip();
        return (T)
                (o == null
                        ? new Source(id, name.strip(), null, null, null, url)
                        : new Source(
                                id,
                                name.strip(),
                                o.publisher(),
                                o.author(),
                                o.date(),
                                url,
                                o.text(),
                                o.textFile(),
                                o.published(),
                                o.extra()));
    }

    private String kindKey() {
        if (kind == EntryKind.SIDES) {
            return "entries.kind.side";
        }
        return kind == EntryKind.TOPICS ? "entries.kind.topic" : "entries.kind.source";
    }
}
