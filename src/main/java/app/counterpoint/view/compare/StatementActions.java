package app.counterpoint.view.compare;

import app.counterpoint.model.Statement;
import app.counterpoint.viewmodel.edit.InlineStatementViewModel;

/** What editing does from the comparison; the window hands the editing view model's actions in. */
public interface StatementActions {

    /** The statement edited in place: a double-click on its card, its menu's Edit, "Add what <side> said". */
    InlineStatementViewModel inline();

    /** The statement's menu: Delete Statement (undoable, as every edit). */
    void delete(Statement statement);

    /** A statement dropped on another topic row or side column. */
    void move(Statement statement, String fromTopicId, String toTopicId, String toActorId);
}
