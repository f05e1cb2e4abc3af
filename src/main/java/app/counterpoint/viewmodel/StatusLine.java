package app.counterpoint.viewmodel;

import app.counterpoint.model.Story;
import app.counterpoint.viewmodel.settings.LanguageViewModel;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The window's status line: what is being opened or saved, else how much of the story the filter shows. */
final class StatusLine {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "status", "");
    private final LanguageViewModel language;

    StatusLine(LanguageViewModel language) {
        this.language = language;
    }

    void set(String line) {
        text.set(line);
    }

    String get() {
        return text.get();
    }

    /** "5 events, 12 statements", or "3 of 5 events shown" under a filter; empty without a story. */
    void summarise(Story story, int events, int shownEvents) {
        if (story == null) {
            text.set("");
        } else if (shownEvents == events) {
            text.set(language.get("status.summary", events, story.statements().size()));
        } else {
            text.set(language.get("status.filtered", shownEvents, events));
        }
    }

    ReadOnlyStringProperty property() {
        return text.getReadOnlyProperty();
    }
}
