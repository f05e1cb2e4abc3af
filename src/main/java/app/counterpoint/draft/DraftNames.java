package app.counterpoint.draft;

import app.counterpoint.i18n.Language;
import app.counterpoint.i18n.Messages;

/**
 * The names a draft gives what its article does not name, in the language of the teacher drafting it.
 *
 * @param published    the title of the article's own event (its publication) when it has no title
 * @param general      the topic of the statements no suggested topic fits
 * @param draftedStory the title of a story drafted from an article without a title
 */
public record DraftNames(String published, String general, String draftedStory) {

    /** The names in English, for tests and tools without a language. */
    public static final DraftNames ENGLISH = in(Language.ENGLISH);

    /** The names in {@code language}. */
    public static DraftNames in(Language language) {
        Messages messages = Messages.of(language);
        return new DraftNames(
                messages.text("draft.name.published"),
                messages.text("draft.name.general"),
                messages.text("draft.name.draftedStory"));
    }
}
