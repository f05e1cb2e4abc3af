package app.counterpoint.view.compare;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Statement;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import javafx.css.PseudoClass;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;

/**
 * Editing from the comparison's cells, handed to {@link StatementActions}: a double-click on a statement edits it,
 * its menu edits or deletes it, a statement dragged onto another topic's row or side's column moves there, and a
 * Not mentioned cell offers "Add what &lt;side&gt; said". It remembers the statement being dragged between the
 * drag's start and its drop.
 */
final class StatementEditing {

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final StatementActions actions;
    private final LanguageViewModel language;
    private Statement dragged;
    private String draggedFromTopic;

    StatementEditing(StatementActions actions, LanguageViewModel language) {
        this.actions = actions;
        this.language = language;
    }

    /** "Add what &lt;side&gt; said", for a cell where the side said nothing on the topic. */
    Hyperlink addLink(Actor side, String topicId) {
        Hyperlink add = new Hyperlink(language.get("compare.addStatement", side.name()));
        add.getStyleClass().add("add-statement");
        // a long side's name wraps rather than being cut at a projector's width
        add.setWrapText(true);
        add.setMinHeight(Region.USE_PREF_SIZE);
        add.setMaxWidth(Double.MAX_VALUE);
        add.setOnAction(e -> actions.add(side.id(), topicId));
        return add;
    }

    /** A statement's card: a double-click edits it, its own menu edits or deletes it, and it drags to another cell. */
    void editable(StatementCard card, Statement statement, String topicId) {
        card.setOnMouseClicked(click -> {
            if (click.getClickCount() == 2) {
                actions.edit(statement);
                click.consume();
            }
        });
        MenuItem edit = new MenuItem(language.get("compare.editStatement"));
        edit.setOnAction(a -> actions.edit(statement));
        MenuItem delete = new MenuItem(language.get("compare.deleteStatement"));
        delete.setOnAction(a -> actions.delete(statement));
        ContextMenu menu = new ContextMenu(edit, delete);
        card.setOnContextMenuRequested(request -> {
            // the statement's own menu, not its row's
            menu.show(card, request.getScreenX(), request.getScreenY());
            request.consume();
        });
        card.setOnDragDetected(drag -> {
            Dragboard board = card.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(statement.text());
            board.setContent(content);
            dragged = statement;
            draggedFromTopic = topicId;
            drag.consume();
        });
        card.setOnDragDone(done -> dragged = null);
    }

    /** A cell takes a dragged statement, which then moves to its topic and side. */
    void acceptDrops(Region cell, String topicId, String actorId) {
        cell.setOnDragOver(e -> {
            if (dragged != null) {
                e.acceptTransferModes(TransferMode.MOVE);
                cell.pseudoClassStateChanged(DROP_TARGET, true);
            }
            e.consume();
        });
        cell.setOnDragExited(e -> cell.pseudoClassStateChanged(DROP_TARGET, false));
        cell.setOnDragDropped(e -> {
            if (dragged != null) {
                actions.move(dragged, draggedFromTopic, topicId, actorId);
                dragged = null;
                e.setDropCompleted(true);
            }
            e.consume();
        });
    }
}
