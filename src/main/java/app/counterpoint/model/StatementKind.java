package app.counterpoint.model;

/** Whether a statement gives a side's own words or reports them. */
public enum StatementKind {
    /** The side's words, verbatim from the source. */
    QUOTE("quote"),
    /** Reported speech: what the source says the side said. */
    PARAPHRASE("paraphrase");

    private final String jsonName;

    StatementKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The word used in story files. */
    public String jsonName() {
        return jsonName;
    }

    /** The kind named by a story file's {@code kind} value, or {@code null} when the word is not one of them. */
    public static StatementKind fromJsonName(String name) {
        // no values(): it copies the array, once per statement of a big story
        if (QUOTE.jsonName.equals(name)) {
            return QUOTE;
        }
        return PARAPHRASE.jsonName.equals(name) ? PARAPHRASE : null;
    }
}
