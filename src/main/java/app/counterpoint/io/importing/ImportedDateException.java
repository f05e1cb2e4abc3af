package app.counterpoint.io.importing;

import app.counterpoint.i18n.LocalText;

/**
 * Why an imported timeline's date fields make no date, as a text told in the reader's language, and which of the
 * fields (year, month, day, hour, minute, second) it is about, so the problem points at that field's cell or value.
 */
final class ImportedDateException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient LocalText text;
    private final String field;

    ImportedDateException(LocalText text, String field) {
        super(text.english());
        this.text = text;
        this.field = field;
    }

    ImportedDateException(LocalText text) {
        this(text, "year");
    }

    /** What is wrong, to be put into words in a language. */
    LocalText text() {
        return text;
    }

    /** The date field it is about: "year", "month", "day", "hour", "minute" or "second". */
    String field() {
        return field;
    }
}
