package app.counterpoint.viewmodel.edit;

import app.counterpoint.model.Actor;
import app.counterpoint.model.ColorPalette;
import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;
import app.counterpoint.model.Story;
import app.counterpoint.model.Topic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Edits written down one a line, as a person would make them in the window, for tests that start the real app in
 * another process and for demonstrations: the app applies a script named by the system property
 * {@value #PROPERTY} once its first story is open. Fields are separated by {@code |}:
 *
 * <pre>
 * new-story|Title|Side one,Side two|Topic one,Topic two
 * add-event|Title|2 May 2017|topic-id,topic-id
 * add-statement|event-id|side-id|topic-id|quote or paraphrase|text
 * retitle|event-id|New title
 * move|event-id|May 2017
 * delete-event|event-id
 * undo
 * redo
 * </pre>
 */
public final class EditScript {

    public static final String PROPERTY = "counterpoint.editScript";

    private EditScript() {}

    /**
     * Applies the lines in order. {@code newStory} opens a story made from nothing (a {@code new-story} line).
     *
     * @throws IllegalArgumentException for a line that is no edit, or an edit the story refuses
     */
    public static void run(List<String> lines, StoryEditor editor, Consumer<Story> newStory) {
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            try {
                apply(f, editor, newStory);
            } catch (InvalidEditException | IndexOutOfBoundsException e) {
                throw new IllegalArgumentException("edit script line '" + line + "': " + e.getMessage(), e);
            }
        }
    }

    private static void apply(String[] f, StoryEditor editor, Consumer<Story> newStory) {
        Story s = editor.getStory();
        switch (f[0]) {
            case "new-story" -> newStory.accept(newStory(f[1], names(f[2]), names(f[3])));
            case "add-event" -> {
                TypedDates.Result date = date(f[2]);
                editor.execute(EventEdits.add(
                        s,
                        new Event(
                                EventEdits.freshId(s, f[1]),
                                f[1],
                                date.date(),
                                null,
                                null,
                                names(f[3]),
                                List.of(),
                                List.of())));
            }
            case "add-statement" ->
                editor.execute(StatementEdits.add(
                        s,
                        new Statement(
                                StatementEdits.freshId(s, f[1]),
                                f[1],
                                f[2],
                                List.of(f[3]),
                                f[5],
                                StatementKind.fromJsonName(f[4]),
                                null,
                                null)));
            case "retitle" -> {
                Event e = event(s, f[1]);
                editor.execute(EventEdits.change(s, e, EventForms.withTitle(e, f[2])));
            }
            case "move" -> {
                Event e = event(s, f[1]);
                editor.execute(EventEdits.change(
                        s,
                        e,
                        EventForms.withStart(e, date(f[2]).date()),
                        EditName.of("editName.event.move", EventEdits.shortTitle(e.title()))));
            }
            case "delete-event" -> editor.execute(EventEdits.delete(s, event(s, f[1])));
            case "undo" -> editor.undo();
            case "redo" -> editor.redo();
            default -> throw new InvalidEditException("no such edit");
        }
    }

    /** A story with a title, sides and topics coloured from the palette in order, and nothing else yet. */
    public static Story newStory(String title, List<String> sides, List<String> topics) {
        List<Actor> actors = new ArrayList<>();
        for (String side : sides) {
            actors.add(new Actor(
                    Ids.fresh(side, "side", id -> actors.stream().anyMatch(a -> a.id().equals(id))),
                    side,
                    ColorPalette.colorFor(actors.size())));
        }
        List<Topic> made = new ArrayList<>();
        for (String topic : topics) {
            made.add(new Topic(
                    Ids.fresh(topic, "topic", id -> made.stream().anyMatch(t -> t.id().equals(id))),
                    topic,
                    ColorPalette.colorFor(sides.size() + made.size())));
        }
        return new Story(title, null, List.of(), actors, made, List.of(), List.of());
    }

    private static Event event(Story s, String id) {
        return s.event(id).orElseThrow(() -> new InvalidEditException("no event '" + id + "'"));
    }

    private static TypedDates.Result date(String typed) {
        TypedDates.Result date = TypedDates.parse(typed);
        if (!date.isValid()) {
            throw new InvalidEditException(date.problem());
        }
        return date;
    }

    private static List<String> names(String field) {
        return field.isBlank()
                ? List.of()
                : Arrays.stream(field.split(",")).map(String::strip).toList();
    }
}
