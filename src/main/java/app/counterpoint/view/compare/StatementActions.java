package app.counterpoint.view.compare;

import app.counterpoint.model.Statement;

/** What editing does from the comparison; the window hands the editing view model's actions in. */
public interface StatementActions {

    /** Double-click on a statement: edit it. */
    void edit(Statement statement);

    /** The statement's menu: Delete Statement (undoable, as every edit). */
    void delete(Statement statement);

    /** "Add what <side> said" in a Not mentioned cell. */
    void add(String actorId, String topicId);

    /** A statement dropped on another topic row or side column. */
    void move(Statement statement, String fromTopicId, String toTopicId, String toActorId);
}
