package app.counterpoint.viewmodel.settings;

import app.counterpoint.i18n.DisplayDates;
import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * View › Language: the language of every word of the window. The views bind their texts to {@link #text}, so a
 * change of language shows at once, without a restart; the choice is remembered in the settings, and until the user
 * makes one it follows the system's locale.
 */
public final class LanguageViewModel {

    private final ObjectProperty<Language> language;
    private final ObjectBinding<Messages> messages;
    private final ObjectBinding<DisplayDates> dates;
    private final BooleanBinding rightToLeft;

    public LanguageViewModel() {
        this(Language.of(Locale.getDefault()));
    }

    public LanguageViewModel(Language initial) {
        language = new SimpleObjectProperty<>(this, "language", initial);
        messages = Bindings.createObjectBinding(() -> Messages.of(language.get()), language);
        dates = Bindings.createObjectBinding(() -> new DisplayDates(messages.get()), messages);
        rightToLeft = Bindings.createBooleanBinding(() -> language.get().isRightToLeft(), language);
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language getLanguage() {
        return language.get();
    }

    /** The messages of the language chosen now; for a text that must follow a change, use {@link #text}. */
    public Messages messages() {
        return messages.get();
    }

    /** The messages, changing with the language. */
    public ObjectBinding<Messages> messagesProperty() {
        return messages;
    }

    /** The date formatter of the language chosen now. */
    public DisplayDates dates() {
        return dates.get();
    }

    public ObjectBinding<DisplayDates> datesProperty() {
        return dates;
    }

    /** Whether the window lays out from right to left (Arabic). */
    public BooleanBinding rightToLeftProperty() {
        return rightToLeft;
    }

    /** A text now. */
    public String get(String key, Object... arguments) {
        return messages.get().text(key, arguments);
    }

    /** A text that follows the language: bind a label's or a menu's text to it. */
    public StringBinding text(String key, Object... arguments) {
        return Bindings.createStringBinding(() -> messages.get().text(key, arguments), messages);
    }

    /** A text whose arguments change too ("Text Size (125 %)"): it follows them and the language. */
    public StringBinding textWith(String key, ObservableValue<?>... arguments) {
        Observable[] dependencies =
                Stream.concat(Stream.of(messages), Arrays.stream(arguments)).toArray(Observable[]::new);
        return Bindings.createStringBinding(
                () -> messages.get()
                        .text(
                                key,
                                Arrays.stream(arguments)
                                        .map(ObservableValue::getValue)
                                        .toArray()),
                dependencies);
    }
}
