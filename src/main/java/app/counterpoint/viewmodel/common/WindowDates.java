package app.counterpoint.viewmodel.common;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The "how dates are written" property the view models that write dates share (details, events list, comparison,
 * presentation): English until the window binds it to View › Language.
 */
public final class WindowDates {

    private WindowDates() {}

    /** A {@code dates} property of {@code owner}, writing English dates until it is bound. */
    public static ObjectProperty<DisplayDates> property(Object owner) {
        return new SimpleObjectProperty<>(owner, "dates", new DisplayDates(Messages.of(Language.ENGLISH)));
    }
}
