package app.counterpoint.viewmodel.edit;

import app.counterpoint.model.Statement;
import app.counterpoint.model.Story;

/** The edits of statements: add, change (moving one to another topic row or side is a change), delete. */
public final class StatementEdits {

    private StatementEdits() {}

    public static StoryEdit add(Story story, Statement statement) {
        StoryChecks.statement(story, statement);
        StoryChecks.uniqueId("statement", statement.id(), hasStatement(story, statement.id()));
        return new StoryEdit(
                EditName.of("editName.statement.add", sideName(story, statement.actorId())),
                StoryChange.ofStatements(
                        story, ListChange.insert(story.statements().size(), statement)),
                statement.eventId(),
                statement.eventId());
    }

    /** A fresh statement id, unique in the story: "s-" and the event's id, numbered. */
    public static String freshId(Story story, String eventId) {
        return Ids.fresh(eventId + "-statement", "statement", id -> hasStatement(story, id));
    }

    /** @param name "Edit statement", "Move statement" */
    public static StoryEdit change(Story story, Statement old, Statement changed, EditName name) {
        int index = EventEdits.indexOf(story.statements(), old);
        StoryChecks.statement(story, changed);
        if (!changed.id().equals(old.id())) {
            StoryChecks.uniqueId("statement", changed.id(), hasStatement(story, changed.id()));
        }
        return new StoryEdit(
                name,
                StoryChange.ofStatements(story, ListChange.replace(index, old, changed)),
                changed.eventId(),
                old.eventId());
    }

    public static StoryEdit change(Story story, Statement old, Statement changed) {
        return change(story, old, changed, EditName.of("editName.statement.edit", sideName(story, old.actorId())));
    }

    public static StoryEdit delete(Story story, Statement statement) {
        int index = EventEdits.indexOf(story.statements(), statement);
        return new StoryEdit(
                EditName.of("editName.statement.delete", sideName(story, statement.actorId())),
                StoryChange.ofStatements(story, ListChange.remove(index, statement)),
                statement.eventId(),
                statement.eventId());
    }

    private static String sideName(Story story, String actorId) {
        return story.actor(actorId).map(a -> a.name()).orElse(actorId);
    }

    private static boolean hasStatement(Story story, String id) {
        for (Statement s : story.statements()) {
            if (s.id().equals(id)) {
                return true;
            }
        }
        return false;
    }
}
