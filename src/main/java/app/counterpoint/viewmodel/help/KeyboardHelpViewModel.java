package app.counterpoint.viewmodel.help;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Help › Keyboard Shortcuts: whether the list of keys is shown over the window (F1 or ? shows and hides it). */
public final class KeyboardHelpViewModel {

    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");

    public void show() {
        shown.set(true);
    }

    /** Esc, a click, or F1 again. */
    public void hide() {
        shown.set(false);
    }

    public void toggle() {
        shown.set(!shown.get());
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public boolean isShown() {
        return shown.get();
    }
}
