package app.counterpoint.viewmodel;

import app.counterpoint.model.Source;
import app.counterpoint.model.Statement;
import app.counterpoint.model.StatementKind;

/**
 * One statement as the comparison shows it, with its source already looked up.
 *
 * @param source the statement's source, or {@code null} when the story gives none
 */
public record ComparisonEntry(Statement statement, Source source) {

    public boolean isQuote() {
        return statement.kind() == StatementKind.QUOTE;
    }

    /** The text as read aloud: quotes inside quotation marks, paraphrases as they are. */
    public String displayText() {
        return isQuote() ? "\u201C" + statement.text() + "\u201D" : statement.text();
    }

    /** "Quote" or "Paraphrase". */
    public String kindLabel() {
        return isQuote() ? "Quote" : "Paraphrase";
    }

    /** A short credit under the text: "Source: Evening Standard, May 2017", or "No source given". */
    public String shortSourceText() {
        return source == null ? "No source given" : "Source: " + source.shortCitation();
    }

    /** The line naming where this comes from, e.g. "Title — Evening Standard, May 2017", or "No source given". */
    public String sourceText() {
        return source == null ? "No source given" : source.citation();
    }
}
