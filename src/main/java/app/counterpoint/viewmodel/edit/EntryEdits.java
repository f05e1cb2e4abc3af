package app.counterpoint.viewmodel.edit;

import app.counterpoint.model.Event;
import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;
import java.util.ArrayList;
import java.util.List;

/**
 * The edits of a story's sides, topics and sources: add, change (a renamed id is carried into every reference),
 * reorder and delete (its users lose the reference or move to another entry; nothing is left pointing nowhere).
 */
public final class EntryEdits {

    private EntryEdits() {}

    /** How a deletion touches the story, for the question asked before it. */
    public record Impact(int events, int statements, int statementsRemoved) {

        public boolean isUsed() {
            return events > 0 || statements > 0;
        }
    }

    public static <T> StoryEdit add(Story story, EntryKind<T> kind, T entry) {
        kind.check(entry);
        StoryChecks.uniqueId(kind.formatName(), kind.id(entry), has(story, kind, kind.id(entry)));
        return new StoryEdit(
                EditName.of("editName.entry.add", kind.displayName(), EventEdits.shortTitle(kind.name(entry))),
                kind.change(
                        story, ListChange.insert(kind.list(story).size(), entry), ListChange.none(), ListChange.none()),
                null,
                null);
    }

    /** A fresh id for an entry of this name. */
    public static <T> String freshId(Story story, EntryKind<T> kind, String name) {
        return Ids.fresh(name, kind.displayName(), id -> has(story, kind, id));
    }

    /** Replaces an entry with a changed one; a new id replaces the old one in every event and statement. */
    public static <T> StoryEdit change(Story story, EntryKind<T> kind, T old, T changed) {
        int index = EventEdits.indexOf(kind.list(story), old);
        kind.check(changed);
        String oldId = kind.id(old);
        String newId = kind.id(changed);
        References refs = new References();
        if (!newId.equals(oldId)) {
            StoryChecks.uniqueId(kind.formatName(), newId, has(story, kind, newId));
            refs = references(story, kind, oldId, newId);
        }
        EditName name = EditName.of(
                !newId.equals(oldId) ? "editName.entry.rename" : "editName.entry.edit",
                kind.displayName(),
                EventEdits.shortTitle(kind.name(old)));
        StoryChange change =
                kind.change(story, ListChange.replace(index, old, changed), refs.events(), refs.statements());
        checkStatements(change.apply(story), refs);
        return new StoryEdit(name, change, null, null);
    }

    /** Moves the entry at {@code from} to {@code to} (both in the list as it is). */
    public static <T> StoryEdit move(Story story, EntryKind<T> kind, int from, int to) {
        List<T> list = kind.list(story);
        T entry = list.get(from);
        return new StoryEdit(
                EditName.of("editName.entry.move", kind.displayName(), EventEdits.shortTitle(kind.name(entry))),
                kind.change(story, ListChange.move(from, to, entry), ListChange.none(), ListChange.none()),
                null,
                null);
    }

    /** What deleting {@code entry} would touch when its users lose it ({@code replacementId} null) or move. */
    public static <T> Impact impact(Story story, EntryKind<T> kind, T entry, String replacementId) {
        References refs = references(story, kind, kind.id(entry), replacementId);
        return new Impact(refs.eventCount, refs.statementCount, refs.removedCount);
    }

    /**
     * Deletes an entry. Events and statements that name it name {@code replacementId} instead, or, when that is
     * {@code null}, lose it; a statement that cannot be without it (its only topic, its side) is deleted with it.
     */
    public static <T> StoryEdit delete(Story story, EntryKind<T> kind, T entry, String replacementId) {
        int index = EventEdits.indexOf(kind.list(story), entry);
        String id = kind.id(entry);
        if (kind == EntryKind.SIDES && kind.list(story).size() == 1) {
            throw new InvalidEditException("Sides: a story needs at least one actor (one side that speaks)");
        }
        if (replacementId != null && (replacementId.equals(id) || !has(story, kind, replacementId))) {
            throw new InvalidEditException("Move to: choose another " + kind.displayName() + " of the story");
        }
        References refs = references(story, kind, id, replacementId);
        StoryChange change = kind.change(story, ListChange.remove(index, entry), refs.events(), refs.statements());
        checkStatements(change.apply(story), refs);
        return new StoryEdit(
                EditName.of("editName.entry.delete", kind.displayName(), EventEdits.shortTitle(kind.name(entry))),
                change,
                null,
                null);
    }

    /** The events and statements that name an entry, with the reference replaced or removed. */
    private static final class References {
        final List<ListChange.Placed<Event>> events = new ArrayList<>();
        final List<ListChange.Placed<Statement>> changedStatements = new ArrayList<>();
        final List<ListChange.Placed<Statement>> removedStatements = new ArrayList<>();
        int eventCount;
        int statementCount;
        int removedCount;

        ListChange<Event> events() {
            return new ListChange<>(events, List.of(), List.of());
        }

        ListChange<Statement> statements() {
            return new ListChange<>(changedStatements, removedStatements, List.of());
        }
    }

    private static <T> References references(Story story, EntryKind<T> kind, String oldId, String newId) {
        References refs = new References();
        List<Event> events = story.events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            Event now = kind.inEvent(e, oldId, newId);
            if (now != e) {
                refs.events.add(new ListChange.Placed<>(i, e, now));
                refs.eventCount++;
            }
        }
        List<Statement> statements = story.statements();
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            Statement now = kind.inStatement(s, oldId, newId);
            if (now == null) {
                refs.removedStatements.add(new ListChange.Placed<>(i, null, s));
                refs.statementCount++;
                refs.removedCount++;
            } else if (now != s) {
                refs.changedStatements.add(new ListChange.Placed<>(i, s, now));
                refs.statementCount++;
            }
        }
        return refs;
    }

    /** A statement moved to another source must find its excerpt there too. */
    private static void checkStatements(Story after, References refs) {
        for (ListChange.Placed<Statement> p : refs.changedStatements) {
            if (p.item().excerpt() != null) {
                StoryChecks.statement(after, p.item());
            }
        }
    }

    private static <T> boolean has(Story story, EntryKind<T> kind, String id) {
        for (T t : kind.list(story)) {
            if (kind.id(t).equals(id)) {
                return true;
            }
        }
        return false;
    }
}
