package app.counterpoint.viewmodel.help;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Help › Keyboard Shortcuts: whether the list of keys is shown over the window (F1 or ? shows and hides it), and in
 * which order its areas come: while presenting, the presentation's keys first, since those are the ones wanted.
 */
public final class KeyboardHelpViewModel {

    private static final List<List<ShortcutArea>> NORMAL = List.of(
            List.of(ShortcutArea.WINDOW, ShortcutArea.SEARCH),
            List.of(ShortcutArea.TIMELINE, ShortcutArea.PRESENTATION));
    private static final List<List<ShortcutArea>> PRESENTING = List.of(
            List.of(ShortcutArea.PRESENTATION, ShortcutArea.TIMELINE),
            List.of(ShortcutArea.WINDOW, ShortcutArea.SEARCH));

    private final ObservableBooleanValue presenting;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyObjectWrapper<List<List<ShortcutArea>>> columns =
            new ReadOnlyObjectWrapper<>(this, "columns", NORMAL);

    /** @param presenting whether presentation mode is on */
    public KeyboardHelpViewModel(ObservableBooleanValue presenting) {
        this.presenting = presenting;
    }

    public void show() {
        columns.set(presenting.get() ? PRESENTING : NORMAL);
        shown.set(true);
    }

    /** Esc, a click, or F1 again. */
    public void hide() {
        shown.set(false);
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public boolean isShown() {
        return shown.get();
    }

    /** The areas in two columns (which wrap under each other in a narrow window), set each time it is shown. */
    public ReadOnlyObjectProperty<List<List<ShortcutArea>>> columnsProperty() {
        return columns.getReadOnlyProperty();
    }
}
