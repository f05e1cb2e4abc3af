package app.counterpoint.viewmodel.edit;

import java.util.Objects;

/**
 * One step of the undo history: a {@link StoryChange} with the name the Edit menu gives it ("Move 'Astana talks'")
 * and the event to select once it is done or undone.
 *
 * @param label       what the change does, as "Undo …" and "Redo …" name it
 * @param selectAfter the id of the event to select after applying (or redoing) it; {@code null} keeps the selection
 * @param selectUndo  the id of the event to select after undoing it; {@code null} keeps the selection
 * @param mergeKey    edits with the same key that follow each other become one step (the moves of one drag);
 *                    {@code null} for an edit of its own
 */
public record StoryEdit(EditName label, StoryChange change, String selectAfter, String selectUndo, Object mergeKey) {

    public StoryEdit {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(change, "change");
    }

    public StoryEdit(EditName label, StoryChange change, String selectAfter, String selectUndo) {
        this(label, change, selectAfter, selectUndo, null);
    }

    /** The edit's name in English. */
    public String name() {
        return label.english();
    }

    /** The same edit, merged with the edits before it that carry the same key. */
    public StoryEdit mergingAs(Object key) {
        return new StoryEdit(label, change, selectAfter, selectUndo, key);
    }
}
