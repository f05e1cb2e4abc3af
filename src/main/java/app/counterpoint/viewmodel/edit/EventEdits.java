package app.counterpoint.viewmodel.edit;

import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import java.util.ArrayList;
import java.util.List;

/** The edits of events: add, change (a move on the timeline is one), duplicate and delete with their statements. */
public final class EventEdits {

    private EventEdits() {}

    /** Adds a new event at the end of the story's events. */
    public static StoryEdit add(Story story, Event event) {
        StoryChecks.event(story, event);
        StoryChecks.uniqueId("event", event.id(), hasEvent(story, event.id()));
        return new StoryEdit(
                EditName.of("editName.event.add", shortTitle(event.title())),
                StoryChange.ofEvents(story, ListChange.insert(story.events().size(), event), ListChange.none()),
                event.id(),
                null);
    }

    /** A fresh id for an event of this title, unique in the story. */
    public static String freshId(Story story, String title) {
        return Ids.fresh(title, "event", id -> hasEvent(story, id));
    }

    /**
     * Replaces an event with a changed version of it. A changed id is carried into every statement about the event.
     *
     * @param name what the edit is called, such as "Edit 'Astana talks'" or "Move 'Astana talks'"
     */
    public static StoryEdit change(Story story, Event old, Event changed, EditName name) {
        int index = indexOf(story.events(), old);
        StoryChecks.event(story, changed);
        ListChange<Statement> statements = ListChange.none();
        if (!changed.id().equals(old.id())) {
            StoryChecks.uniqueId("event", changed.id(), hasEvent(story, changed.id()));
            List<ListChange.Placed<Statement>> renamed = new ArrayList<>();
            List<Statement> all = story.statements();
            for (int i = 0; i < all.size(); i++) {
                Statement s = all.get(i);
                if (s.eventId().equals(old.id())) {
                    renamed.add(new ListChange.Placed<>(i, s, s.withEventId(changed.id())));
                }
            }
            statements = new ListChange<>(renamed, List.of(), List.of());
        }
        return new StoryEdit(
                name,
                StoryChange.ofEvents(story, ListChange.replace(index, old, changed), statements),
                changed.id(),
                old.id());
    }

    /** "Edit 'Title'": the usual name of a change. */
    public static StoryEdit change(Story story, Event old, Event changed) {
        return change(story, old, changed, EditName.of("editName.event.edit", shortTitle(old.title())));
    }

    /** A copy of the event, "Title (copy)" with an id of its own, right after it; its statements stay with it. */
    public static StoryEdit duplicate(Story story, Event event) {
        int index = indexOf(story.events(), event);
        String title = event.title() + " (copy)";
        Event copy = new Event(
                freshId(story, title),
                title,
                event.start(),
                event.end(),
                event.summary(),
                event.topicIds(),
                event.actorIds(),
                event.sourceIds(),
                event.extra());
        return new StoryEdit(
                EditName.of("editName.event.duplicate", shortTitle(event.title())),
                StoryChange.ofEvents(story, ListChange.insert(index + 1, copy), ListChange.none()),
                copy.id(),
                event.id());
    }

    /** The statements that go when the event is deleted: every one about it. */
    public static List<Statement> statementsOf(Story story, Event event) {
        return story.statements().stream()
                .filter(s -> s.eventId().equals(event.id()))
                .toList();
    }

    /** Deletes the event and every statement about it. */
    public static StoryEdit delete(Story story, Event event) {
        int index = indexOf(story.events(), event);
        List<ListChange.Placed<Statement>> gone = new ArrayList<>();
        List<Statement> all = story.statements();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).eventId().equals(event.id())) {
                gone.add(new ListChange.Placed<>(i, null, all.get(i)));
            }
        }
        return new StoryEdit(
                EditName.of("editName.event.delete", shortTitle(event.title())),
                StoryChange.ofEvents(
                        story, ListChange.remove(index, event), new ListChange<>(List.of(), gone, List.of())),
                null,
                event.id());
    }

    /** A title as an edit's name quotes it: cut to 40 characters. */
    static String shortTitle(String title) {
        return title.length() > 40 ? title.substring(0, 39) + "…" : title;
    }

    /** A title in quotation marks, as English messages quote it. */
    static String quoted(String title) {
        return "'" + shortTitle(title) + "'";
    }

    private static boolean hasEvent(Story story, String id) {
        for (Event e : story.events()) {
            if (e.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** Where an item of the story's list is, by identity: the edit is made for exactly this version of the story. */
    static <T> int indexOf(List<T> list, T item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == item) {
                return i;
            }
        }
        throw new IllegalArgumentException("the item is not in this version of the story: " + item);
    }
}
