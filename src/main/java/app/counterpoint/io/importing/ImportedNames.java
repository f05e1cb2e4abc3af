package app.counterpoint.io.importing;

import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;

/**
 * The names an import gives what its file does not name, in the language of whoever imports it: the side of a file
 * that names none ("Narrator"), the topic of a timeline's eras and the title of an era or an event without one, and
 * the title of a story whose file name is blank.
 *
 * @param narrator      the one side of a story whose file named none
 * @param eras          the topic every era of a timeline is on
 * @param era           the title of an era without a headline
 * @param untitledEvent the title of an event without a headline or text
 * @param untitledStory the title of a story whose file has neither a title nor a name
 */
public record ImportedNames(String narrator, String eras, String era, String untitledEvent, String untitledStory) {

    /** The names in English, as the importers' tests and tools without a language use. */
    public static final ImportedNames ENGLISH = in(Language.ENGLISH);

    /** The names in {@code language}. */
    public static ImportedNames in(Language language) {
        Messages messages = Messages.of(language);
        return new ImportedNames(
                messages.text("import.name.narrator"),
                messages.text("import.name.eras"),
                messages.text("import.name.era"),
                messages.text("import.name.untitledEvent"),
                messages.text("import.name.untitledStory"));
    }
}
