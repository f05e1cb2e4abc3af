package app.counterpoint.viewmodel.compare;

/** The forms the comparison is copied or exported in (see {@link ComparisonExporter}). */
public enum ComparisonFormat {
    /** Plain text that reads well in an e-mail. */
    TEXT,
    /** A Markdown table that keeps the sides side by side. */
    MARKDOWN,
    /** A standalone HTML page. */
    HTML
}
