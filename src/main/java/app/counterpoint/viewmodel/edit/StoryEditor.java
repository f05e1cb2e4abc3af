package app.counterpoint.viewmodel.edit;

import app.counterpoint.model.Story;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Executes every change to the open story and keeps the unlimited undo history of the session. Each change is a
 * {@link StoryEdit}; the editor applies it to the current story, publishes the new story (with the change, so that
 * the views can catch up incrementally) and remembers the edit, not a copy of the story. Knows whether the story
 * differs from what was last saved or opened.
 */
public final class StoryEditor {

    /**
     * A new story, published after an edit, an undo or a redo.
     *
     * @param change        what changed, from {@code before} to {@code after} (for an undo, the edit's change
     *                      reverted: still from {@code before} to {@code after})
     * @param selectEventId the id of the event to select now, or {@code null} to keep the selection
     */
    public record Published(Story before, Story after, StoryChange change, boolean reverted, String selectEventId) {}

    private record Step(long serial, StoryEdit edit) {}

    private final ReadOnlyObjectWrapper<Story> story = new ReadOnlyObjectWrapper<>(this, "story");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private long nextSerial = 1;
    /** The serial of the step on top of the undo history when the story was last saved; 0: as opened. */
    private long savedSerial;

    private Consumer<Published> onPublish = p -> {};

    private final javafx.beans.property.ObjectProperty<app.counterpoint.i18n.Messages> messages =
            new javafx.beans.property.SimpleObjectProperty<>(
                    this, "messages", app.counterpoint.i18n.Messages.of(app.counterpoint.i18n.Language.ENGLISH));

    public StoryEditor() {
        messages.addListener(o -> update());
    }

    /** The window's language: Undo and Redo name their edits in it. */
    public javafx.beans.property.ObjectProperty<app.counterpoint.i18n.Messages> messagesProperty() {
        return messages;
    }

    /** Called with every new story, before {@link #storyProperty()} changes. */
    public void setOnPublish(Consumer<Published> listener) {
        onPublish = Objects.requireNonNull(listener, "listener");
    }

    /** Starts editing a story just opened: the history is empty and the story counts as saved. */
    public void open(Story opened) {
        undo.clear();
        redo.clear();
        savedSerial = 0;
        story.set(opened);
        update();
    }

    /**
     * Starts editing a story that holds changes not saved to any file (a recovered one, a new one): it counts as
     * modified until saved.
     */
    public void openUnsaved(Story unsaved) {
        open(unsaved);
        savedSerial = -1;
        update();
    }

    /** The story as it is now. */
    public ReadOnlyObjectProperty<Story> storyProperty() {
        return story.getReadOnlyProperty();
    }

    public Story getStory() {
        return story.get();
    }

    /**
     * Applies an edit made for the current story and remembers it; the redo history ends here. An edit with the same
     * merge key as the last one joins it as one step.
     *
     * @throws IllegalStateException when the edit was made for another version of the story (its lists differ)
     */
    public void execute(StoryEdit edit) {
        Story before = requireStory();
        Story after = edit.change().apply(before);
        Step top = undo.peek();
        StoryEdit remembered = edit;
        if (edit.mergeKey() != null
                && top != null
                && edit.mergeKey().equals(top.edit().mergeKey())) {
            StoryChange merged = top.edit().change().then(edit.change());
            if (merged != null) {
                undo.pop();
                remembered = new StoryEdit(
                        edit.label(), merged, edit.selectAfter(), top.edit().selectUndo(), edit.mergeKey());
            }
        }
        undo.push(new Step(nextSerial++, remembered));
        redo.clear();
        publish(new Published(before, after, edit.change(), false, edit.selectAfter()));
    }

    /** Undoes the last step; nothing when there is none. */
    public void undo() {
        Step step = undo.poll();
        if (step == null) {
            return;
        }
        Story before = requireStory();
        Story after = step.edit().change().revert(before);
        redo.push(step);
        publish(new Published(
                before, after, step.edit().change(), true, step.edit().selectUndo()));
    }

    /** Does the last undone step again; nothing when there is none. */
    public void redo() {
        Step step = redo.poll();
        if (step == null) {
            return;
        }
        Story before = requireStory();
        Story after = step.edit().change().apply(before);
        undo.push(step);
        publish(new Published(
                before, after, step.edit().change(), false, step.edit().selectAfter()));
    }

    /** A mark of the story as it is now, to hand to {@link #markSaved} once it has been written. */
    public long version() {
        Step top = undo.peek();
        return top == null ? 0 : top.serial();
    }

    /** The story of {@code version} has been saved: it no longer counts as modified, while it is the current one. */
    public void markSaved(long savedVersion) {
        savedSerial = savedVersion;
        update();
    }

    /** Whether the story differs from the file it was opened from or last saved to. */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    public boolean isModified() {
        return modified.get();
    }

    /** "Undo Move 'Astana talks'", or "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** How many steps can be undone. */
    public int undoDepth() {
        return undo.size();
    }

    /** Every step that can be undone or redone, most recent first: what the history keeps (for tests). */
    List<StoryEdit> steps() {
        List<StoryEdit> steps = new ArrayList<>(undo.size() + redo.size());
        undo.forEach(step -> steps.add(step.edit()));
        redo.forEach(step -> steps.add(step.edit()));
        return steps;
    }

    private Story requireStory() {
        Story s = story.get();
        if (s == null) {
            throw new IllegalStateException("no story is open");
        }
        return s;
    }

    private void publish(Published published) {
        onPublish.accept(published);
        story.set(published.after());
        update();
    }

    private void update() {
        Step top = undo.peek();
        Step next = redo.peek();
        canUndo.set(top != null);
        canRedo.set(next != null);
        app.counterpoint.i18n.Messages m = messages.get();
        undoText.set(
                top == null
                        ? m.text("undo.plain")
                        : m.text("undo.named", top.edit().label().in(m)));
        redoText.set(
                next == null
                        ? m.text("redo.plain")
                        : m.text("redo.named", next.edit().label().in(m)));
        modified.set(version() != savedSerial);
    }
}
