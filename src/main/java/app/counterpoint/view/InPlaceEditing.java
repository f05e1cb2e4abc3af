package app.counterpoint.view;

import app.counterpoint.model.Statement;
import app.counterpoint.view.compare.ComparisonTabs;
import app.counterpoint.view.compare.StatementActions;
import app.counterpoint.view.timeline.TimelineView;
import app.counterpoint.viewmodel.MainViewModel;
import app.counterpoint.viewmodel.edit.EditingViewModel;
import app.counterpoint.viewmodel.edit.InlineStatementViewModel;

/**
 * Editing in place, wired into the main window's parts: a double-click on an empty place of the timeline adds an
 * event there, dragging the selected event moves it (the status line saying where to), and the comparison edits,
 * edits statements in their cards (adding one in a Not mentioned cell), moves and deletes them. Every action goes to
 * {@link EditingViewModel}; the event forms are the Edit menu's.
 */
final class InPlaceEditing {

    private InPlaceEditing() {}

    static void install(
            MainViewModel viewModel,
            TimelineView timeline,
            ComparisonTabs comparison,
            EditMenu editMenu,
            StatusBar statusBar) {
        EditingViewModel editing = viewModel.editing();
        timeline.setOnEmptyDoubleClick(
                instant -> editing.newEventAt(instant, viewModel.timeline().getVisibleSpan())
                        .ifPresent(editMenu::showEventForm));
        timeline.setEventDragHandler(viewModel::dragEvent);
        timeline.dragStatusProperty().addListener((o, old, now) -> statusBar.showHint(now));
        comparison.setStatementActions(new StatementActions() {
            @Override
            public InlineStatementViewModel inline() {
                return editing.inline();
            }

            @Override
            public void delete(Statement statement) {
                editing.deleteStatement(statement);
            }

            @Override
            public void move(Statement statement, String fromTopicId, String toTopicId, String toActorId) {
                editing.moveStatement(statement, fromTopicId, toTopicId, toActorId);
            }
        });
    }
}
