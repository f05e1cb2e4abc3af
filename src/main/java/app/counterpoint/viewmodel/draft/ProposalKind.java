package app.counterpoint.viewmodel.draft;

/** What a proposal of a draft is, in the order the review lists them. */
public enum ProposalKind {
    SIDE("Side"),
    STATEMENT("Statement"),
    EVENT("Event"),
    TOPIC("Topic");

    private final String label;

    ProposalKind(String label) {
        this.label = label;
    }

    /** The word the review list shows. */
    public String label() {
        return label;
    }
}
