package app.counterpoint.viewmodel.compare;

/** The forms the comparison is copied or exported in (see {@link ComparisonExporter}). */
public enum ComparisonFormat {
    /** Plain text that reads well in an e-mail. */
    TEXT("text"),
    /** A Markdown table that keeps the sides side by side. */
    MARKDOWN("Markdown"),
    /** A standalone HTML page. */
    HTML("HTML");

    private final String label;

    ComparisonFormat(String label) {
        this.label = label;
    }

    /** The format's name in a menu: "Copy … as text". */
    public String label() {
        return label;
    }
}
