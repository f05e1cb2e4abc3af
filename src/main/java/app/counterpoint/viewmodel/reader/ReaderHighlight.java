package app.counterpoint.viewmodel.reader;

import app.counterpoint.text.TextRange;

/**
 * A statement's words marked in a paragraph of the source reader.
 *
 * @param range       the stretch of the paragraph's text, in its own offsets
 * @param statementId the statement it is the passage of
 * @param color       its side's colour (CSS)
 * @param current     the statement the reader was opened for (marked strongly; the others faintly)
 */
public record ReaderHighlight(TextRange range, String statementId, String color, boolean current) {}
