package app.counterpoint.view.compare;

import app.counterpoint.model.Actor;
import app.counterpoint.model.Statement;
import app.counterpoint.view.edit.InlineStatementEditor;
import app.counterpoint.viewmodel.edit.InlineStatementViewModel;
import app.counterpoint.viewmodel.edit.StatementFormViewModel;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;

/**
 * Editing from the comparison's cells: a double-click on a statement (or Enter or F2 on it, or its menu's Edit) turns
 * its card into the {@link InlineStatementEditor}, its menu deletes it, a statement dragged onto another topic's row or
 * side's column moves there, and a Not mentioned cell offers "Add what &lt;side&gt; said", which opens the editor in
 * that cell. The grid is rebuilt at every change; the editor survives it (the same node while its form lives), and
 * the focus stays in it, or goes back to the statement's card once it closes.
 */
final class StatementEditing {

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    /** A card's statement id and topic row, to find the card again in a rebuilt grid. */
    private static final String CARD_KEY = "counterpoint.statementCard";

    private final StatementActions actions;
    private final InlineStatementViewModel inline;
    private final LanguageViewModel language;
    private Statement dragged;
    private String draggedFromTopic;

    private InlineStatementEditor editor;
    /** The editor is new, or had the focus before the grid was rebuilt: the focus goes (back) into its words. */
    private boolean focusEditor;

    private int caret = -1;
    /** The card that takes the focus once the grid is rebuilt ("statement id \n topic id"); null for none. */
    private String focusCard;

    /** Scrolls a field of the editor into view as it takes the focus. */
    private final Consumer<Node> reveal;

    StatementEditing(StatementActions actions, LanguageViewModel language, Consumer<Node> reveal) {
        this.actions = actions;
        this.reveal = reveal;
        this.inline = actions.inline();
        this.language = language;
        inline.formProperty().addListener((o, old, now) -> {
            if (now == null && inline.closedOn() != null) {
                focusCard = inline.closedOn();
            }
        });
    }

    InlineStatementViewModel inline() {
        return inline;
    }

    /** "Add what &lt;side&gt; said", for a cell where the side said nothing on the topic. */
    Hyperlink addLink(Actor side, String topicId) {
        Hyperlink add = new Hyperlink(language.get("compare.addStatement", side.name()));
        add.getStyleClass().add("add-statement");
        // a long side's name wraps rather than being cut at a projector's width
        add.setWrapText(true);
        add.setMinHeight(Region.USE_PREF_SIZE);
        add.setMaxWidth(Double.MAX_VALUE);
        add.setOnAction(e -> inline.add(side.id(), topicId));
        return add;
    }

    /** The open editor, when it stands in this statement's card of this topic's row; else null. */
    InlineStatementEditor editorFor(Statement statement, String topicId) {
        return inline.isEditing(statement.id(), topicId) ? editor() : null;
    }

    /** The open editor of a new statement, when it stands in this side's cell of this topic's row; else null. */
    InlineStatementEditor editorForNew(Actor side, String topicId) {
        return inline.isAddingIn(side.id(), topicId) ? editor() : null;
    }

    private InlineStatementEditor editor() {
        StatementFormViewModel form = inline.formProperty().get();
        if (form == null) {
            return null;
        }
        if (editor == null || editor.form() != form) {
            // a new form for the same editor (the story changed from elsewhere) keeps the caret where it was
            caret = editor == null ? -1 : editor.caret();
            editor = new InlineStatementEditor(form, language, inline::commit, inline::cancel);
            editor.setOnFieldFocused(reveal);
            focusEditor = true;
        }
        return editor;
    }

    /** Before the grid is cleared: where the focus is, to put it back in the rebuilt grid. */
    void beforeRebuild(Node focused) {
        if (editor != null && within(focused, editor)) {
            focusEditor = true;
            caret = editor.caret();
        } else if (focusCard == null && focused instanceof StatementCard card) {
            focusCard = (String) card.getProperties().get(CARD_KEY);
        }
    }

    /** Once the rebuilt grid is laid out: the focus into the editor's words, or onto the card it left. */
    void afterRebuild(Parent content) {
        Platform.runLater(() -> {
            if (editor != null && inline.formProperty().get() == editor.form() && editor.getScene() != null) {
                if (focusEditor) {
                    focusEditor = false;
                    // the editor from its top, then the words: a field the focus reaches later scrolls in itself
                    reveal.accept(editor);
                    editor.focusText(caret);
                }
                return;
            }
            if (focusCard != null) {
                String wanted = focusCard;
                String id = wanted.contains("\n") ? wanted.substring(0, wanted.indexOf('\n')) : wanted;
                content.lookupAll(".statement-card").stream()
                        .filter(n -> wanted.equals(n.getProperties().get(CARD_KEY)))
                        .findFirst()
                        .or(() -> content.lookupAll(".statement-card").stream()
                                .filter(n -> String.valueOf(n.getProperties().get(CARD_KEY))
                                        .startsWith(id + "\n"))
                                .findFirst())
                        .ifPresent(card -> {
                            focusCard = null;
                            card.requestFocus();
                        });
            }
        });
    }

    private static boolean within(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * A statement's card: a double-click, Enter or F2 edits it in place, its own menu edits or deletes it, and it
     * drags to another cell.
     */
    void editable(StatementCard card, Statement statement, String topicId) {
        card.getProperties().put(CARD_KEY, statement.id() + "\n" + topicId);
        card.setFocusTraversable(true);
        card.setOnMouseClicked(click -> {
            if (click.getClickCount() == 2) {
                inline.edit(statement, topicId);
                click.consume();
            } else if (click.getClickCount() == 1) {
                card.requestFocus();
            }
        });
        card.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.F2 || key.getCode() == KeyCode.ENTER) {
                inline.edit(statement, topicId);
                key.consume();
            }
        });
        MenuItem edit = new MenuItem(language.get("compare.editStatement"));
        edit.setOnAction(a -> inline.edit(statement, topicId));
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
