package app.counterpoint.viewmodel.edit;

import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import java.util.List;

/**
 * What an edit is called in Edit › Undo and Redo ("Move 'Astana talks'"), kept as a message key and its arguments, so
 * the menu names it in whatever language the window speaks when it is shown, not the one it had when the edit was made.
 */
public record EditName(String key, List<String> arguments) {

    public EditName {
        arguments = List.copyOf(arguments);
    }

    public static EditName of(String key, String... arguments) {
        return new EditName(key, List.of(arguments));
    }

    /** The name in a language. */
    public String in(Messages messages) {
        return messages.text(key, arguments.toArray());
    }

    /** The name in English, as tests and logs read it. */
    public String english() {
        return in(Messages.of(Language.ENGLISH));
    }
}
